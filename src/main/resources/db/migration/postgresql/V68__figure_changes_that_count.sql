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
-- TG_ARGV[0]: the watched columns, comma-separated; the others: the path expressions over a row "r", as V35's.
CREATE FUNCTION figure_change_journal_watched() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_columns text;
    new_columns text;
    i int;
BEGIN
    SELECT string_agg('o.' || trim(c), ', '), string_agg('r.' || trim(c), ', ')
        INTO old_columns, new_columns FROM unnest(string_to_array(TG_ARGV[0], ',')) c;
    FOR i IN 1 .. array_upper(TG_ARGV, 1) LOOP
        -- the rows as they are now (r) whose watched columns changed, then the rows as they were (r, their new row o)
        EXECUTE 'INSERT INTO figure_change (org_path, source_table) SELECT DISTINCT coalesce(' || TG_ARGV[i] || ', ''/''), $1'
            || ' FROM new_rows r JOIN old_rows o ON o.id = r.id WHERE (' || old_columns || ') IS DISTINCT FROM ('
            || new_columns || ')' USING TG_TABLE_NAME::text;
        EXECUTE 'INSERT INTO figure_change (org_path, source_table) SELECT DISTINCT coalesce(' || TG_ARGV[i] || ', ''/''), $1'
            || ' FROM old_rows r JOIN new_rows o ON o.id = r.id WHERE (' || old_columns || ') IS DISTINCT FROM ('
            || new_columns || ')' USING TG_TABLE_NAME::text;
    END LOOP;
    RETURN NULL;
END;
$$;

DROP TRIGGER figure_change_update ON person;
CREATE TRIGGER figure_change_update AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_journal_watched(
        'org_path, party_status, sympathiser_since, admitted_on, official_since, left_on', 'r.org_path');
DROP TRIGGER figure_change_update ON organization;
CREATE TRIGGER figure_change_update AFTER UPDATE ON organization REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_journal_watched(
        'parent_id, path, depth, type, category, status, valid_from, valid_to, successor_id, predecessor_id', 'r.path');
