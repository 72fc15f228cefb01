-- Schema version 27: an issued decision is served on each party (HL 54–60 §)
-- and kept exactly as issued in every language it is served in.
--   decision_documents: the document as issued, one per language (the
--   child's and each guardian's); a later print shows only these.
--   decision_recipients: each guardian and, in a child welfare matter a child
--   of 12 (SHL: 15), is served on their own: how and when it was sent, when
--   it was received, and whether they asked for review. Their own 30 days
--   run from their own receipt.
--   decision_notifications, the one sending for all recorded before, is
--   kept as it was (the proof of earlier service) and no longer written.
--   The registry where requests for review are delivered is its own setting.
CREATE TABLE decision_documents (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    decision_id   TEXT NOT NULL REFERENCES decisions (id),
    language      TEXT NOT NULL CHECK (language IN ('fi', 'sv')),
    rendered_html TEXT NOT NULL,
    UNIQUE (decision_id, language)
);
CREATE TRIGGER decision_documents_frozen BEFORE UPDATE ON decision_documents
BEGIN
    SELECT RAISE(ABORT, 'an issued decision is not changed: make a correcting decision');
END;
CREATE TRIGGER decision_documents_no_delete BEFORE DELETE ON decision_documents
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept, not deleted');
END;
-- The document each decision was issued with so far, in its one language.
-- It takes the decision's id: one document per decision, so it is unique.
INSERT INTO decision_documents (id, created_at, updated_at, changed_by, decision_id, language, rendered_html)
SELECT id, updated_at, updated_at, changed_by, id,
       CASE rendered_language WHEN 'sv' THEN 'sv' ELSE 'fi' END, rendered_html
FROM decisions WHERE rendered_html IS NOT NULL;

CREATE TABLE decision_recipients (
    id                  TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by          TEXT REFERENCES workers (id),
    decision_id         TEXT NOT NULL REFERENCES decisions (id),
    position            INTEGER NOT NULL,
    person_id           TEXT REFERENCES persons (id),
    name                TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('guardian', 'child')),
    language            TEXT NOT NULL CHECK (language IN ('fi', 'sv')),
    -- Filled when it is sent: how, the day, and the address it went to.
    method              TEXT NOT NULL DEFAULT ''
                        CHECK (method IN ('', 'letter', 'electronic', 'in_person', 'verifiable')),
    sent_on             TEXT,
    address             TEXT NOT NULL DEFAULT '',
    -- The day it was received when known (handed over, or the receipt of a
    -- verifiable service); otherwise the law's presumption counts.
    received_on         TEXT,
    review_requested_on TEXT,
    UNIQUE (decision_id, position),
    CHECK (method = '' OR sent_on IS NOT NULL)
);
CREATE INDEX decision_recipients_decision ON decision_recipients (decision_id, position);
-- The worklist's decisions not yet sent to everyone.
CREATE INDEX decision_recipients_unsent ON decision_recipients (decision_id) WHERE sent_on IS NULL;
CREATE TRIGGER decision_recipients_no_delete BEFORE DELETE ON decision_recipients
BEGIN
    SELECT RAISE(ABORT, 'decisions are kept, not deleted');
END;

-- The recipients of the decisions issued so far: each guardian of the
-- child's family, and the child who was old enough on the day of issue
-- (born on 29 February: the birthday is 28 February in a common year).
-- A decision whose sending was recorded, or one issued in the last 30
-- days (still to be sent), gets them; an older one without a recorded
-- sending was served before this was kept and gets none. Each copy is in
-- the language the decision was kept in, when it was kept in one.
INSERT INTO decision_recipients (id, decision_id, position, person_id, name, role, language)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'
             || hex(randomblob(2)) || '-' || hex(randomblob(6))),
       decision_id, row_number() OVER (PARTITION BY decision_id ORDER BY rank, name, person_id) - 1,
       person_id, name, role,
       coalesce((SELECT x.language FROM decision_documents x WHERE x.decision_id = served.decision_id), language)
FROM (
    SELECT d.id AS decision_id, p.id AS person_id, p.first_names || ' ' || p.last_name AS name,
           'guardian' AS role, CASE p.language WHEN 'sv' THEN 'sv' ELSE 'fi' END AS language, 1 AS rank
    FROM decisions d
    JOIN cases c ON c.id = d.case_id
    JOIN family_members fm ON fm.family_id = c.family_id AND fm.role = 'guardian' AND fm.archived_at IS NULL
    JOIN persons p ON p.id = fm.person_id
    WHERE d.status = 'issued'
    UNION ALL
    SELECT d.id, p.id, p.first_names || ' ' || p.last_name, 'child',
           CASE p.language WHEN 'sv' THEN 'sv' ELSE 'fi' END, 0
    FROM decisions d
    JOIN cases c ON c.id = d.case_id
    JOIN persons p ON p.id = c.child_id
    WHERE d.status = 'issued' AND p.birth_date IS NOT NULL
      AND (CASE WHEN substr(p.birth_date, 6, 5) = '02-29'
                     AND substr(date(p.birth_date, CASE d.legal_basis WHEN 'lsl' THEN '+12 years' ELSE '+15 years' END), 6, 5) = '03-01'
                THEN date(p.birth_date, CASE d.legal_basis WHEN 'lsl' THEN '+12 years' ELSE '+15 years' END, '-1 day')
                ELSE date(p.birth_date, CASE d.legal_basis WHEN 'lsl' THEN '+12 years' ELSE '+15 years' END) END)
          <= d.issued_on
) AS served
WHERE EXISTS (SELECT 1 FROM decision_notifications n WHERE n.decision_id = served.decision_id)
   OR (SELECT d.issued_on FROM decisions d WHERE d.id = served.decision_id) >= date('now', '-30 days');
-- What was recorded of their sending so far was one sending for all: the
-- first is theirs (handed over in person: received that day). Every
-- sending recorded stays in decision_notifications, which is kept.
UPDATE decision_recipients SET
    method = (SELECT n.method FROM decision_notifications n WHERE n.decision_id = decision_recipients.decision_id
              ORDER BY n.sent_on LIMIT 1),
    sent_on = (SELECT n.sent_on FROM decision_notifications n WHERE n.decision_id = decision_recipients.decision_id
               ORDER BY n.sent_on LIMIT 1)
WHERE EXISTS (SELECT 1 FROM decision_notifications n WHERE n.decision_id = decision_recipients.decision_id);
UPDATE decision_recipients SET received_on = sent_on WHERE method = 'in_person';

-- The board's address and e-mail were where requests are delivered: the registry.
UPDATE organisation_settings SET key = 'registry_address' WHERE key = 'board_address';
UPDATE organisation_settings SET key = 'registry_email' WHERE key = 'board_email';
