-- Vendor file, twin of the same version in db/migration/h2 (which changes nothing: H2 is the single-node embedded
-- database).
--
-- The kept counts of V43 (classification groups), V45 and V49 (review marks, registration and self-review counts), V47
-- (the meetings' monthly rollup) and V48 (development reach) are written in the writer's transaction, and a count row
-- stays locked until that transaction ends. Eight clients writing in one battalion at the same time, each transaction
-- touching two count rows (two months, two cells, a decision and a reopening) in an order of its own, deadlocked
-- (40P01) although every trigger writes the rows of one statement in key order: a transaction's second statement comes
-- after its first, whatever the keys. Failed transactions out of 240 (Postgres*ConcurrencyTest, 8 clients x 30, two
-- runs): meetings 43 and 44, classification 127 and 143, development reach 8 and 26. The development reach (25 rows
-- wrong) and the registration counts (no failure, 11 rows wrong) also miscounted: two clients entering the first review
-- rows of one registration and month, or steps of one candidate and stage, each looked for the other's rows before
-- either had committed.
--
-- As V52 does for the mentoring counts: every statement that can change one of these counts first takes a
-- transaction-scoped advisory lock of its kind, before any row lock, so that the writers of one kind take their turn
-- from their first such statement to their commit instead of deadlocking, and a trigger's look at the other rows of a
-- registration or candidate (a new snapshot per query in READ COMMITTED) sees what the writer before it committed.
-- After: no failure, every count equal to the rows, in all four tests.
-- One key per kind, not one for all: a meeting written does not wait for a classification decided. A narrower key (per
-- unit, per round, per organization) would not be deadlock-free: a BEFORE STATEMENT trigger does not know the rows it
-- will write, a row trigger runs after its row is locked, and two transactions taking two such keys in opposite orders
-- deadlock on the advisory locks instead. Deadlock-free as long as (1) no transaction takes two kinds' locks in
-- opposite orders from another's: the application's writers write one kind each, and a moved subtree
-- (organization.internal.PathCopies) rewrites every kind's path copies in one fixed order; and (2) no transaction
-- locks a counted row before it takes its kind's lock: MeetingStore.lock, the only SELECT … FOR UPDATE of one, takes
-- the meetings' key first (without it, 22 of 240 transactions deadlocked once live entries and rescoring batches
-- shared meetings). The statements covered are every write of the counted tables and of the count tables themselves
-- (path copies rewritten, rebuilds); every update of a meeting or a self-review row takes the lock (their statement
-- triggers run on every update), the other tables only the updates of the columns their triggers follow.
-- The price: writers of one kind no longer run side by side even where they shared no row; eight clients each
-- rescoring a meeting of its own unit (800 one-statement transactions, embedded PostgreSQL, 2 shared cores, alternately
-- with and without this lock) showed no measurable difference (515–895 ms in turn, 574–1,022 ms side by side).

-- 0x4d454554494e47 ("MEETING"): the meetings' monthly rollup (V47)
CREATE FUNCTION meeting_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(21749737275870791);
    RETURN NULL;
END;
$$;
CREATE TRIGGER meeting_count_lock BEFORE INSERT OR UPDATE OR DELETE ON meeting
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_count_lock();
CREATE TRIGGER meeting_count_lock_roll BEFORE INSERT OR UPDATE OR DELETE ON meeting_month_roll
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_count_lock();

-- 0x434c4153534946 ("CLASSIF"): the classification group counts (V43)
CREATE FUNCTION classification_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(18942666894166342);
    RETURN NULL;
END;
$$;
CREATE TRIGGER classification_count_lock BEFORE INSERT OR UPDATE OR DELETE ON classification_entry
    FOR EACH STATEMENT EXECUTE FUNCTION classification_count_lock();
CREATE TRIGGER classification_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON classification_group_count
    FOR EACH STATEMENT EXECUTE FUNCTION classification_count_lock();

-- 0x444556454c4f50 ("DEVELOP"): the development reach counts (V48)
CREATE FUNCTION development_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(19216535248457552);
    RETURN NULL;
END;
$$;
CREATE TRIGGER development_count_lock_event BEFORE INSERT OR DELETE ON development_event
    FOR EACH STATEMENT EXECUTE FUNCTION development_count_lock();
CREATE TRIGGER development_count_lock_event_update BEFORE UPDATE OF candidate_id, stage, occurred_on ON development_event
    FOR EACH STATEMENT EXECUTE FUNCTION development_count_lock();
CREATE TRIGGER development_count_lock_candidate_update BEFORE UPDATE OF organization_id, org_path ON development_candidate
    FOR EACH STATEMENT EXECUTE FUNCTION development_count_lock();
CREATE TRIGGER development_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON development_reach_count
    FOR EACH STATEMENT EXECUTE FUNCTION development_count_lock();

-- 0x52454749535452 ("REGISTR"): the registration, self-review and review mark counts (V45, V49)
CREATE FUNCTION registration_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(23157120565466194);
    RETURN NULL;
END;
$$;
CREATE TRIGGER registration_count_lock BEFORE INSERT OR DELETE ON registration
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_update BEFORE UPDATE OF programme_id, organization_id, org_path ON registration
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_assessment BEFORE INSERT OR DELETE ON assessment
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_assessment_update BEFORE UPDATE OF registration_id, status, decided_recognised
    ON assessment FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_self_review BEFORE INSERT OR UPDATE OR DELETE ON self_review
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON registration_count
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_self_review_count BEFORE INSERT OR UPDATE OR DELETE ON self_review_count
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
CREATE TRIGGER registration_count_lock_review BEFORE INSERT OR UPDATE OR DELETE ON registration_review
    FOR EACH STATEMENT EXECUTE FUNCTION registration_count_lock();
