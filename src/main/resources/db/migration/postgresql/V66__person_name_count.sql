-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by PL/pgSQL triggers here, by a Java
-- row trigger (vn.chibo.people.internal.PersonNameCountTrigger) in H2.
--
-- People per name under each root of the tree, by party status (issue 14). A search of a whole root's people
-- ("nguyen van minh" by the root's officer) matched its words in the person rows through V28's trigram index: at the
-- national scale 12.9 million names, where the three words' seven trigrams each stand in millions of them, so the
-- index scan alone took 270-380 ms to find and count the 20,116 people. Names repeat: the same rows are 25,139 names
-- here, and even a country's real variety (measured with 1.8 million distinct names) is a table that the same trigram
-- index reads in about 60 ms. The search matches the names here, sums their people for its exact total, and reads from
-- person only the rows of the few names its page shows (PersonNameSearch).
--
-- A name is its sort key (the order of the lists) and its search key (what a search matches), both computed from the
-- full name; the root is the first organization of the person's path (path_child_id, V62). One row per root and name,
-- with a column per party status: a person's status step adds and subtracts in his name's own row (an update that
-- touches no index), where a row per status would often create one, with its trigram entries. Kept in the writer's
-- transaction and in the people's turn (V56's advisory lock, taken by every statement on person). Rows that fall to
-- zero stay. Bulk loads that switch triggers off (replica mode) must rebuild the table.
CREATE TABLE person_name_count (
    root_id      BIGINT        NOT NULL,
    sort_key     VARCHAR(1200) COLLATE "C" NOT NULL,
    search_key   VARCHAR(255)  COLLATE "C" NOT NULL,
    mass         BIGINT        NOT NULL DEFAULT 0,
    sympathiser  BIGINT        NOT NULL DEFAULT 0,
    probationary BIGINT        NOT NULL DEFAULT 0,
    official     BIGINT        NOT NULL DEFAULT 0,
    struck_off   BIGINT        NOT NULL DEFAULT 0,
    deceased     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (root_id, sort_key, search_key)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that count updates stay HOT (the counts are in no index)

-- inserted and deleted people: grouped per statement (an import's COPY is one write per name)
CREATE FUNCTION person_name_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO person_name_count AS c (root_id, sort_key, search_key, mass, sympathiser, probationary, official,
                                            struck_off, deceased)
            SELECT path_child_id(n.org_path, 2), n.sort_key, n.search_key,
                   count(*) FILTER (WHERE n.party_status = 'MASS'), count(*) FILTER (WHERE n.party_status = 'SYMPATHISER'),
                   count(*) FILTER (WHERE n.party_status = 'PROBATIONARY'), count(*) FILTER (WHERE n.party_status = 'OFFICIAL'),
                   count(*) FILTER (WHERE n.party_status = 'STRUCK_OFF'), count(*) FILTER (WHERE n.party_status = 'DECEASED')
            FROM new_rows n GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (root_id, sort_key, search_key) DO UPDATE SET
                mass = c.mass + excluded.mass, sympathiser = c.sympathiser + excluded.sympathiser,
                probationary = c.probationary + excluded.probationary, official = c.official + excluded.official,
                struck_off = c.struck_off + excluded.struck_off, deceased = c.deceased + excluded.deceased;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO person_name_count AS c (root_id, sort_key, search_key, mass, sympathiser, probationary, official,
                                            struck_off, deceased)
            SELECT path_child_id(o.org_path, 2), o.sort_key, o.search_key,
                   -count(*) FILTER (WHERE o.party_status = 'MASS'), -count(*) FILTER (WHERE o.party_status = 'SYMPATHISER'),
                   -count(*) FILTER (WHERE o.party_status = 'PROBATIONARY'), -count(*) FILTER (WHERE o.party_status = 'OFFICIAL'),
                   -count(*) FILTER (WHERE o.party_status = 'STRUCK_OFF'), -count(*) FILTER (WHERE o.party_status = 'DECEASED')
            FROM old_rows o GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (root_id, sort_key, search_key) DO UPDATE SET
                mass = c.mass + excluded.mass, sympathiser = c.sympathiser + excluded.sympathiser,
                probationary = c.probationary + excluded.probationary, official = c.official + excluded.official,
                struck_off = c.struck_off + excluded.struck_off, deceased = c.deceased + excluded.deceased;
    END IF;
    RETURN NULL;
END;
$$;

-- an updated person: by row, and only when his name, status or root changed (the trigger's WHEN), so that the many
-- person updates that change none of them (a JPA update sets every column; a moved subtree's path rewrite under the
-- same root) cost nothing here. A status step moves him between two columns of his name's row, in place; a new name
-- or root counts one less in the old name's row and one more in the new one's.
CREATE FUNCTION person_name_count_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (path_child_id(OLD.org_path, 2), OLD.sort_key, OLD.search_key)
            = (path_child_id(NEW.org_path, 2), NEW.sort_key, NEW.search_key) THEN
        UPDATE person_name_count SET
                mass = mass - (OLD.party_status = 'MASS')::int + (NEW.party_status = 'MASS')::int,
                sympathiser = sympathiser - (OLD.party_status = 'SYMPATHISER')::int + (NEW.party_status = 'SYMPATHISER')::int,
                probationary = probationary - (OLD.party_status = 'PROBATIONARY')::int + (NEW.party_status = 'PROBATIONARY')::int,
                official = official - (OLD.party_status = 'OFFICIAL')::int + (NEW.party_status = 'OFFICIAL')::int,
                struck_off = struck_off - (OLD.party_status = 'STRUCK_OFF')::int + (NEW.party_status = 'STRUCK_OFF')::int,
                deceased = deceased - (OLD.party_status = 'DECEASED')::int + (NEW.party_status = 'DECEASED')::int
            WHERE root_id = path_child_id(NEW.org_path, 2) AND sort_key = NEW.sort_key AND search_key = NEW.search_key;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO person_name_count AS c (root_id, sort_key, search_key, mass, sympathiser, probationary, official,
                                            struck_off, deceased)
        VALUES (path_child_id(OLD.org_path, 2), OLD.sort_key, OLD.search_key,
                -(OLD.party_status = 'MASS')::int, -(OLD.party_status = 'SYMPATHISER')::int, -(OLD.party_status = 'PROBATIONARY')::int,
                -(OLD.party_status = 'OFFICIAL')::int, -(OLD.party_status = 'STRUCK_OFF')::int, -(OLD.party_status = 'DECEASED')::int)
        ON CONFLICT (root_id, sort_key, search_key) DO UPDATE SET
                mass = c.mass + excluded.mass, sympathiser = c.sympathiser + excluded.sympathiser,
                probationary = c.probationary + excluded.probationary, official = c.official + excluded.official,
                struck_off = c.struck_off + excluded.struck_off, deceased = c.deceased + excluded.deceased;
    INSERT INTO person_name_count AS c (root_id, sort_key, search_key, mass, sympathiser, probationary, official,
                                            struck_off, deceased)
        VALUES (path_child_id(NEW.org_path, 2), NEW.sort_key, NEW.search_key,
                (NEW.party_status = 'MASS')::int, (NEW.party_status = 'SYMPATHISER')::int, (NEW.party_status = 'PROBATIONARY')::int,
                (NEW.party_status = 'OFFICIAL')::int, (NEW.party_status = 'STRUCK_OFF')::int, (NEW.party_status = 'DECEASED')::int)
        ON CONFLICT (root_id, sort_key, search_key) DO UPDATE SET
                mass = c.mass + excluded.mass, sympathiser = c.sympathiser + excluded.sympathiser,
                probationary = c.probationary + excluded.probationary, official = c.official + excluded.official,
                struck_off = c.struck_off + excluded.struck_off, deceased = c.deceased + excluded.deceased;
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_name_count_insert AFTER INSERT ON person
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_count_keep();
CREATE TRIGGER person_name_count_update AFTER UPDATE OF org_path, sort_key, search_key, party_status ON person
    FOR EACH ROW WHEN ((path_child_id(OLD.org_path, 2), OLD.sort_key, OLD.search_key, OLD.party_status)
        IS DISTINCT FROM (path_child_id(NEW.org_path, 2), NEW.sort_key, NEW.search_key, NEW.party_status))
    EXECUTE FUNCTION person_name_count_rename();
CREATE TRIGGER person_name_count_delete AFTER DELETE ON person
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_count_keep();
-- the table's own writes (a rebuild) take the people's turn too (V56); those of the triggers above come from a
-- statement on person, which has taken it already
CREATE TRIGGER people_count_lock_name BEFORE INSERT OR UPDATE OR DELETE ON person_name_count
    FOR EACH STATEMENT WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION people_count_lock();

-- first counted from the person rows (one pass; about 45 s for the 12.9 million people of the national benchmark)
INSERT INTO person_name_count (root_id, sort_key, search_key, mass, sympathiser, probationary, official, struck_off, deceased)
SELECT path_child_id(p.org_path, 2), p.sort_key, p.search_key,
       count(*) FILTER (WHERE p.party_status = 'MASS'), count(*) FILTER (WHERE p.party_status = 'SYMPATHISER'),
       count(*) FILTER (WHERE p.party_status = 'PROBATIONARY'), count(*) FILTER (WHERE p.party_status = 'OFFICIAL'),
       count(*) FILTER (WHERE p.party_status = 'STRUCK_OFF'), count(*) FILTER (WHERE p.party_status = 'DECEASED')
FROM person p GROUP BY 1, 2, 3;

-- the names' trigram index, built once they are counted
CREATE INDEX ix_person_name_count_search_trgm ON person_name_count USING gin (search_key gin_trgm_ops);
