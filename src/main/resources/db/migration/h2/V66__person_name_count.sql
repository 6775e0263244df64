-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no transition
-- tables and no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger,
-- vn.chibo.people.internal.PersonNameCountTrigger; H2 has no trigram index either, and its searches read the names
-- table the same way.
CREATE TABLE person_name_count (
    root_id      BIGINT        NOT NULL,
    sort_key     VARCHAR(1200) NOT NULL,
    search_key   VARCHAR(255)  NOT NULL,
    mass         BIGINT        DEFAULT 0 NOT NULL,
    sympathiser  BIGINT        DEFAULT 0 NOT NULL,
    probationary BIGINT        DEFAULT 0 NOT NULL,
    official     BIGINT        DEFAULT 0 NOT NULL,
    struck_off   BIGINT        DEFAULT 0 NOT NULL,
    deceased     BIGINT        DEFAULT 0 NOT NULL,
    PRIMARY KEY (root_id, sort_key, search_key)
);

-- first counted from the person rows
INSERT INTO person_name_count (root_id, sort_key, search_key, mass, sympathiser, probationary, official, struck_off, deceased)
SELECT path_child_id(org_path, 2), sort_key, search_key,
       count(*) FILTER (WHERE party_status = 'MASS'), count(*) FILTER (WHERE party_status = 'SYMPATHISER'),
       count(*) FILTER (WHERE party_status = 'PROBATIONARY'), count(*) FILTER (WHERE party_status = 'OFFICIAL'),
       count(*) FILTER (WHERE party_status = 'STRUCK_OFF'), count(*) FILTER (WHERE party_status = 'DECEASED')
FROM person GROUP BY path_child_id(org_path, 2), sort_key, search_key;

CREATE TRIGGER person_name_count_person AFTER INSERT, UPDATE, DELETE ON person FOR EACH ROW
    CALL 'vn.chibo.people.internal.PersonNameCountTrigger';
