-- Vendor file, twin of the same version in db/migration/h2.
--
-- Mentors awarded and mentees admitted (statistics: MentorsAwardedFigures, MenteesAdmittedFigures) count the awards
-- and admissions under a subtree whose person mentored, or was mentored, anywhere: an assignment written in another
-- branch can change them. The journal therefore also records an assignment's change where its mentor's awards and
-- its mentee's admissions are whose status it can change (an award dated while the assignment ran, an admission
-- decided after it started), named 'mentoring_assignment:awards' and 'mentoring_assignment:admissions', so that the
-- kept review answers there go stale, and so that an assignment's change that touches no award nor admission does
-- not count those two figures anew (their sources name these, not the whole assignment table).
CREATE OR REPLACE FUNCTION figure_change_assignment_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    assignments text;
BEGIN
    FOREACH assignments IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows']
            ELSE ARRAY['old_rows', 'new_rows'] END LOOP
        EXECUTE 'INSERT INTO figure_change (org_path, source_table)'
            || ' SELECT w.org_path, $1 || '':awards'' FROM ' || assignments || ' r JOIN award_record w ON w.person_id = r.mentor_person_id'
            || ' AND w.decision_date >= r.start_date AND (r.end_date IS NULL OR w.decision_date <= r.end_date)'
            || ' UNION SELECT c.org_path, $1 || '':admissions'' FROM ' || assignments || ' r JOIN development_candidate c'
            || ' ON c.person_id = r.mentee_person_id AND c.decision_on >= r.start_date' USING TG_TABLE_NAME::text;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER figure_change_people_insert AFTER INSERT ON mentoring_assignment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_assignment_people();
CREATE TRIGGER figure_change_people_update AFTER UPDATE ON mentoring_assignment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_change_assignment_people();
CREATE TRIGGER figure_change_people_delete AFTER DELETE ON mentoring_assignment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION figure_change_assignment_people();
