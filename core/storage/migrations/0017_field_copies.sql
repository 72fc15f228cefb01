-- Schema version 17: field copies (office <-> laptop). For every record this
-- installation has sent or taken in a field copy, the version (updated_at)
-- both sides last agreed on: a later import compares each side with it to
-- tell "changed here", "changed there" and "changed on both" apart.
CREATE TABLE field_copy_base (
    record_id     TEXT PRIMARY KEY NOT NULL,
    table_name    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) WITHOUT ROWID;
