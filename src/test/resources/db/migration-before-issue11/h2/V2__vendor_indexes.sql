-- Subtree scoping uses "path LIKE 'prefix%'"; H2 uses plain indexes for prefix LIKE.
CREATE INDEX ix_person_org_path_sort ON person (org_path, sort_key);
CREATE INDEX ix_person_sort ON person (sort_key);
CREATE INDEX ix_person_search ON person (search_key);
CREATE INDEX ix_audit_org_path ON audit_entry (org_path);
