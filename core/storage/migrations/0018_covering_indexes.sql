-- Schema version 18: indexes that hold every column the worklist and the
-- reports read of the rows they pick, so that SQLite need not read the wide
-- rows themselves (a decision's or an agreement's texts, a measure's goals).
-- At 100,000 families reading those rows was most of the worklist's time.
-- (An index also sets the order a query visits rows in: the reports that look
-- up other tables row by row keep to the tables' own order, see NOT INDEXED.)
DROP INDEX cases_next_deadline;
CREATE INDEX cases_next_deadline ON cases (next_deadline_due, closed_on, archived_at, id, case_number, child_id,
                                           responsible_worker_id, next_deadline_kind);
DROP INDEX decisions_end;
CREATE INDEX decisions_end ON decisions (status, end_on, subject, measure_id, issued_on, case_id, number, id);
DROP INDEX decisions_measure;
CREATE INDEX decisions_measure ON decisions (measure_id, issued_on, status);
DROP INDEX agreements_end;
CREATE INDEX agreements_end ON agreements (status, end_on, start_on, case_id, id);
-- The provider of a measure, for the compensation report's logs.
CREATE INDEX measures_paid ON measures (id, provider_id);
DROP INDEX meetings_measure;
CREATE INDEX meetings_measure ON meetings (measure_id, held_on, cancelled, archived_at);
