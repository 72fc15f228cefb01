-- Schema version 6: decisions (HL 43–47 §). An issued decision is frozen:
-- the database itself refuses to change or delete it; a correction is a new
-- decision that names the one it corrects. Numbers run per year (2026/0153).

CREATE TABLE decisions (
    id                TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by        TEXT REFERENCES workers (id),
    case_id           TEXT NOT NULL REFERENCES cases (id),
    measure_id        TEXT REFERENCES measures (id),
    subject           TEXT NOT NULL CHECK (subject IN ('start', 'continue', 'change', 'end', 'refuse')),
    service_id        TEXT REFERENCES measure_catalogue (id),
    legal_basis       TEXT NOT NULL CHECK (legal_basis IN ('shl', 'lsl')),
    provisions        TEXT NOT NULL DEFAULT '',
    goal              TEXT NOT NULL DEFAULT '',
    start_on          TEXT,
    end_on            TEXT,
    facts             TEXT NOT NULL DEFAULT '',
    views             TEXT NOT NULL DEFAULT '',
    reasons           TEXT NOT NULL DEFAULT '',
    parties           TEXT NOT NULL DEFAULT '',
    decision_maker_id TEXT REFERENCES workers (id),
    contact_person    TEXT NOT NULL DEFAULT '',
    corrects_id       TEXT REFERENCES decisions (id),
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
    number            TEXT UNIQUE,
    issued_on         TEXT,
    -- The content as issued (JSON), kept exactly as it was.
    frozen_content    TEXT,
    CHECK (status = 'draft' OR (number IS NOT NULL AND issued_on IS NOT NULL AND end_on IS NOT NULL))
);
CREATE INDEX decisions_case ON decisions (case_id, created_at);
CREATE INDEX decisions_end ON decisions (status, end_on);

CREATE TABLE decision_notifications (
    id                TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by        TEXT REFERENCES workers (id),
    decision_id       TEXT NOT NULL REFERENCES decisions (id),
    method            TEXT NOT NULL CHECK (method IN ('in_person', 'letter', 'electronic')),
    sent_on           TEXT NOT NULL
);
CREATE INDEX decision_notifications_decision ON decision_notifications (decision_id);

CREATE TRIGGER decisions_frozen BEFORE UPDATE ON decisions WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued decision is not changed: make a correcting decision');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept, not deleted');
END;
CREATE TRIGGER decision_notifications_no_delete BEFORE DELETE ON decision_notifications
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept, not deleted');
END;
