-- Schema version 4: search as you type. Every case has a row in an FTS5 index
-- with its child's names and the names of the child's family, so that a name
-- part typed in any form (å, ä and ö also as a and o) finds the case. Triggers
-- keep the index in step with persons, families and cases.
-- The index is keyed by cases.search_id, an ordinary column: a table without
-- an INTEGER PRIMARY KEY may get new rowids from VACUUM, search_id stays.

ALTER TABLE cases ADD COLUMN search_id INTEGER;
UPDATE cases SET search_id = rowid;
CREATE UNIQUE INDEX cases_search_id ON cases (search_id);

-- The list's order: the next deadline first, cases without one last.
CREATE INDEX cases_list_order ON cases (coalesce(next_deadline_due, '9999-12-31'), case_number);

CREATE VIRTUAL TABLE case_search USING fts5 (
    child, family,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- The names of a case's child and of the other current members of its family.
CREATE VIEW case_search_names AS
SELECT c.search_id AS search_id,
       (SELECT p.first_names || ' ' || p.last_name FROM persons p WHERE p.id = c.child_id) AS child,
       (SELECT group_concat(p.first_names || ' ' || p.last_name, ' ')
          FROM family_members m JOIN persons p ON p.id = m.person_id
         WHERE m.family_id = c.family_id AND m.archived_at IS NULL AND m.person_id <> c.child_id) AS family
  FROM cases c;

INSERT INTO case_search (rowid, child, family) SELECT search_id, child, family FROM case_search_names;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET search_id = (SELECT coalesce(max(search_id), 0) + 1 FROM cases)
     WHERE id = new.id AND new.search_id IS NULL;
    INSERT INTO case_search (rowid, child, family)
        SELECT n.search_id, n.child, n.family FROM case_search_names n
         WHERE n.search_id = (SELECT search_id FROM cases WHERE id = new.id);
END;

CREATE TRIGGER cases_search_child AFTER UPDATE OF child_id, family_id ON cases
BEGIN
    UPDATE case_search
       SET child = (SELECT child FROM case_search_names WHERE search_id = new.search_id),
           family = (SELECT family FROM case_search_names WHERE search_id = new.search_id)
     WHERE rowid = new.search_id;
END;

CREATE TRIGGER persons_search_rename AFTER UPDATE OF first_names, last_name ON persons
BEGIN
    UPDATE case_search
       SET child = (SELECT n.child FROM case_search_names n WHERE n.search_id = case_search.rowid),
           family = (SELECT n.family FROM case_search_names n WHERE n.search_id = case_search.rowid)
     WHERE rowid IN (SELECT search_id FROM cases WHERE child_id = new.id
                     UNION SELECT c.search_id FROM cases c JOIN family_members m ON m.family_id = c.family_id
                      WHERE m.person_id = new.id);
END;

CREATE TRIGGER family_members_search_insert AFTER INSERT ON family_members
BEGIN
    UPDATE case_search
       SET family = (SELECT n.family FROM case_search_names n WHERE n.search_id = case_search.rowid)
     WHERE rowid IN (SELECT search_id FROM cases WHERE family_id = new.family_id);
END;

CREATE TRIGGER family_members_search_update AFTER UPDATE OF archived_at, person_id ON family_members
BEGIN
    UPDATE case_search
       SET family = (SELECT n.family FROM case_search_names n WHERE n.search_id = case_search.rowid)
     WHERE rowid IN (SELECT search_id FROM cases WHERE family_id = new.family_id);
END;
