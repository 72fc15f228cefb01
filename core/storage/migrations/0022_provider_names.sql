-- Schema version 22: providers found by kind and name whatever the case, as
-- the import's duplicate check and the registry's search ask for them. The
-- index on (kind, status, name) compares names case by case, so each row of
-- an import of 100,000 providers scanned every provider of its kind.
CREATE INDEX providers_kind_name ON providers (kind, name COLLATE NOCASE);
