-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no transition tables, so the counts are kept by a Java row trigger, vn.chibo.classification.internal.GroupCountTrigger.
CREATE TABLE classification_group_count (
    round_id          BIGINT       NOT NULL,
    quota_group       VARCHAR(80)  NOT NULL,
    subject_kind      VARCHAR(12)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    grade             VARCHAR(20)  NOT NULL,
    stray_org_id      BIGINT       NOT NULL,
    deciding_org_id   BIGINT       NOT NULL,
    deciding_org_path VARCHAR(400) NOT NULL,
    stray_org_path    VARCHAR(400),
    entries           BIGINT       NOT NULL,
    PRIMARY KEY (round_id, quota_group, subject_kind, status, grade, stray_org_id)
);
CREATE INDEX ix_classification_group_count_deciding ON classification_group_count (round_id, deciding_org_path, quota_group);
CREATE INDEX ix_classification_group_count_stray ON classification_group_count (round_id, stray_org_path);

CREATE TRIGGER classification_group_count AFTER INSERT, UPDATE, DELETE ON classification_entry FOR EACH ROW
    CALL 'vn.chibo.classification.internal.GroupCountTrigger';

INSERT INTO classification_group_count (round_id, quota_group, subject_kind, status, grade, stray_org_id,
                                        deciding_org_id, deciding_org_path, stray_org_path, entries)
SELECT round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),
       CASE WHEN LEFT(org_path, LENGTH(deciding_org_path)) = deciding_org_path THEN 0 ELSE organization_id END,
       min(deciding_org_id), min(deciding_org_path),
       min(CASE WHEN LEFT(org_path, LENGTH(deciding_org_path)) = deciding_org_path THEN NULL ELSE org_path END), count(*)
FROM classification_entry
GROUP BY round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),
         CASE WHEN LEFT(org_path, LENGTH(deciding_org_path)) = deciding_org_path THEN 0 ELSE organization_id END;
