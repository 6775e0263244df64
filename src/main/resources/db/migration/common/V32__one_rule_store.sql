-- Issue 11: the five rule stores become one. Meeting rubrics, mentoring, party development and inspection rules
-- become kinds of rule document in the rulebook table, next to the emulation models and classification rules.
-- The table keeps its name and its ids, so programme, assessment and classification round references stay as they
-- are. Every revision of the four old tables is copied (owner, years, body, author, time), published, and in use
-- where a result was judged by it; the results are re-pointed to the copies, then the old tables go.
-- Portable SQL: the same file runs on H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE rulebook ALTER COLUMN subject_kind DROP NOT NULL;
ALTER TABLE rulebook ALTER COLUMN name_vi SET DATA TYPE VARCHAR(300);
ALTER TABLE rulebook ALTER COLUMN name_en SET DATA TYPE VARCHAR(300);
-- Meeting rubrics take effect on a day, not on the first of January: the day is kept beside the year.
ALTER TABLE rulebook ADD COLUMN valid_from DATE;
-- Codes are unique within a kind only (a meeting rubric and a mentoring rule set may share one).
ALTER TABLE rulebook DROP CONSTRAINT uk_rulebook_code_revision;
ALTER TABLE rulebook ADD CONSTRAINT uk_rulebook_kind_code_revision UNIQUE (kind, code, revision);
-- The id a copied row had in its old table, to re-point the results; dropped below.
ALTER TABLE rulebook ADD COLUMN moved_from_id BIGINT;

INSERT INTO rulebook (code, revision, kind, subject_kind, name_vi, name_en, description, year_from, year_to, owner_org_id,
    owner_path, based_on_id, status, in_use, definition, created_by, created_at, row_version, valid_from, moved_from_id)
SELECT r.code, r.revision, 'MEETING_RUBRIC', NULL, r.name_vi, r.name_en, NULL, CAST(EXTRACT(YEAR FROM r.valid_from) AS INT),
    NULL, NULL, NULL, NULL, 'PUBLISHED', EXISTS (SELECT 1 FROM meeting m WHERE m.rubric_id = r.id), r.definition,
    r.created_by, r.created_at, 0, r.valid_from, r.id
FROM meeting_rubric r;

INSERT INTO rulebook (code, revision, kind, subject_kind, name_vi, name_en, description, year_from, year_to, owner_org_id,
    owner_path, based_on_id, status, in_use, definition, created_by, created_at, row_version, valid_from, moved_from_id)
SELECT r.code, r.revision, 'MENTORING', NULL, r.name, r.name, NULL, r.year_from, r.year_to, r.owner_org_id, r.owner_path,
    NULL, 'PUBLISHED', FALSE, r.definition, r.created_by, r.created_at, 0, NULL, r.id
FROM mentoring_rulebook r;

INSERT INTO rulebook (code, revision, kind, subject_kind, name_vi, name_en, description, year_from, year_to, owner_org_id,
    owner_path, based_on_id, status, in_use, definition, created_by, created_at, row_version, valid_from, moved_from_id)
SELECT r.code, r.revision, 'DEVELOPMENT', NULL, r.name, r.name, NULL, r.year_from, r.year_to, r.owner_org_id, r.owner_path,
    NULL, 'PUBLISHED', FALSE, r.definition, r.created_by, r.created_at, 0, NULL, r.id
FROM development_rulebook r;

INSERT INTO rulebook (code, revision, kind, subject_kind, name_vi, name_en, description, year_from, year_to, owner_org_id,
    owner_path, based_on_id, status, in_use, definition, created_by, created_at, row_version, valid_from, moved_from_id)
SELECT r.code, r.revision, 'INSPECTION', NULL, r.name, r.name, NULL, r.year_from, r.year_to, r.owner_org_id,
    (SELECT o.path FROM organization o WHERE o.id = r.owner_org_id), NULL, 'PUBLISHED',
    EXISTS (SELECT 1 FROM inspection_finding f WHERE f.rule_set_id = r.id), r.definition, r.created_by, r.created_at, 0,
    NULL, r.id
FROM inspection_rule_set r;

-- The old tables go first (with the foreign keys that point at them), then the results follow their revision.
DROP TABLE meeting_rubric CASCADE;
DROP TABLE inspection_rule_set CASCADE;
DROP TABLE mentoring_rulebook;
DROP TABLE development_rulebook;

UPDATE meeting SET rubric_id = (SELECT d.id FROM rulebook d WHERE d.kind = 'MEETING_RUBRIC' AND d.moved_from_id = meeting.rubric_id)
WHERE rubric_id IS NOT NULL;
UPDATE inspection_finding SET rule_set_id = (SELECT d.id FROM rulebook d WHERE d.kind = 'INSPECTION'
    AND d.moved_from_id = inspection_finding.rule_set_id)
WHERE rule_set_id IS NOT NULL;

ALTER TABLE meeting ADD CONSTRAINT fk_meeting_rule_document FOREIGN KEY (rubric_id) REFERENCES rulebook (id);
ALTER TABLE inspection_finding ADD CONSTRAINT fk_finding_rule_document FOREIGN KEY (rule_set_id) REFERENCES rulebook (id);
ALTER TABLE rulebook DROP COLUMN moved_from_id;
