-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL statement trigger with
-- transition tables here, by a Java row trigger (vn.chibo.organization.internal.OrganizationSubtreeCountTrigger) in H2.
--
-- The active organizations of each organization's whole subtree by type and founding month (issue 14), as V63 keeps
-- the people: the start page's cells and committees counted 312,655 organization rows for the national root (80-120
-- ms on every start page of its officer); here they are the few rows of the subtree's own id. Every organization on an
-- active organization's path (its own included) counts it once, under its type and the month of its valid_from.
--
-- Organization writes are rare (tree changes, imports, edits) but every one now writes the root's rows, and a tree
-- change is several statements (the organization, its moved descendants' paths): two of them at once could lock the
-- shared rows in opposite orders. So the writers of organizations take a turn of their own, as the other kinds' writers
-- do (V52, V53, V56): every statement on organization (and on this table, a rebuild) first takes the transaction-scoped
-- advisory lock 0x4f5247414e495a ("ORGANIZ"), the first of shared.jdbc.WritersTurns' one order, since a moved subtree
-- writes its organizations before the tables PathCopies rewrites. The tree changes (organization.internal
-- .OrganizationChanges) take it before they lock their first organization row, so that none waits for the turn while
-- holding a row another holder of the turn may wait for.
--
-- An organization is written first under a provisional path (/pending-…/) until its id is known, then placed: only
-- rows with an organization path count.
-- Keyed by organization id: a moved subtree's own counts do not change, only those of the ancestors it left and joined.
-- Rows that fall to zero stay. Bulk loads that switch triggers off (replica mode) must rebuild the table.
CREATE TABLE organization_subtree_count (
    organization_id BIGINT      NOT NULL,
    type            VARCHAR(30) NOT NULL,
    founded_month   DATE        NOT NULL,
    organizations   BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, type, founded_month)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that count updates stay HOT (organizations is in no index)

CREATE FUNCTION organization_subtree_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO organization_subtree_count AS c (organization_id, type, founded_month, organizations)
            SELECT a.id, n.type, cast(date_trunc('month', n.valid_from) AS date), count(*)
            FROM new_rows n CROSS JOIN LATERAL unnest(path_ancestor_ids(n.path)) a(id) WHERE n.status = 'ACTIVE' AND n.path ~ '^/([0-9]+/)+$'
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (organization_id, type, founded_month) DO UPDATE SET organizations = c.organizations + excluded.organizations;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO organization_subtree_count AS c (organization_id, type, founded_month, organizations)
            SELECT a.id, o.type, cast(date_trunc('month', o.valid_from) AS date), -count(*)
            FROM old_rows o CROSS JOIN LATERAL unnest(path_ancestor_ids(o.path)) a(id) WHERE o.status = 'ACTIVE' AND o.path ~ '^/([0-9]+/)+$'
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (organization_id, type, founded_month) DO UPDATE SET organizations = c.organizations + excluded.organizations;
    ELSE
        -- only the rows whose path, type, founding or status changed (a renamed unit changes nothing here)
        INSERT INTO organization_subtree_count AS c (organization_id, type, founded_month, organizations)
            SELECT a.id, d.type, cast(date_trunc('month', d.valid_from) AS date), sum(d.sign)
            FROM (SELECT 1 AS sign, n.path, n.type, n.valid_from, n.status FROM new_rows n JOIN old_rows o ON o.id = n.id
                      WHERE (o.path, o.type, o.valid_from, o.status) IS DISTINCT FROM (n.path, n.type, n.valid_from, n.status)
                  UNION ALL
                  SELECT -1, o.path, o.type, o.valid_from, o.status FROM old_rows o JOIN new_rows n ON n.id = o.id
                      WHERE (o.path, o.type, o.valid_from, o.status) IS DISTINCT FROM (n.path, n.type, n.valid_from, n.status)) d
            CROSS JOIN LATERAL unnest(path_ancestor_ids(d.path)) a(id) WHERE d.status = 'ACTIVE' AND d.path ~ '^/([0-9]+/)+$'
            GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3
            ON CONFLICT (organization_id, type, founded_month) DO UPDATE SET organizations = c.organizations + excluded.organizations;
    END IF;
    RETURN NULL;
END;
$$;

-- 0x4f5247414e495a ("ORGANIZ"): the organizations' turn
CREATE FUNCTION organization_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(22326989151947098);
    RETURN NULL;
END;
$$;
CREATE TRIGGER organization_count_lock BEFORE INSERT OR UPDATE OR DELETE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION organization_count_lock();
CREATE TRIGGER organization_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON organization_subtree_count
    FOR EACH STATEMENT EXECUTE FUNCTION organization_count_lock();

CREATE TRIGGER organization_subtree_count_insert AFTER INSERT ON organization
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_subtree_count_keep();
CREATE TRIGGER organization_subtree_count_update AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_subtree_count_keep();
CREATE TRIGGER organization_subtree_count_delete AFTER DELETE ON organization
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_subtree_count_keep();

-- first counted from the organization rows
INSERT INTO organization_subtree_count (organization_id, type, founded_month, organizations)
SELECT a.id, o.type, cast(date_trunc('month', o.valid_from) AS date), count(*)
FROM organization o CROSS JOIN LATERAL unnest(path_ancestor_ids(o.path)) a(id) WHERE o.status = 'ACTIVE' AND o.path ~ '^/([0-9]+/)+$'
GROUP BY 1, 2, 3;
