-- Schema version 26: a measure runs on a decision.
--   No measure is active before an issued decision grants it (HL 45 §,
--   LSL 34 §): one without its decision is planned, "awaiting decision", and
--   nothing is logged for it. What was logged before stays as it was.
UPDATE measures SET status = 'planned'
WHERE status = 'active' AND (decision_id IS NULL OR decision_id = '');
