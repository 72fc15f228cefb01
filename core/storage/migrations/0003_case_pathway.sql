-- Schema version 3: the case pathway (seed 004): a case per child with its
-- initiation, service need assessment and client plan versions, and the
-- history of every change.

CREATE TABLE cases (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_number           TEXT NOT NULL UNIQUE,
    family_id             TEXT NOT NULL REFERENCES families (id),
    child_id              TEXT NOT NULL REFERENCES persons (id),
    responsible_worker_id TEXT REFERENCES workers (id),
    -- Denormalised from the stage records so that lists filter on an index.
    stage                 TEXT NOT NULL DEFAULT 'initiation'
                          CHECK (stage IN ('initiation', 'assessment', 'plan', 'services', 'closed')),
    child_welfare_since   TEXT,
    child_welfare_basis   TEXT NOT NULL DEFAULT ''
                          CHECK (child_welfare_basis IN ('', 'urgent_measures', 'assessment')),
    no_plan_reason        TEXT NOT NULL DEFAULT ''
                          CHECK (no_plan_reason IN ('', 'temporary_guidance', 'assessment_suffices')),
    closed_on             TEXT,
    closure_reason        TEXT NOT NULL DEFAULT '',
    next_deadline_kind    TEXT NOT NULL DEFAULT '',
    next_deadline_due     TEXT,
    archived_at           TEXT
);
CREATE INDEX cases_child ON cases (child_id);
CREATE INDEX cases_family ON cases (family_id);
CREATE INDEX cases_worker ON cases (responsible_worker_id, next_deadline_due);
CREATE INDEX cases_stage ON cases (stage, next_deadline_due);
CREATE INDEX cases_next_deadline ON cases (next_deadline_due);

CREATE TABLE initiations (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_id               TEXT NOT NULL UNIQUE REFERENCES cases (id),
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
                          CHECK (notifier_kind IN ('', 'obliged_professional', 'private_person')),
    reasons               TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    urgency_assessed_at   TEXT,
    urgency_assessed_by   TEXT REFERENCES workers (id),
    urgent                INTEGER CHECK (urgent IN (0, 1)),
    decided_on            TEXT,
    assessment_starts     INTEGER CHECK (assessment_starts IN (0, 1)),
    no_assessment_reason  TEXT NOT NULL DEFAULT '',
    informed_on           TEXT
);

CREATE TABLE assessments (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_id               TEXT NOT NULL UNIQUE REFERENCES cases (id),
    started_on            TEXT,
    completed_on          TEXT,
    participants          TEXT NOT NULL DEFAULT '',
    need_duration         TEXT NOT NULL DEFAULT ''
                          CHECK (need_duration IN ('', 'temporary', 'recurring', 'long_term')),
    own_worker_needed     INTEGER NOT NULL DEFAULT 0 CHECK (own_worker_needed IN (0, 1)),
    own_worker_id         TEXT REFERENCES workers (id),
    child_welfare_need    INTEGER NOT NULL DEFAULT 0 CHECK (child_welfare_need IN (0, 1)),
    summary               TEXT NOT NULL DEFAULT ''
);

CREATE TABLE client_plans (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_id               TEXT NOT NULL REFERENCES cases (id),
    version               INTEGER NOT NULL CHECK (version >= 1),
    made_on               TEXT NOT NULL,
    participants          TEXT NOT NULL DEFAULT '',
    needs                 TEXT NOT NULL DEFAULT '',
    circumstances         TEXT NOT NULL DEFAULT '',
    services              TEXT NOT NULL DEFAULT '',
    estimated_duration    TEXT NOT NULL DEFAULT '',
    differing_views       TEXT NOT NULL DEFAULT '',
    child_meetings        TEXT NOT NULL DEFAULT '',
    next_review_on        TEXT NOT NULL,
    UNIQUE (case_id, version)
);

-- A plan's goals, each with its target date.
CREATE TABLE plan_goals (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    plan_id               TEXT NOT NULL REFERENCES client_plans (id),
    position              INTEGER NOT NULL,
    goal                  TEXT NOT NULL,
    target_date           TEXT,
    archived_at           TEXT
);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);

-- One row per changed field: who changed what, when, from what to what.
CREATE TABLE record_history (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by            TEXT REFERENCES workers (id),
    case_id               TEXT REFERENCES cases (id),
    table_name            TEXT NOT NULL,
    record_id             TEXT NOT NULL,
    field                 TEXT NOT NULL,
    old_value             TEXT,
    new_value             TEXT
);
CREATE INDEX record_history_case ON record_history (case_id, created_at);
CREATE INDEX record_history_record ON record_history (record_id, created_at);
CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER initiations_no_delete BEFORE DELETE ON initiations
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER plan_goals_no_delete BEFORE DELETE ON plan_goals
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER client_plans_no_delete BEFORE DELETE ON client_plans
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
