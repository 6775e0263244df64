-- Vendor file, twin of the same version in db/migration/h2, which rewrites H2's generated key of an open development
-- candidate (V15_1) without an IN list. PostgreSQL's partial unique index of V15_1 needs no change.
SELECT 1;
