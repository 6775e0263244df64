-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL statement trigger with
-- transition tables here, by a Java row trigger (vn.chibo.people.internal.PersonNameCountTrigger) in H2.
--
-- People per name and party status under each root of the tree (issue 14). A search of a whole root's people
-- ("nguyen van minh" by the root's officer) matched its words in the person rows through V28's trigram index: at the
-- national scale 12.9 million names, where the three words' seven trigrams each stand in millions of them, so the
-- index scan alone took 270-380 ms to find and count the 20,116 people. Names repeat: the same rows are 25,139 names
-- here, and even a country's real variety (measured with 1.8 million distinct names) is a table that the same trigram
-- index reads in about 60 ms. The search matches the names here, sums their people for its exact total, and reads from
-- person only the rows of the few names its page shows (PersonNameSearch).
--
-- A name is its sort key (the order of the lists) and its search key (what a search matches), both computed from the
-- full name; the root is the first organization of the person's path (path_child_id, V62). Kept in the writer's
-- transaction and in the people's turn (V56's advisory lock, taken by every statement on person). Rows that fall to
-- zero stay. Bulk loads that switch triggers off (replica mode) must rebuild the table.
CREATE TABLE person_name_count (
    root_id      BIGINT        NOT NULL,
    sort_key     VARCHAR(1200) COLLATE "C" NOT NULL,
    search_key   VARCHAR(255)  COLLATE "C" NOT NULL,
    party_status VARCHAR(20)   NOT NULL,
    people       BIGINT        NOT NULL,
    PRIMARY KEY (root_id, sort_key, search_key, party_status)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that count updates stay HOT (people is in no index)

CREATE INDEX ix_person_name_count_search_trgm ON person_name_count USING gin (search_key gin_trgm_ops);

-- inserted and deleted people: grouped per statement (an import's COPY is one write per name)
CREATE FUNCTION person_name_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO person_name_count AS c (root_id, sort_key, search_key, party_status, people)
            SELECT path_child_id(n.org_path, 2), n.sort_key, n.search_key, n.party_status, count(*) FROM new_rows n
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            ON CONFLICT (root_id, sort_key, search_key, party_status) DO UPDATE SET people = c.people + excluded.people;
    ELSE
        INSERT INTO person_name_count AS c (root_id, sort_key, search_key, party_status, people)
            SELECT path_child_id(o.org_path, 2), o.sort_key, o.search_key, o.party_status, -count(*) FROM old_rows o
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            ON CONFLICT (root_id, sort_key, search_key, party_status) DO UPDATE SET people = c.people + excluded.people;
    END IF;
    RETURN NULL;
END;
$$;

-- an updated person: by row, and only when his name, status or root changed (the trigger's WHEN). Most person updates
-- (a JPA update sets every column; a moved subtree's path rewrite under the same root) change none of them and then
-- cost nothing here, where a statement trigger would join the statement's old and new rows every time: that cost
-- 0.56-0.85x of the bare update throughput (docs/benchmarks.md).
CREATE FUNCTION person_name_count_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO person_name_count AS c (root_id, sort_key, search_key, party_status, people)
        VALUES (path_child_id(OLD.org_path, 2), OLD.sort_key, OLD.search_key, OLD.party_status, -1),
               (path_child_id(NEW.org_path, 2), NEW.sort_key, NEW.search_key, NEW.party_status, 1)
        ON CONFLICT (root_id, sort_key, search_key, party_status) DO UPDATE SET people = c.people + excluded.people;
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
-- the table's own writes (a rebuild) take the people's turn too (V56)
CREATE TRIGGER people_count_lock_name BEFORE INSERT OR UPDATE OR DELETE ON person_name_count
    FOR EACH STATEMENT EXECUTE FUNCTION people_count_lock();

-- first counted from the person rows (one pass; 30 s for the 12.9 million people of the national benchmark)
INSERT INTO person_name_count (root_id, sort_key, search_key, party_status, people)
SELECT path_child_id(org_path, 2), sort_key, search_key, party_status, count(*) FROM person GROUP BY 1, 2, 3, 4;
