-- Schema version 28: the child's voice in the plan and the assessment
-- (LSL 5 §, 20 §, 30 §; SHL 36 §).
--   A client plan holds the child's own opinion and how it was found out,
--   and the guardians' views, apart from the parties' differing views.
--   An assessment records whether the child was met, and how or why not.
ALTER TABLE client_plans ADD COLUMN child_opinion TEXT NOT NULL DEFAULT '';
ALTER TABLE client_plans ADD COLUMN child_opinion_how TEXT NOT NULL DEFAULT '';
ALTER TABLE client_plans ADD COLUMN guardians_views TEXT NOT NULL DEFAULT '';
ALTER TABLE assessments ADD COLUMN child_met INTEGER NOT NULL DEFAULT 0 CHECK (child_met IN (0, 1));
ALTER TABLE assessments ADD COLUMN child_met_how TEXT NOT NULL DEFAULT '';
