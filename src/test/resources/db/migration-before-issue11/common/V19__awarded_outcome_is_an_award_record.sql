-- One source per fact (issue 12): a mentee's outcome "được khen thưởng" is an award in the award register. The
-- outcome keeps the id of the award record it stands for; one record backs at most one outcome.
ALTER TABLE mentoring_outcome ADD COLUMN award_record_id BIGINT REFERENCES award_record (id);
CREATE UNIQUE INDEX uk_mentoring_outcome_award ON mentoring_outcome (award_record_id);

-- Existing awarded outcomes: where the mentee has exactly one such outcome and the register already holds exactly one
-- award to him decided during that assignment, the outcome links to it.
UPDATE mentoring_outcome SET award_record_id = (
    SELECT MIN(a.id) FROM award_record a JOIN mentoring_assignment s ON s.id = mentoring_outcome.assignment_id
    WHERE a.person_id = mentoring_outcome.mentee_person_id AND a.decision_date >= s.start_date
      AND (s.end_date IS NULL OR a.decision_date <= s.end_date))
WHERE kind = 'AWARDED'
  AND (SELECT COUNT(*) FROM mentoring_outcome same WHERE same.kind = 'AWARDED'
       AND same.mentee_person_id = mentoring_outcome.mentee_person_id) = 1
  AND (SELECT COUNT(*) FROM award_record a JOIN mentoring_assignment s ON s.id = mentoring_outcome.assignment_id
       WHERE a.person_id = mentoring_outcome.mentee_person_id AND a.decision_date >= s.start_date
         AND (s.end_date IS NULL OR a.decision_date <= s.end_date)) = 1;

-- The others had no record in the register: each becomes one (a commendation at grassroots level, dated on the
-- outcome's day), its decision number marked as unknown with the outcome's id so that an officer can complete it.
INSERT INTO award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key, sort_key,
    award_form, issuing_level, decision_number, decision_date, issued_by, reason, campaign, campaign_key, created_by,
    created_at, updated_at)
SELECT 'PERSON', o.mentee_person_id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key,
    'COMMENDATION', 'GRASSROOTS', 'Chưa rõ số (KQDD-' || CAST(o.id AS VARCHAR(20)) || ')', o.occurred_on, NULL,
    'Được khen thưởng trong thời gian được dìu dắt (chuyển từ kết quả dìu dắt; cần bổ sung số quyết định)',
    'Dìu dắt quần chúng', 'diu dat quan chung', o.recorded_by,
    CAST(o.occurred_on AS TIMESTAMP WITH TIME ZONE), CAST(o.occurred_on AS TIMESTAMP WITH TIME ZONE)
FROM mentoring_outcome o JOIN person p ON p.id = o.mentee_person_id
WHERE o.kind = 'AWARDED' AND o.award_record_id IS NULL;

UPDATE mentoring_outcome SET award_record_id = (
    SELECT a.id FROM award_record a WHERE a.person_id = mentoring_outcome.mentee_person_id
      AND a.decision_number = 'Chưa rõ số (KQDD-' || CAST(mentoring_outcome.id AS VARCHAR(20)) || ')')
WHERE kind = 'AWARDED' AND award_record_id IS NULL;
