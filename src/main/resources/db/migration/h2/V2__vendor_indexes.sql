-- Vendor file, twin of the same version in db/migration/postgresql: the PostgreSQL twin sets the "C" collation on
-- existing columns and adds a PL/pgSQL trigger (H2 has neither).
-- Subtree scoping uses "path LIKE 'prefix%'"; H2 uses plain indexes for prefix LIKE.
CREATE INDEX ix_person_org_path_sort ON person (org_path, sort_key);
CREATE INDEX ix_person_sort ON person (sort_key);
CREATE INDEX ix_person_search ON person (search_key);
CREATE INDEX ix_audit_org_path ON audit_entry (org_path);
