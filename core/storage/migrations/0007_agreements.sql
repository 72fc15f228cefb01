-- Schema version 7: written agreements of support families and support
-- persons (seed 002). A signed agreement is frozen: its content and parties
-- cannot change (a trigger refuses it); a change is a new version that
-- replaces it. Only its ending can still be recorded.

CREATE TABLE agreements (
    id                      TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by              TEXT REFERENCES workers (id),
    case_id                 TEXT NOT NULL REFERENCES cases (id),
    measure_id              TEXT NOT NULL REFERENCES measures (id),
    version                 INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    replaces_id             TEXT REFERENCES agreements (id),
    goals                   TEXT NOT NULL DEFAULT '',
    start_on                TEXT,
    end_on                  TEXT,
    support_need            TEXT NOT NULL DEFAULT '',
    frequency               TEXT NOT NULL DEFAULT '',
    place_and_manner        TEXT NOT NULL DEFAULT '',
    transport               TEXT NOT NULL DEFAULT '',
    contacts                TEXT NOT NULL DEFAULT '',
    illness_and_cancelling  TEXT NOT NULL DEFAULT '',
    review_and_ending       TEXT NOT NULL DEFAULT '',
    confidentiality         TEXT NOT NULL DEFAULT '',
    fee_cents               INTEGER NOT NULL DEFAULT 0,
    fee_unit                TEXT NOT NULL DEFAULT 'day_of_care' CHECK (fee_unit IN ('day_of_care', 'meeting', 'month')),
    expenses_cents          INTEGER NOT NULL DEFAULT 0,
    expenses_unit           TEXT NOT NULL DEFAULT 'day_of_care' CHECK (expenses_unit IN ('day_of_care', 'meeting', 'month')),
    mileage_cents_per_km    INTEGER NOT NULL DEFAULT 0,
    status                  TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'ended', 'terminated')),
    ended_on                TEXT,
    end_reason              TEXT NOT NULL DEFAULT '',
    frozen_content          TEXT,
    UNIQUE (measure_id, version)
);
CREATE INDEX agreements_case ON agreements (case_id);
CREATE INDEX agreements_end ON agreements (status, end_on);

CREATE TABLE agreement_parties (
    id                      TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by              TEXT REFERENCES workers (id),
    agreement_id            TEXT NOT NULL REFERENCES agreements (id),
    position                INTEGER NOT NULL,
    role                    TEXT NOT NULL CHECK (role IN ('guardian', 'provider', 'unit', 'child')),
    name                    TEXT NOT NULL,
    signed_on               TEXT,
    archived_at             TEXT
);
CREATE INDEX agreement_parties_agreement ON agreement_parties (agreement_id, position);

CREATE TRIGGER agreements_frozen BEFORE UPDATE ON agreements
WHEN OLD.status <> 'draft' AND (
       NEW.goals IS NOT OLD.goals OR NEW.start_on IS NOT OLD.start_on OR NEW.end_on IS NOT OLD.end_on
    OR NEW.support_need IS NOT OLD.support_need OR NEW.frequency IS NOT OLD.frequency
    OR NEW.place_and_manner IS NOT OLD.place_and_manner OR NEW.transport IS NOT OLD.transport
    OR NEW.contacts IS NOT OLD.contacts OR NEW.illness_and_cancelling IS NOT OLD.illness_and_cancelling
    OR NEW.review_and_ending IS NOT OLD.review_and_ending OR NEW.confidentiality IS NOT OLD.confidentiality
    OR NEW.fee_cents IS NOT OLD.fee_cents
    OR NEW.fee_unit IS NOT OLD.fee_unit OR NEW.expenses_cents IS NOT OLD.expenses_cents
    OR NEW.expenses_unit IS NOT OLD.expenses_unit OR NEW.mileage_cents_per_km IS NOT OLD.mileage_cents_per_km
    OR NEW.frozen_content IS NOT OLD.frozen_content OR NEW.measure_id IS NOT OLD.measure_id
    OR NEW.version IS NOT OLD.version OR NEW.status = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement is not changed: make a new version');
END;
CREATE TRIGGER agreement_parties_frozen BEFORE UPDATE ON agreement_parties
WHEN (SELECT status FROM agreements WHERE id = OLD.agreement_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement is not changed: make a new version');
END;
CREATE TRIGGER agreement_parties_frozen_insert BEFORE INSERT ON agreement_parties
WHEN (SELECT status FROM agreements WHERE id = NEW.agreement_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a signed agreement is not changed: make a new version');
END;
CREATE TRIGGER agreements_no_delete BEFORE DELETE ON agreements
BEGIN
    SELECT RAISE(ABORT, 'agreements are kept, not deleted');
END;
CREATE TRIGGER agreement_parties_no_delete BEFORE DELETE ON agreement_parties
BEGIN
    SELECT RAISE(ABORT, 'agreements are kept, not deleted');
END;
