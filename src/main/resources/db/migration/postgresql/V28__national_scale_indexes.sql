-- Vendor file, twin of the same version in db/migration/h2: PostgreSQL adds INCLUDE columns, pg_trgm and a GIN index,
-- none of which H2 has.
-- National scale (issue 14, docs/benchmarks.md "National scale").
-- The round page's group list in tree order straight from an index: groups are read in (deciding_org_path, quota_group)
-- order and aggregated as they stream, so page 1 of a national round reads a few thousand entries, not millions.
CREATE INDEX ix_classification_entry_deciding ON classification_entry (round_id, deciding_org_path, quota_group, deciding_org_id)
    INCLUDE (status, decided_grade);
-- The round page's subjects in tree order (org_path, collectives first, Vietnamese name order) without a sort.
CREATE INDEX ix_classification_entry_order ON classification_entry (round_id, org_path, subject_kind DESC, sort_key);
-- People search over a wide scope (the whole country): substring matches on the accent-free key through trigrams.
-- Narrow scopes are searched scope first (PersonQuery), where the scope index beats trigrams for common words.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_person_search_trgm ON person USING gin (search_key gin_trgm_ops);
