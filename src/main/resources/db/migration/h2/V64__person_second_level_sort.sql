-- Vendor file, twin of the same version in db/migration/postgresql, where an expression index files the people under
-- the second level of their path in name order. H2 has no expression indexes and serves one region; PersonQuery keeps
-- the path prefix there.
SELECT 1;
