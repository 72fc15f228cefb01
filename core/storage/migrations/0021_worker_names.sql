-- Schema version 21: the workers in the order of their names, as every worker
-- choice lists them: a large unit has thousands, and the list is read while
-- the program opens (SQLite sorted them in a temporary tree each time).
CREATE INDEX workers_name ON workers (last_name COLLATE NOCASE, first_names COLLATE NOCASE)
    WHERE archived_at IS NULL;
