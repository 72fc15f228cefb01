-- Schema version 24: what a decision grants, whom it heard and what it corrects
-- (HL 34 §, 44 §, 50–51 §; LSL 5 §, 20 §).
--   The extent granted (days of care or meetings a month, hours a week, who
--   provides it) is the decision's own, so that a change can say what it was
--   before and an issued decision keeps what it granted.
--   The child's own opinion is apart from the guardians' views.
--   A correcting decision names its ground and, when it is to a party's
--   detriment, their consent or hearing. A backdated issue keeps its reason.
ALTER TABLE decisions ADD COLUMN days_per_month REAL NOT NULL DEFAULT 0 CHECK (days_per_month >= 0);
ALTER TABLE decisions ADD COLUMN meetings_per_month INTEGER NOT NULL DEFAULT 0 CHECK (meetings_per_month >= 0);
ALTER TABLE decisions ADD COLUMN hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week >= 0);
ALTER TABLE decisions ADD COLUMN intensified INTEGER NOT NULL DEFAULT 0 CHECK (intensified IN (0, 1));
ALTER TABLE decisions ADD COLUMN provider_id TEXT REFERENCES providers (id);
ALTER TABLE decisions ADD COLUMN child_opinion TEXT NOT NULL DEFAULT ''
    CHECK (child_opinion IN ('', 'found_out', 'not_found_out'));
ALTER TABLE decisions ADD COLUMN child_opinion_text TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN child_opinion_how TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN correction_ground TEXT NOT NULL DEFAULT ''
    CHECK (correction_ground IN ('', 'error_of_fact', 'clerical_error'));
ALTER TABLE decisions ADD COLUMN correction_detriment INTEGER NOT NULL DEFAULT 0 CHECK (correction_detriment IN (0, 1));
ALTER TABLE decisions ADD COLUMN correction_consent TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN backdating_reason TEXT NOT NULL DEFAULT '';

-- Drafts start from what their measure plans; issued decisions are frozen
-- and keep the document they were issued with.
UPDATE decisions SET
    days_per_month = coalesce((SELECT m.days_per_month FROM measures m WHERE m.id = decisions.measure_id), 0),
    meetings_per_month = coalesce((SELECT m.meetings_per_month FROM measures m WHERE m.id = decisions.measure_id), 0),
    hours_per_week = coalesce((SELECT m.hours_per_week FROM measures m WHERE m.id = decisions.measure_id), 0),
    intensified = coalesce((SELECT m.intensified FROM measures m WHERE m.id = decisions.measure_id), 0),
    provider_id = (SELECT m.provider_id FROM measures m WHERE m.id = decisions.measure_id)
WHERE status = 'draft';

-- How each party was heard before the decision, or which exception of
-- HL 34 § 2 mom applied. Kept with the decision: frozen once it is issued.
CREATE TABLE decision_hearings (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by  TEXT REFERENCES workers (id),
    decision_id TEXT NOT NULL REFERENCES decisions (id),
    position    INTEGER NOT NULL,
    party       TEXT NOT NULL,
    heard_on    TEXT,
    how         TEXT NOT NULL DEFAULT '',
    exception   TEXT NOT NULL DEFAULT ''
        CHECK (exception IN ('', 'dismissed', 'jeopardises', 'granted_or_needless')),
    archived_at TEXT
);
CREATE INDEX decision_hearings_decision ON decision_hearings (decision_id, archived_at, position);

CREATE TRIGGER decision_hearings_frozen_insert BEFORE INSERT ON decision_hearings
WHEN (SELECT status FROM decisions WHERE id = NEW.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued decision is not changed: make a correcting decision');
END;
CREATE TRIGGER decision_hearings_frozen_update BEFORE UPDATE ON decision_hearings
WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued decision is not changed: make a correcting decision');
END;
CREATE TRIGGER decision_hearings_frozen_delete BEFORE DELETE ON decision_hearings
WHEN (SELECT status FROM decisions WHERE id = OLD.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'an issued decision is not changed: make a correcting decision');
END;

-- Intensified family work and family rehabilitation are child welfare
-- open-care support measures (LSL 36 § 1 mom 4 and 5 k), never SHL services.
UPDATE measure_catalogue SET allows_social_welfare_act = 0
WHERE code IN ('intensified_family_work', 'family_rehabilitation');
