-- Vendor file, twin of the same version in db/migration/h2: the PostgreSQL twin sets the "C" collation on existing
-- columns and adds a PL/pgSQL trigger (H2 has neither).
-- Paths and sort keys compare byte-wise ("C" collation) so that prefix LIKE uses the index and
-- hex collation keys sort in Vietnamese order whatever the database locale is.
ALTER TABLE organization ALTER COLUMN path TYPE VARCHAR(400) COLLATE "C";
ALTER TABLE organization ALTER COLUMN sort_key TYPE VARCHAR(1200) COLLATE "C";
ALTER TABLE person ALTER COLUMN org_path TYPE VARCHAR(400) COLLATE "C";
ALTER TABLE person ALTER COLUMN sort_key TYPE VARCHAR(1200) COLLATE "C";
ALTER TABLE person ALTER COLUMN search_key TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE organization ALTER COLUMN search_key TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE audit_entry ALTER COLUMN org_path TYPE VARCHAR(400) COLLATE "C";

CREATE INDEX ix_person_org_path_sort ON person (org_path, sort_key);
CREATE INDEX ix_person_sort ON person (sort_key);
CREATE INDEX ix_person_search ON person (search_key);
CREATE INDEX ix_audit_org_path ON audit_entry (org_path);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
