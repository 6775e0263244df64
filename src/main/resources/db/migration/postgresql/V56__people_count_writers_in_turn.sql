-- Vendor file, twin of the same version in db/migration/h2 (which changes nothing: H2 is the single-node embedded
-- database).
--
-- The people counts of V42 (person_status_count, one row per organization and party status) are written by a row
-- trigger in the writer's transaction, and a count row stays locked until that transaction ends. The trigger locks the
-- two rows of one person's move in key order, but a transaction of several person writes is exposed as V53's kinds
-- were: its second statement comes after its first, whatever the keys. Eight clients writing the people of one
-- battalion at the same time (PostgresPeopleCountsConcurrencyTest, 8 x 30 transactions, each two to four person writes
-- in separate statements: moves between the cells, status steps, entries, deletions) had 69 of 240 transactions fail
-- with 40P01 (the counts stayed equal to the rows).
--
-- As V52 and V53 do for the other kinds: every statement that can change the people counts first takes a
-- transaction-scoped advisory lock of the people's own, before any row lock, so that the people-count writers take
-- their turn from their first such statement to their commit instead of deadlocking. After: no failure, every count
-- equal to the rows. The statements covered are every insert, update and delete of person (not only the updates of
-- organization_id, org_path and party_status that the counts follow: the application writes a person through JPA,
-- which sets every column anyway, and a person row updated before the turn is a row that a writer holding the turn
-- could wait for) and every write of person_status_count itself (path copies rewritten, rebuilds). COPY into person
-- (an import's bulk path) fires the statement trigger too.
-- The key follows V53's scheme (the ASCII of a word of up to seven letters read as a number, distinct from the other
-- kinds'): 0x504552534f4e53 ("PERSONS"). One key for all people, not one per subtree: a BEFORE STATEMENT trigger does not
-- know the rows it will write, a row trigger runs after its row is locked, and a transaction that moves a person from
-- one subtree to another (or writes two subtrees one after the other) would take two such keys in an order of its own,
-- so that two of them deadlock on the advisory locks instead. Deadlock-free under V53's two conditions. (1) No two
-- transactions take two kinds' locks in opposite orders. The one order is a moved subtree's
-- (organization.internal.PathCopies, tables by name): mentoring (award_record), classification, development, meetings,
-- people, registrations, listed with the keys in shared.jdbc.WritersTurns. The writers of people and another kind were
-- out of it (seen in pg_locks by holding each key in turn from another connection, PostgresWritersTurnsOrderTest): a
-- development step that lists a sympathiser took development, people, then mentoring (its outcome), and a mentoring
-- review that lists one took mentoring, people, then development (the pipeline's timeline); both now take the three
-- through WritersTurns before their first write. (The development and mentoring halves of that were already opposite
-- to each other and to a moved subtree since V52 and V53.) (2) No transaction locks a person row before it takes the
-- turn: every update of person takes it, and the application has no SELECT ... FOR UPDATE of person. Organization rows
-- are locked (FOR SHARE) by a person writer before its write and (FOR UPDATE) by a tree change before it rewrites the
-- people's paths; an import commit that writes people, then locks the organizations of its next rows, can still
-- deadlock with a tree change of those organizations, as it could before wherever the two shared a count row.
-- The price, measured with the same runner (PostgresPeopleCountsConcurrencyTest, eight clients each writing the people
-- of a unit of its own, so that no two share a count row, alternately with this lock trigger disabled and enabled):
-- see docs/benchmarks.md, "People counts under concurrent writers (V56)".

-- 0x504552534f4e53 ("PERSONS"): the people counts (V42)
CREATE FUNCTION people_count_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(22594218024193619);
    RETURN NULL;
END;
$$;
CREATE TRIGGER people_count_lock BEFORE INSERT OR UPDATE OR DELETE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION people_count_lock();
CREATE TRIGGER people_count_lock_count BEFORE INSERT OR UPDATE OR DELETE ON person_status_count
    FOR EACH STATEMENT EXECUTE FUNCTION people_count_lock();
