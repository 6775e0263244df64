-- Vendor file, twin of the same version in db/migration/h2, where the Java journal trigger
-- (vn.chibo.statistics.internal.FigureChangeTrigger) skips the same updates.
--
-- An update of a person or an organization is journaled (V35, V55) only when it changes a column the review's figures
-- read. Most writes of people are edits of a name, a phone number, a rank, a position; each of them made the people
-- figures of every subtree above the person stale, and the next read of the review counted them anew from the rows:
-- 0.6 s for a province of 120,000 people, 14 s for the root of the country (NationalBenchmark, 08/12). The people
-- figures (people.internal.PeopleFigures) read a person's place, status and dates, and of the organizations only their
-- place in the tree (transfers); the structure's columns are watched too. Inserts and deletes are journaled as before.
-- FigureChangesThatCountTest changes every column that is not watched and checks that the kept answer stays equal to a pass
-- over the rows.
--
-- One static statement per table (its plan cached, the rows as they were and as they are joined on id), not V35's dynamic
-- SQL: PersonStatusCountBenchmark -Dpeople.triggers=journal measured bare status updates and moves at 0.43-0.57x of
-- their speed without the journal's update trigger with V35's function, 0.32-0.41x with a generic function taking the
-- watched columns as arguments, and this.
CREATE FUNCTION figure_change_person_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figure_change (org_path, source_table)
    SELECT DISTINCT coalesce(x.path, '/'), 'person'
    FROM new_rows r JOIN old_rows o ON o.id = r.id CROSS JOIN LATERAL (VALUES (r.org_path), (o.org_path)) x(path)
    WHERE (o.org_path, o.party_status, o.sympathiser_since, o.admitted_on, o.official_since, o.left_on)
        IS DISTINCT FROM (r.org_path, r.party_status, r.sympathiser_since, r.admitted_on, r.official_since, r.left_on);
    RETURN NULL;
END;
$$;

CREATE FUNCTION figure_change_organization_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figure_change (org_path, source_table)
    SELECT DISTINCT coalesce(x.path, '/'), 'organization'
    FROM new_rows r JOIN old_rows o ON o.id = r.id CROSS JOIN LATERAL (VALUES (r.path), (o.path)) x(path)
    WHERE (o.parent_id, o.path, o.depth, o.type, o.category, o.status, o.valid_from, o.valid_to, o.successor_id,
           o.predecessor_id)
        IS DISTINCT FROM (r.parent_id, r.path, r.depth, r.type, r.category, r.status, r.valid_from, r.valid_to,
           r.successor_id, r.predecessor_id);
    RETURN NULL;
END;
$$;

DROP TRIGGER figure_change_update ON person;
CREATE TRIGGER figure_change_update AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_person_update();
DROP TRIGGER figure_change_update ON organization;
CREATE TRIGGER figure_change_update AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_organization_update();
