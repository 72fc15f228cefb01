-- Schema version 2: the client registry: persons and families.
-- Every table: a UUID text key, created_at/updated_at in UTC ISO 8601 and the
-- worker who made the change. Client records are archived, never deleted.

CREATE TABLE persons (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by     TEXT REFERENCES workers (id),
    first_names    TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    identity_code  TEXT,
    birth_date     TEXT,
    sex            TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'female', 'male')),
    language       TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'other')),
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    street_address TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    post_office    TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    -- A person without an identity code (a newborn, a foreigner) has a birth date.
    CHECK (identity_code IS NOT NULL OR birth_date IS NOT NULL)
);
CREATE UNIQUE INDEX persons_identity_code ON persons (identity_code) WHERE identity_code IS NOT NULL;
CREATE INDEX persons_last_name ON persons (last_name COLLATE NOCASE);

CREATE TABLE families (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    name          TEXT NOT NULL,
    archived_at   TEXT
);

-- A child may belong to two households: membership is its own record.
CREATE TABLE family_members (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    family_id     TEXT NOT NULL REFERENCES families (id),
    person_id     TEXT NOT NULL REFERENCES persons (id),
    role          TEXT NOT NULL CHECK (role IN ('child', 'guardian', 'parent', 'other_adult')),
    archived_at   TEXT,
    UNIQUE (family_id, person_id)
);
CREATE INDEX family_members_person ON family_members (person_id);

-- Client records are archived, never deleted.
CREATE TRIGGER persons_no_delete BEFORE DELETE ON persons
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER families_no_delete BEFORE DELETE ON families
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER family_members_no_delete BEFORE DELETE ON family_members
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
