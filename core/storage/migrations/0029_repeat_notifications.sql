-- Schema version 29: every notification and contact on the child's case
-- (LSL 25 §, 25 a §, 26 §).
--   A case holds any number of initiations. The one that opened the case
--   (opens_case = 1) is unique per case; later ones have their own 7-working-day
--   decision, which may be "taken into the ongoing work".
--   The notifier's details, the police report of LSL 25 § 3 mom, and the
--   reason a child with an open case got a case of its own.
-- SQLite cannot drop UNIQUE (case_id) in place: the table is made anew, every
-- row kept. The view and the trigger that read it go first and come back.
DROP TRIGGER cases_open_deadline;
DROP VIEW open_deadline_source;
DROP TRIGGER initiations_no_delete;
DROP INDEX initiations_untold;
DROP INDEX initiations_decided;
DROP INDEX initiations_notified;
ALTER TABLE initiations RENAME TO initiations_before_repeats;

CREATE TABLE initiations (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_id               TEXT NOT NULL REFERENCES cases (id),
    received_at           TEXT NOT NULL,
    channel               TEXT NOT NULL DEFAULT 'phone'
                          CHECK (channel IN ('phone', 'in_person', 'letter', 'electronic', 'other')),
    contact_by            TEXT NOT NULL DEFAULT 'parent'
                          CHECK (contact_by IN ('parent', 'guardian', 'child', 'relative_friend', 'authority')),
    authority_kind        TEXT NOT NULL DEFAULT ''
                          CHECK (authority_kind IN ('', 'child_health_clinic', 'school', 'daycare',
                                                    'police', 'health_care', 'other')),
    is_notification       INTEGER NOT NULL DEFAULT 0 CHECK (is_notification IN (0, 1)),
    notifier_kind         TEXT NOT NULL DEFAULT ''
                          CHECK (notifier_kind IN ('', 'obliged_professional', 'private_person', 'joint_contact')),
    reasons               TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    urgency_assessed_at   TEXT,
    urgency_assessed_by   TEXT REFERENCES workers (id),
    urgent                INTEGER CHECK (urgent IN (0, 1)),
    decided_on            TEXT,
    assessment_starts     INTEGER CHECK (assessment_starts IN (0, 1)),
    no_assessment_reason  TEXT NOT NULL DEFAULT '',
    informed_on           TEXT,
    opens_case            INTEGER NOT NULL DEFAULT 1 CHECK (opens_case IN (0, 1)),
    into_ongoing_work     INTEGER NOT NULL DEFAULT 0 CHECK (into_ongoing_work IN (0, 1)),
    notifier_name         TEXT NOT NULL DEFAULT '',
    notifier_organisation TEXT NOT NULL DEFAULT '',
    notifier_title        TEXT NOT NULL DEFAULT '',
    notifier_phone        TEXT NOT NULL DEFAULT '',
    notifier_email        TEXT NOT NULL DEFAULT '',
    notifier_anonymous    INTEGER NOT NULL DEFAULT 0 CHECK (notifier_anonymous IN (0, 1)),
    police_report         TEXT NOT NULL DEFAULT ''
                          CHECK (police_report IN ('', 'reported', 'not_reported')),
    police_reported_on    TEXT,
    police_no_report_reason TEXT NOT NULL DEFAULT '',
    separate_case_reason  TEXT NOT NULL DEFAULT ''
);
INSERT INTO initiations (id, created_at, updated_at, changed_by, case_id, received_at, channel, contact_by,
                         authority_kind, is_notification, notifier_kind, reasons, description,
                         urgency_assessed_at, urgency_assessed_by, urgent, decided_on, assessment_starts,
                         no_assessment_reason, informed_on)
SELECT id, created_at, updated_at, changed_by, case_id, received_at, channel, contact_by,
       authority_kind, is_notification, notifier_kind, reasons, description,
       urgency_assessed_at, urgency_assessed_by, urgent, decided_on, assessment_starts,
       no_assessment_reason, informed_on
  FROM initiations_before_repeats;
DROP TABLE initiations_before_repeats;

CREATE UNIQUE INDEX initiations_opening ON initiations (case_id) WHERE opens_case = 1;
CREATE INDEX initiations_case ON initiations (case_id, received_at);
CREATE INDEX initiations_untold ON initiations (case_id) WHERE is_notification = 1 AND informed_on IS NULL;
CREATE INDEX initiations_decided ON initiations (decided_on) WHERE decided_on IS NOT NULL;
CREATE INDEX initiations_notified ON initiations (received_at, notifier_kind, contact_by, authority_kind)
    WHERE is_notification = 1;
-- The worklist puts initiations without an urgency assessment first and asks
-- for the police report until it is answered: both read only those rows.
CREATE INDEX initiations_urgency_open ON initiations (case_id) WHERE urgent IS NULL AND decided_on IS NULL;
CREATE INDEX initiations_police_open ON initiations (case_id)
    WHERE police_report = '' AND (instr(reasons, 'violence_against_child') > 0
                                  OR instr(reasons, 'suspected_sexual_abuse') > 0);
CREATE TRIGGER initiations_no_delete BEFORE DELETE ON initiations
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;

-- The open deadlines table also keeps the days of receipt of the later
-- initiations whose 7-working-day decision is still open, space-separated.
-- And the start of child welfare client status, from which the first client
-- plan is due (LSL 30 §).
ALTER TABLE open_deadline_cases ADD COLUMN later_received_on TEXT;
ALTER TABLE open_deadline_cases ADD COLUMN child_welfare_since TEXT;
UPDATE open_deadline_cases
   SET child_welfare_since = (SELECT c.child_welfare_since FROM cases c WHERE c.id = open_deadline_cases.case_id);
CREATE VIEW open_deadline_source AS
SELECT c.id AS case_id, c.case_number, p.first_names || ' ' || p.last_name AS child,
       i.received_at, i.decided_on, i.assessment_starts,
       a.completed_on AS assessment_completed_on, pl.made_on AS plan_made_on,
       pl.next_review_on AS plan_next_review_on,
       (SELECT group_concat(substr(l.received_at, 1, 10), ' ') FROM initiations l
         WHERE l.case_id = c.id AND l.opens_case = 0 AND l.decided_on IS NULL) AS later_received_on,
       c.child_welfare_since
  FROM cases c
  JOIN persons p ON p.id = c.child_id
  JOIN initiations i ON i.case_id = c.id AND i.opens_case = 1
  LEFT JOIN assessments a ON a.case_id = c.id
  LEFT JOIN client_plans pl ON pl.case_id = c.id
       AND pl.version = (SELECT max(version) FROM client_plans WHERE case_id = c.id)
 WHERE c.closed_on IS NULL AND c.archived_at IS NULL AND c.next_deadline_due IS NOT NULL;

-- Client status too starts a deadline, now read from this table.
CREATE TRIGGER cases_open_deadline AFTER UPDATE OF case_number, child_id, closed_on, archived_at, next_deadline_due,
    child_welfare_since ON cases
BEGIN
    DELETE FROM open_deadline_cases WHERE case_id = new.id;
    INSERT INTO open_deadline_cases SELECT * FROM open_deadline_source WHERE case_id = new.id;
END;
