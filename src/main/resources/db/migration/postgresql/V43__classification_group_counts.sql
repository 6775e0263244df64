-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL statement trigger with
-- transition tables here, by a Java row trigger (vn.chibo.classification.internal.GroupCountTrigger) in H2.
--
-- Số đếm theo nhóm xếp loại (issue 14): a classification round's entries counted per quota group, subject kind,
-- status and decided grade, kept in the writer's own transaction whatever the write path (forms, API, round
-- creation, imports of past years, demo, plain SQL), so that the round page and the start page add up some thousand
-- group rows instead of counting millions of entries. Never a count per ancestor: a subtree's figures are summed over
-- the groups whose deciding organization lies in it (ClassificationCounts says how the rest is found).
-- An entry whose subject is not under its deciding organization (a subtree moved away after the round was opened) is
-- a "stray": it is counted on a row of its own that carries its organization (stray_org_id, stray_org_path), so that a
-- subtree's figures still find it. Rows that fall to zero stay; readers add them up.
CREATE TABLE classification_group_count (
    round_id          BIGINT       NOT NULL,
    quota_group       VARCHAR(80)  NOT NULL,
    subject_kind      VARCHAR(12)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    grade             VARCHAR(20)  NOT NULL,
    stray_org_id      BIGINT       NOT NULL,
    deciding_org_id   BIGINT       NOT NULL,
    deciding_org_path VARCHAR(400) COLLATE "C" NOT NULL,
    stray_org_path    VARCHAR(400) COLLATE "C",
    entries           BIGINT       NOT NULL,
    PRIMARY KEY (round_id, quota_group, subject_kind, status, grade, stray_org_id)
);
CREATE INDEX ix_classification_group_count_deciding ON classification_group_count (round_id, deciding_org_path, quota_group)
    INCLUDE (deciding_org_id, subject_kind, status, grade, stray_org_id, entries);
CREATE INDEX ix_classification_group_count_stray ON classification_group_count (round_id, stray_org_path);

CREATE FUNCTION classification_group_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO classification_group_count AS c (round_id, quota_group, subject_kind, status, grade, stray_org_id,
                                                    deciding_org_id, deciding_org_path, stray_org_path, entries)
        SELECT round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),
               CASE WHEN starts_with(org_path, deciding_org_path) THEN 0 ELSE organization_id END,
               min(deciding_org_id), min(deciding_org_path),
               min(CASE WHEN starts_with(org_path, deciding_org_path) THEN NULL ELSE org_path END), -count(*)
        FROM old_rows
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (round_id, quota_group, subject_kind, status, grade, stray_org_id)
            DO UPDATE SET entries = c.entries + excluded.entries;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO classification_group_count AS c (round_id, quota_group, subject_kind, status, grade, stray_org_id,
                                                    deciding_org_id, deciding_org_path, stray_org_path, entries)
        SELECT round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),
               CASE WHEN starts_with(org_path, deciding_org_path) THEN 0 ELSE organization_id END,
               min(deciding_org_id), min(deciding_org_path),
               min(CASE WHEN starts_with(org_path, deciding_org_path) THEN NULL ELSE org_path END), count(*)
        FROM new_rows
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (round_id, quota_group, subject_kind, status, grade, stray_org_id)
            DO UPDATE SET entries = c.entries + excluded.entries, deciding_org_id = excluded.deciding_org_id,
                          deciding_org_path = excluded.deciding_org_path, stray_org_path = excluded.stray_org_path;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER classification_group_count_insert AFTER INSERT ON classification_entry
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION classification_group_count_keep();
CREATE TRIGGER classification_group_count_update AFTER UPDATE ON classification_entry
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION classification_group_count_keep();
CREATE TRIGGER classification_group_count_delete AFTER DELETE ON classification_entry
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION classification_group_count_keep();

INSERT INTO classification_group_count (round_id, quota_group, subject_kind, status, grade, stray_org_id,
                                        deciding_org_id, deciding_org_path, stray_org_path, entries)
SELECT round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),
       CASE WHEN starts_with(org_path, deciding_org_path) THEN 0 ELSE organization_id END,
       min(deciding_org_id), min(deciding_org_path),
       min(CASE WHEN starts_with(org_path, deciding_org_path) THEN NULL ELSE org_path END), count(*)
FROM classification_entry
GROUP BY 1, 2, 3, 4, 5, 6;
