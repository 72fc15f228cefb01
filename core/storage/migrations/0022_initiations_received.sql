-- Schema version 22: initiations by the time they were received, with what
-- the THL deadline statistics read of them: a half-year's initiations (and the
-- assessments due in it) without reading every initiation of the unit.
CREATE INDEX initiations_received ON initiations (received_at, case_id, decided_on, assessment_starts);
