-- Vendor file, twin of the same version in db/migration/h2.
--
-- The figure change journal names the table each change was made in, and a kept review answer the number of changes
-- per table under its subtree and which figure keys each source gave, so that a stale answer is brought up to date by
-- counting anew only the figure sources that read a changed table (statistics.internal.ReviewAssembler#update); the
-- others' figures are taken from the kept answer. Journal rows of before this version name no table: an answer kept
-- before it counts every source anew once.
ALTER TABLE figure_change ADD COLUMN source_table VARCHAR(64) COLLATE "C";
CREATE INDEX ix_figure_change_path_table ON figure_change (org_path, source_table);
DROP INDEX ix_figure_change_path;

ALTER TABLE review_answer ADD COLUMN table_counts TEXT;
ALTER TABLE review_answer ADD COLUMN source_keys TEXT;

CREATE OR REPLACE FUNCTION figure_change_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    expression text;
BEGIN
    FOREACH expression IN ARRAY TG_ARGV LOOP
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            EXECUTE 'INSERT INTO figure_change (org_path, source_table) SELECT DISTINCT coalesce(' || expression
                || ', ''/''), $1 FROM new_rows r' USING TG_TABLE_NAME::text;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE 'INSERT INTO figure_change (org_path, source_table) SELECT DISTINCT coalesce(' || expression
                || ', ''/''), $1 FROM old_rows r' USING TG_TABLE_NAME::text;
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;
