-- The caseload of each worker (child welfare children of open cases) counted from an index alone.
CREATE INDEX cases_caseload ON cases (responsible_worker_id)
    WHERE child_welfare_since IS NOT NULL AND closed_on IS NULL;
