-- Schema version 1: the unit: its workers and its settings.
-- Every table: a UUID text key, created_at/updated_at in UTC ISO 8601 and the
-- worker who made the change. Client records are archived, never deleted.

CREATE TABLE workers (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    first_names   TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    archived_at   TEXT
);

-- Settings that belong to the unit (organiser, unit, addresses, board):
-- one row per key so that a field copy can merge them like any record.
CREATE TABLE organisation_settings (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    key           TEXT NOT NULL UNIQUE,
    value         TEXT NOT NULL DEFAULT ''
);
