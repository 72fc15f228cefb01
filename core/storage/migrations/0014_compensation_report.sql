-- The monthly payment report reads the month's stays and meetings by date.
CREATE INDEX care_days_to ON care_days (to_on);
CREATE INDEX meetings_held ON meetings (held_on);
-- Months whose compensation has been reported to payroll: their logs change only on confirmation.
CREATE TABLE reported_months (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    month         TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
