-- Indexes for the worklist: each of its queries reads only the rows it shows.
CREATE INDEX decisions_measure ON decisions (measure_id, issued_on);
CREATE INDEX agreements_replaces ON agreements (replaces_id);
CREATE INDEX initiations_untold ON initiations (case_id) WHERE is_notification = 1 AND informed_on IS NULL;
CREATE INDEX measures_status ON measures (status, catalogue_id);
