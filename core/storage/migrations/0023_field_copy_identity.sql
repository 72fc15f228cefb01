-- Schema version 23: each database knows itself, so that a field copy can
-- say where it came from and which families and cases it holds.
--   database_identity: this database's own id and the secret its field
--     copies' lists are sealed with (HMAC-SHA256); one row, never exported.
--   field_copy_home: on a laptop's database, the database its field copies
--     came from, with the sealed list of families and cases it was given;
--     what the laptop sends back may hold only those.
CREATE TABLE database_identity (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by  TEXT,
    secret      TEXT NOT NULL CHECK (length(secret) = 64)
);
INSERT INTO database_identity (id, secret)
SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-a' || substr(h, 18, 3) || '-'
       || substr(h, 21, 12),
       lower(hex(randomblob(32)))
FROM (SELECT lower(hex(randomblob(16))) AS h);

CREATE TABLE field_copy_home (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by  TEXT,
    families    TEXT NOT NULL,
    cases       TEXT NOT NULL,
    seal        TEXT NOT NULL
);
