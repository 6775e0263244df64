-- Vendor file, twin of the same version in db/migration/postgresql: PostgreSQL adds INCLUDE columns, pg_trgm and a GIN
-- index, none of which H2 has.
-- National scale (issue 14): the same orderings as the PostgreSQL migration of this version; H2 has no trigram index
-- (and no INCLUDE), searches stay on the scope index.
CREATE INDEX ix_classification_entry_deciding ON classification_entry (round_id, deciding_org_path, quota_group, deciding_org_id);
CREATE INDEX ix_classification_entry_order ON classification_entry (round_id, org_path, subject_kind DESC, sort_key);
