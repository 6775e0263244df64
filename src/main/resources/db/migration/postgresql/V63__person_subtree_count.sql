-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL statement trigger with
-- transition tables here, by the Java row trigger that keeps V42's counts (vn.chibo.people.internal.PersonStatusCountTrigger)
-- in H2.
--
-- People per party status in each organization's whole subtree (issue 14). V42's counts are one row per organization
-- and status; a subtree's total added them up over a path range: at the national root 312,655 organizations' rows,
-- 170-270 ms on every start page, people list and members tab of the root's officer. Here every organization on a
-- person's path (the root, each level down, his own organization) counts him once, so a subtree's people by status are
-- the few rows of its own id.
--
-- V42 kept no ancestor totals because the root's rows would make every writer of people wait for the others; since
-- V56 they take their turn anyway (one advisory lock from their first statement on person to their commit), so the
-- shared rows add no waiting and no deadlock. This table's own writes (a rebuild) take the same turn.
--
-- Kept from the person rows by statement (transition tables): an import's COPY, a moved subtree's path rewrite
-- (organization.internal.PathCopies) or a bulk entry is one grouped write per ancestor and status, not one per person.
-- Keyed by organization id, not path: a moved subtree's own totals do not change, only those of the ancestors it left
-- and joined. Rows that fall to zero stay. Bulk loads that switch triggers off (replica mode) must rebuild the table.
CREATE TABLE person_subtree_count (
    organization_id BIGINT      NOT NULL,
    party_status    VARCHAR(20) NOT NULL,
    people          BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, party_status)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that count updates stay HOT (people is in no index)

-- The ids of the organizations on a path, the root first: /1/5/23/ gives {1, 5, 23}.
CREATE FUNCTION path_ancestor_ids(path text) RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_to_array(trim(both '/' from path), '/')::bigint[]
$$;

CREATE FUNCTION person_subtree_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO person_subtree_count AS c (organization_id, party_status, people)
            SELECT a.id, n.party_status, count(*) FROM new_rows n CROSS JOIN LATERAL unnest(path_ancestor_ids(n.org_path)) a(id)
            GROUP BY a.id, n.party_status ORDER BY a.id, n.party_status
            ON CONFLICT (organization_id, party_status) DO UPDATE SET people = c.people + excluded.people;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO person_subtree_count AS c (organization_id, party_status, people)
            SELECT a.id, o.party_status, -count(*) FROM old_rows o CROSS JOIN LATERAL unnest(path_ancestor_ids(o.org_path)) a(id)
            GROUP BY a.id, o.party_status ORDER BY a.id, o.party_status
            ON CONFLICT (organization_id, party_status) DO UPDATE SET people = c.people + excluded.people;
    ELSE
        -- only the rows whose path or status changed (most person writes change neither); the ancestors a moved person
        -- keeps add up to zero and are not written
        INSERT INTO person_subtree_count AS c (organization_id, party_status, people)
            SELECT a.id, d.party_status, sum(d.sign)
            FROM (SELECT 1 AS sign, n.org_path, n.party_status FROM new_rows n JOIN old_rows o ON o.id = n.id
                      WHERE (o.org_path, o.party_status) IS DISTINCT FROM (n.org_path, n.party_status)
                  UNION ALL
                  SELECT -1, o.org_path, o.party_status FROM old_rows o JOIN new_rows n ON n.id = o.id
                      WHERE (o.org_path, o.party_status) IS DISTINCT FROM (n.org_path, n.party_status)) d
            CROSS JOIN LATERAL unnest(path_ancestor_ids(d.org_path)) a(id)
            GROUP BY a.id, d.party_status HAVING sum(d.sign) <> 0 ORDER BY a.id, d.party_status
            ON CONFLICT (organization_id, party_status) DO UPDATE SET people = c.people + excluded.people;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_subtree_count_insert AFTER INSERT ON person
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_subtree_count_keep();
CREATE TRIGGER person_subtree_count_update AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_subtree_count_keep();
CREATE TRIGGER person_subtree_count_delete AFTER DELETE ON person
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_subtree_count_keep();
-- the table's own writes (a rebuild) take the people's turn too (V56)
CREATE TRIGGER people_count_lock_subtree BEFORE INSERT OR UPDATE OR DELETE ON person_subtree_count
    FOR EACH STATEMENT EXECUTE FUNCTION people_count_lock();

-- first counted from V42's counts (one row per organization and status, not one per person)
INSERT INTO person_subtree_count (organization_id, party_status, people)
SELECT a.id, c.party_status, sum(c.people) FROM person_status_count c CROSS JOIN LATERAL unnest(path_ancestor_ids(c.org_path)) a(id)
GROUP BY a.id, c.party_status;
