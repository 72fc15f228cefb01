-- The dashboard counts the deadlines met in each month by the day they were met.
CREATE INDEX initiations_decided ON initiations (decided_on) WHERE decided_on IS NOT NULL;
CREATE INDEX assessments_completed ON assessments (completed_on) WHERE completed_on IS NOT NULL;
