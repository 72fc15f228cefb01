-- Schema version 25: who may decide. A worker has a profession, may be a
-- licensed social worker (LSL 13 b §) with the register number, and may have
-- the authority to make decisions that the organiser's rules give. Only such
-- workers are offered as decision makers, and any of them may decide, a
-- substitute too.
ALTER TABLE workers ADD COLUMN profession TEXT NOT NULL DEFAULT ''
    CHECK (profession IN ('', 'social_worker', 'social_counsellor', 'family_worker', 'other'));
ALTER TABLE workers ADD COLUMN licensed INTEGER NOT NULL DEFAULT 0 CHECK (licensed IN (0, 1));
ALTER TABLE workers ADD COLUMN register_number TEXT NOT NULL DEFAULT '';
ALTER TABLE workers ADD COLUMN decision_authority INTEGER NOT NULL DEFAULT 0 CHECK (decision_authority IN (0, 1));

-- The workers already recorded: the profession from the title they were given,
-- and the social workers keep deciding as they did.
UPDATE workers SET profession = 'social_worker', decision_authority = 1
WHERE lower(title) LIKE '%sosiaalityöntekijä%' OR lower(title) LIKE '%socialarbetare%'
   OR lower(title) LIKE '%social worker%';
UPDATE workers SET profession = 'social_counsellor'
WHERE lower(title) LIKE '%sosiaaliohjaaja%' OR lower(title) LIKE '%socialhandledare%'
   OR lower(title) LIKE '%social counsellor%';
UPDATE workers SET profession = 'family_worker'
WHERE lower(title) LIKE '%perhetyöntekijä%' OR lower(title) LIKE '%familjearbetare%'
   OR lower(title) LIKE '%family worker%';
-- A database whose decisions were made by workers with another title keeps them able to decide.
UPDATE workers SET decision_authority = 1
WHERE id IN (SELECT decision_maker_id FROM decisions WHERE decision_maker_id IS NOT NULL);
