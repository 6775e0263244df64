-- One source per fact (issue 12): an award to a mentor is an award in the register, never a date on the mentor's
-- registration. Any date recorded there without a matching record in the register becomes one (a commendation at
-- grassroots level, on that day, its decision number marked unknown so that an officer can complete it), then the
-- mentor's own award columns go.
INSERT INTO award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key, sort_key,
    award_form, issuing_level, decision_number, decision_date, issued_by, reason, campaign, campaign_key, created_by,
    created_at, updated_at)
SELECT 'PERSON', m.person_id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key,
    'COMMENDATION', 'GRASSROOTS', 'Chưa rõ số (NDD-' || CAST(m.id AS VARCHAR(20)) || ')', m.awarded_on, NULL,
    COALESCE(m.award_note, 'Được khen thưởng khi làm người dìu dắt (chuyển từ sổ người dìu dắt; cần bổ sung số quyết định)'),
    'Dìu dắt quần chúng', 'diu dat quan chung', 'migration',
    CAST(m.awarded_on AS TIMESTAMP WITH TIME ZONE), CAST(m.awarded_on AS TIMESTAMP WITH TIME ZONE)
FROM mentor m JOIN person p ON p.id = m.person_id
WHERE m.awarded_on IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM award_record a WHERE a.person_id = m.person_id AND a.decision_date = m.awarded_on);

ALTER TABLE mentor DROP COLUMN awarded_on;
ALTER TABLE mentor DROP COLUMN award_note;
