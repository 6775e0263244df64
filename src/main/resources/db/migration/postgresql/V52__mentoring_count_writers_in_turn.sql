-- Vendor file, twin of the same version in db/migration/h2 (which changes nothing: H2 is the single-node embedded
-- database).
--
-- The mentoring counts (V46) are written by row triggers that may touch several count rows in one call: a change to an
-- assignment recounts its mentor's spells, which weigh on every organization where he mentors and on their common
-- ancestors, and an award recounts its person's awards. Two transactions writing in one battalion at the same time
-- took those rows in different orders and deadlocked (PostgresMentoringCountsConcurrencyTest: 71 of 240 writes of eight
-- clients failed with 40P01). Every statement that can change these counts now first takes one transaction-scoped
-- advisory lock, before any row lock, so the writers of mentoring counts take their turn instead of deadlocking: a
-- transaction holds it from its first such statement to its commit. Mentoring writes are few (sessions, assignments,
-- reviews: about one a second for the whole country), so the queue is short; a bulk import of assignments holds the
-- lock for its own duration. The statements covered are those that fire the V46 triggers (same tables, same UPDATE
-- columns) and any direct write of the count tables (moved subtrees' path copies, rebuilds).
CREATE FUNCTION mentoring_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- 0x4d454e544f52 ("MENTOR"): the lock's key, unique to the mentoring counts
    PERFORM pg_advisory_xact_lock(84960062230354);
    RETURN NULL;
END;
$$;

CREATE TRIGGER mentoring_count_lock_assignment BEFORE INSERT OR DELETE ON mentoring_assignment
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_assignment_update BEFORE UPDATE OF mentor_person_id, mentee_person_id, org_path,
    start_date, end_date ON mentoring_assignment FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_group BEFORE INSERT OR DELETE ON mentoring_group
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_group_update BEFORE UPDATE OF org_path, formed_on, ended_on ON mentoring_group
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_session BEFORE INSERT OR DELETE ON mentoring_session
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_session_update BEFORE UPDATE OF org_path, held_on ON mentoring_session
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_outcome BEFORE INSERT OR DELETE ON mentoring_outcome
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_outcome_update BEFORE UPDATE OF org_path, kind, occurred_on ON mentoring_outcome
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_review BEFORE INSERT OR DELETE ON mentoring_review
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_review_update BEFORE UPDATE OF org_path, review_period, rating ON mentoring_review
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_award BEFORE INSERT OR DELETE ON award_record
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_award_update BEFORE UPDATE OF person_id, organization_id, org_path, decision_date
    ON award_record FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON mentoring_count
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_review_count BEFORE INSERT OR UPDATE OR DELETE ON mentoring_review_count
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_mentor_event BEFORE INSERT OR UPDATE OR DELETE ON mentoring_mentor_event
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_award_roles BEFORE INSERT OR UPDATE OR DELETE ON mentoring_award
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
