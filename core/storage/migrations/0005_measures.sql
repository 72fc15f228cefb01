-- Schema version 5: support measures (seeds 000, 001, 002, 004): the
-- organiser's catalogue, the providers' registry, measures given to a child,
-- the logs of the three in-depth measures, and the compensation rates.

CREATE TABLE measure_catalogue (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    code                        TEXT NOT NULL UNIQUE,
    name_fi                     TEXT NOT NULL,
    name_sv                     TEXT NOT NULL,
    kind                        TEXT NOT NULL CHECK (kind IN ('in_house', 'partner', 'financial')),
    allows_social_welfare_act   INTEGER NOT NULL CHECK (allows_social_welfare_act IN (0, 1)),
    allows_child_welfare_act    INTEGER NOT NULL CHECK (allows_child_welfare_act IN (0, 1)),
    requires_child_welfare      INTEGER NOT NULL DEFAULT 0 CHECK (requires_child_welfare IN (0, 1)),
    in_depth                    TEXT NOT NULL DEFAULT 'none'
                                CHECK (in_depth IN ('none', 'support_family', 'support_person', 'family_work')),
    position                    INTEGER NOT NULL DEFAULT 0,
    -- A retired entry is no longer offered but stays on the measures that use it.
    retired_at                  TEXT,
    CHECK (allows_social_welfare_act = 1 OR allows_child_welfare_act = 1)
);

CREATE TABLE providers (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    kind                        TEXT NOT NULL CHECK (kind IN ('support_family', 'support_person', 'family_worker')),
    name                        TEXT NOT NULL,
    adults                      TEXT NOT NULL DEFAULT '',
    street_address              TEXT NOT NULL DEFAULT '',
    postal_code                 TEXT NOT NULL DEFAULT '',
    post_office                 TEXT NOT NULL DEFAULT '',
    phone                       TEXT NOT NULL DEFAULT '',
    email                       TEXT NOT NULL DEFAULT '',
    languages                   TEXT NOT NULL DEFAULT 'fi',
    capacity                    INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),
    min_age                     INTEGER NOT NULL DEFAULT 0,
    max_age                     INTEGER NOT NULL DEFAULT 17,
    status                      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    training_completed_on       TEXT,
    criminal_record_checked_on  TEXT,
    identity_code               TEXT,
    iban                        TEXT NOT NULL DEFAULT '',
    notes                       TEXT NOT NULL DEFAULT '',
    worker_id                   TEXT REFERENCES workers (id),
    archived_at                 TEXT
);
CREATE INDEX providers_kind ON providers (kind, status, name);
CREATE UNIQUE INDEX providers_identity_code ON providers (identity_code) WHERE identity_code IS NOT NULL;

CREATE TABLE measures (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    case_id                     TEXT NOT NULL REFERENCES cases (id),
    catalogue_id                TEXT NOT NULL REFERENCES measure_catalogue (id),
    legal_basis                 TEXT NOT NULL CHECK (legal_basis IN ('shl', 'lsl')),
    start_on                    TEXT NOT NULL,
    planned_end_on              TEXT,
    ended_on                    TEXT,
    goals                       TEXT NOT NULL DEFAULT '',
    status                      TEXT NOT NULL DEFAULT 'planned'
                                CHECK (status IN ('planned', 'active', 'ended', 'refused')),
    provider_id                 TEXT REFERENCES providers (id),
    days_per_month              REAL NOT NULL DEFAULT 0,
    meetings_per_month          INTEGER NOT NULL DEFAULT 0,
    hours_per_week              REAL NOT NULL DEFAULT 0,
    intensified                 INTEGER NOT NULL DEFAULT 0 CHECK (intensified IN (0, 1)),
    decision_id                 TEXT,
    agreement_id                TEXT,
    archived_at                 TEXT,
    CHECK (planned_end_on IS NULL OR planned_end_on >= start_on)
);
CREATE INDEX measures_case ON measures (case_id, start_on);
CREATE INDEX measures_provider ON measures (provider_id, status);

-- Support family: stays; each night is one day of care.
CREATE TABLE care_days (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    measure_id                  TEXT NOT NULL REFERENCES measures (id),
    from_on                     TEXT NOT NULL,
    to_on                       TEXT NOT NULL,
    cancelled                   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    cancel_reason               TEXT NOT NULL DEFAULT '',
    mileage_km                  INTEGER NOT NULL DEFAULT 0 CHECK (mileage_km >= 0),
    archived_at                 TEXT,
    CHECK (to_on >= from_on)
);
CREATE INDEX care_days_measure ON care_days (measure_id, from_on);

-- Support person: meetings with the child.
CREATE TABLE meetings (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    measure_id                  TEXT NOT NULL REFERENCES measures (id),
    held_on                     TEXT NOT NULL,
    minutes                     INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    activity                    TEXT NOT NULL DEFAULT '',
    cancelled                   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    mileage_km                  INTEGER NOT NULL DEFAULT 0 CHECK (mileage_km >= 0),
    archived_at                 TEXT
);
CREATE INDEX meetings_measure ON meetings (measure_id, held_on);

-- Family work: visits at home or at the office.
CREATE TABLE visits (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    measure_id                  TEXT NOT NULL REFERENCES measures (id),
    visited_on                  TEXT NOT NULL,
    minutes                     INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    place                       TEXT NOT NULL DEFAULT 'home' CHECK (place IN ('home', 'office', 'other')),
    present                     TEXT NOT NULL DEFAULT '',
    note                        TEXT NOT NULL DEFAULT '',
    archived_at                 TEXT
);
CREATE INDEX visits_measure ON visits (measure_id, visited_on);

-- Rates set by the board, with validity periods; amounts in cents.
CREATE TABLE compensation_rates (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by    TEXT REFERENCES workers (id),
    provider_kind               TEXT NOT NULL CHECK (provider_kind IN ('support_family', 'support_person', 'family_worker')),
    valid_from                  TEXT NOT NULL,
    valid_to                    TEXT,
    fee_cents                   INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    fee_unit                    TEXT NOT NULL CHECK (fee_unit IN ('day_of_care', 'meeting', 'month')),
    expenses_cents              INTEGER NOT NULL DEFAULT 0 CHECK (expenses_cents >= 0),
    expenses_unit               TEXT NOT NULL CHECK (expenses_unit IN ('day_of_care', 'meeting', 'month')),
    mileage_cents_per_km        INTEGER NOT NULL DEFAULT 0 CHECK (mileage_cents_per_km >= 0),
    archived_at                 TEXT,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX compensation_rates_kind ON compensation_rates (provider_kind, valid_from);

CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER care_days_no_delete BEFORE DELETE ON care_days
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER meetings_no_delete BEFORE DELETE ON meetings
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
BEGIN
    SELECT RAISE(ABORT, 'client records are archived, not deleted');
END;

-- The catalogue of seed 000 with social guidance (seed 001), talk support in a
-- family crisis and the partner services of seed 004. Fixed ids, so that every
-- installation has the same entries.
INSERT INTO measure_catalogue (id, code, name_fi, name_sv, kind, allows_social_welfare_act,
                               allows_child_welfare_act, requires_child_welfare, in_depth, position) VALUES
    ('01a252a9-31fe-53b4-bda8-35264e6cc923', 'conversations', 'Keskustelut sosiaalityöntekijän kanssa', 'Samtal med socialarbetare', 'in_house', 1, 1, 0, 'none', 1),
    ('0410cd31-a38b-583d-a3e5-defde33c97ae', 'therapies', 'Terapiat ja lasten psykiatrinen hoito', 'Terapier och barnpsykiatrisk vård', 'partner', 1, 1, 0, 'none', 2),
    ('755f677f-c079-557d-a25d-394fee043cf2', 'family_counselling_clinic', 'Tutkimus ja hoito kasvatus- ja perheneuvolassa', 'Utredning och behandling vid uppfostrings- och familjerådgivningen', 'partner', 1, 1, 0, 'none', 3),
    ('ca113e5d-f557-5c02-92e5-136e52ee106b', 'family_work', 'Perhetyö', 'Familjearbete', 'in_house', 1, 1, 0, 'family_work', 4),
    ('81aabb6a-1830-564e-9585-9fa5e82aef12', 'intensified_family_work', 'Tehostettu perhetyö', 'Intensifierat familjearbete', 'in_house', 1, 1, 0, 'family_work', 5),
    ('e4ebfb23-bb2b-55b3-af5c-98c7d9d05667', 'home_help', 'Lapsiperheiden kotipalvelu', 'Hemservice för barnfamiljer', 'in_house', 1, 1, 0, 'none', 6),
    ('7d75cc25-a490-5994-825a-548d674e3c7f', 'daycare_child_welfare', 'Varhaiskasvatuspaikka lastensuojelun näkökohdat huomioiden', 'Plats i småbarnspedagogik med beaktande av barnskyddet', 'partner', 0, 1, 1, 'none', 7),
    ('a8d50ca0-7326-5227-b88c-02a58673758e', 'school_support', 'Koulunkäynnin tukeminen', 'Stöd för skolgången', 'partner', 1, 1, 0, 'none', 8),
    ('9acdc2e8-6776-5df0-a16f-5799e534cb2a', 'support_person', 'Tukihenkilö lapselle, nuorelle tai vanhemmille', 'Stödperson för barnet, den unga eller föräldrarna', 'in_house', 1, 1, 0, 'support_person', 9),
    ('05ce4711-6f4d-50e2-9c90-a13d068cc405', 'support_family', 'Tukiperhe', 'Stödfamilj', 'in_house', 1, 1, 0, 'support_family', 10),
    ('a0205184-8351-576e-a93e-7b699a24a3a1', 'mother_child_shelter', 'Ensi- ja turvakotipalvelut', 'Mödra- och skyddshemstjänster', 'partner', 1, 1, 0, 'none', 11),
    ('c186845b-6687-5e7d-bb61-072cb29a1346', 'hobby_support', 'Taloudellinen tuki harrastuksiin', 'Ekonomiskt stöd för fritidsintressen', 'financial', 0, 1, 1, 'none', 12),
    ('96070547-ccdd-534e-b92f-ddc37d1b8cc1', 'financial_support', 'Taloudellinen tuki lastensuojelullisin perustein', 'Ekonomiskt stöd på barnskyddsgrunder', 'financial', 0, 1, 1, 'none', 13),
    ('50f408f8-8f87-5f9d-8dd7-86912546edfa', 'open_care_placement', 'Sijoitus avohuollon tukitoimena', 'Placering som stödåtgärd inom öppenvården', 'partner', 0, 1, 1, 'none', 14),
    ('3f003bfe-33bf-5fdf-92c6-9183645722dc', 'housing', 'Asunto lastensuojelun tarpeeseen', 'Bostad för barnskyddets behov', 'financial', 0, 1, 1, 'none', 15),
    ('a7b01933-d2f5-5ede-86f1-3b92a1233a0c', 'holiday', 'Loman kustantaminen sosiaalisin perustein', 'Semester som bekostas på sociala grunder', 'financial', 1, 1, 0, 'none', 16),
    ('6a945f82-a924-5b4b-af78-12b6c7ef3598', 'youth_employment', 'Nuorten työhön sijoittumisen tukeminen', 'Stöd för ungas sysselsättning', 'partner', 1, 1, 0, 'none', 17),
    ('1226f95a-3510-542e-89e5-f61300e909a2', 'youth_work', 'Nuorisotyön ja etsivän nuorisotyön palvelut', 'Ungdomsarbete och uppsökande ungdomsarbete', 'partner', 1, 1, 0, 'none', 18),
    ('822559e2-2881-569b-a7b5-6b45f2337846', 'mediation', 'Sovittelu', 'Medling', 'partner', 1, 1, 0, 'none', 19),
    ('f19617e6-e1e9-5ac7-a208-559e318120af', 'network_methods', 'Verkostotyön menetelmät', 'Nätverksarbetsmetoder', 'in_house', 1, 1, 0, 'none', 20),
    ('fee73294-71c1-513a-86eb-96dce0cff52d', 'family_rehabilitation', 'Perhekuntoutus', 'Familjerehabilitering', 'partner', 1, 1, 0, 'none', 21),
    ('59feb3f1-4f8e-5169-b33c-42578bdb2596', 'substance_abuse_work', 'Nuorten ja lapsiperheiden päihdetyöntekijän palvelut', 'Missbruksarbetarens tjänster för unga och barnfamiljer', 'partner', 1, 1, 0, 'none', 22),
    ('df636d55-1dbe-5d68-8805-0de9a7daf70d', 'ngo_parish', 'Järjestöjen ja seurakuntien palvelut', 'Organisationers och församlingars tjänster', 'partner', 1, 1, 0, 'none', 23),
    ('a1256632-17d7-5dfe-a8e0-170bdd63d416', 'social_guidance', 'Sosiaaliohjaus', 'Socialhandledning', 'in_house', 1, 0, 0, 'none', 24),
    ('7d37a931-d8e5-5481-8618-9ccdd996a746', 'child_welfare_social_guidance', 'Lastensuojelun sosiaaliohjaus', 'Socialhandledning inom barnskyddet', 'in_house', 0, 1, 1, 'none', 25),
    ('078efe06-1f65-573c-93e7-6dc24b2ba6ab', 'crisis_talk_support', 'Keskusteluapu perheen kriisitilanteessa', 'Samtalsstöd i en familjekris', 'in_house', 1, 1, 0, 'none', 26),
    ('a19e62f7-c9f7-5c1f-b4ed-98a0a014c378', 'family_matters_counselling', 'Perheasiain neuvottelukeskus', 'Familjerådgivningscentralen', 'partner', 1, 0, 0, 'none', 27),
    ('c7a45ea5-427d-5698-96e8-5d5859e482a5', 'crisis_centre', 'Kriisikeskus', 'Kriscentrum', 'partner', 1, 0, 0, 'none', 28),
    ('1013afd7-3f3a-54f5-a95a-7c8b34a1037b', 'marak', 'MARAK – lähisuhdeväkivallan moniammatillinen riskinarviointi', 'MARAK – multiprofessionell riskbedömning vid våld i nära relationer', 'partner', 1, 0, 0, 'none', 29),
    ('5e6c036b-a950-59d3-8d6b-43e96243a7ca', 'mll_childcare', 'MLL:n tilapäinen lastenhoitoapu', 'MLL:s tillfälliga barnvårdshjälp', 'partner', 1, 0, 0, 'none', 30);
