-- Schema version 19: the dates the deadline rules read, kept for every open
-- case with an open deadline in one narrow table. The open deadlines report
-- (tens of thousands of cases) reads this table alone instead of joining each
-- case with its child, initiation, assessment and latest plan, which at
-- 100,000 families meant reading pages all over the file.
-- Derived, like cases.next_deadline_*: never edited, never exported in a field
-- copy; kept in step by the triggers below whenever a case's derived columns
-- are refreshed (which every change to its initiation, assessment or plans
-- does) and whenever the child's name changes.
CREATE VIEW open_deadline_source AS
SELECT c.id AS case_id, c.case_number, p.first_names || ' ' || p.last_name AS child,
       i.received_at, i.decided_on, i.assessment_starts,
       a.completed_on AS assessment_completed_on, pl.made_on AS plan_made_on,
       pl.next_review_on AS plan_next_review_on
  FROM cases c
  JOIN persons p ON p.id = c.child_id
  JOIN initiations i ON i.case_id = c.id
  LEFT JOIN assessments a ON a.case_id = c.id
  LEFT JOIN client_plans pl ON pl.case_id = c.id
       AND pl.version = (SELECT max(version) FROM client_plans WHERE case_id = c.id)
 WHERE c.closed_on IS NULL AND c.archived_at IS NULL AND c.next_deadline_due IS NOT NULL;

CREATE TABLE open_deadline_cases (
    case_id                  TEXT PRIMARY KEY NOT NULL,
    case_number              TEXT NOT NULL,
    child                    TEXT NOT NULL,
    received_at              TEXT NOT NULL,
    decided_on               TEXT,
    assessment_starts        INTEGER,
    assessment_completed_on  TEXT,
    plan_made_on             TEXT,
    plan_next_review_on      TEXT
) WITHOUT ROWID;

INSERT INTO open_deadline_cases SELECT * FROM open_deadline_source;

CREATE TRIGGER cases_open_deadline AFTER UPDATE OF case_number, child_id, closed_on, archived_at, next_deadline_due
    ON cases
BEGIN
    DELETE FROM open_deadline_cases WHERE case_id = new.id;
    INSERT INTO open_deadline_cases SELECT * FROM open_deadline_source WHERE case_id = new.id;
END;

CREATE TRIGGER persons_open_deadline_child AFTER UPDATE OF first_names, last_name ON persons
BEGIN
    UPDATE open_deadline_cases SET child = new.first_names || ' ' || new.last_name
     WHERE case_id IN (SELECT id FROM cases WHERE child_id = new.id);
END;
