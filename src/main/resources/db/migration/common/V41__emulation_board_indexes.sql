-- The emulation boards count per sub-organization in the database (issue 14).
--
-- The programme subjects' and registrations' copied paths compare byte-wise on PostgreSQL, like the other path
-- columns (V2, V10_1): with the database's default collation (C.UTF-8, en_US.UTF-8) a prefix LIKE cannot use a
-- B-tree, so a cell's board read the programme's every subject and registration (21,000-27,000 rows nationally).
ALTER TABLE programme_subject ALTER COLUMN org_path TYPE VARCHAR(400) ${collate_bytewise};
ALTER TABLE registration ALTER COLUMN org_path TYPE VARCHAR(400) ${collate_bytewise};

-- A programme's subjects and registrations under a subtree: one index range, whatever else the subtree holds.
CREATE INDEX ix_programme_subject_path ON programme_subject (programme_id, org_path);
CREATE INDEX ix_registration_programme_path ON registration (programme_id, org_path);
