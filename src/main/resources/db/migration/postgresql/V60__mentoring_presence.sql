-- Vendor file, twin of the same version in db/migration/h2 (a Java row trigger there,
-- vn.chibo.mentoring.internal.MentoringPresenceTrigger, and the same weights computed in Java, PresenceRanges).
--
-- The review's mentoring figures of whole years (issue 12): the distinct people with an assignment overlapping a range
-- of years in a subtree (mentors, mentees), and the assignments and groups overlapping it, counted without reading the
-- rows. For each person and each range of one to five whole years, S is the set of organizations of his assignments
-- overlapping the range; each organization of S weighs +1 and the common ancestor of two organizations next to each
-- other in path order weighs -1, so that the weights inside any subtree add up to 1 when he has an assignment there and
-- to 0 otherwise (V46 does the same per day for the board's running mentors). An assignment or a group counted as a row
-- (counted: ASSIGNMENT, GROUP) weighs +1 at its organization in every range it overlaps. mentoring_presence holds, per
-- what is counted, range and organization, the sum of the weights over the organization's subtree: its exact figure for
-- the range, one row to read (a subtree's total is its own row, its direct sub-organizations' figures their rows). A
-- multi-year range is not the sum of its years, so each range is kept on its own; ranges end at most in the horizon year
-- (mentoring_presence_horizon), which the application raises each new year (PresenceHorizon: next year, from its Clock)
-- by counting the new ranges from every assignment and group. Before the first raise nothing is kept. A range longer
-- than five years, ending after the horizon or not made of whole years is counted from the rows, as before.
--
-- Kept in the writer's transaction by one statement trigger per operation on mentoring_assignment and mentoring_group,
-- with transition tables: the state before the statement is the current rows of the people it touched without the rows
-- it wrote, plus those rows as they were (old_rows); the weights after minus the weights before are added to their
-- organizations and every organization above them. The writers take V52's mentoring turn (the advisory lock taken
-- before any statement that changes mentoring counts), and so does the raise: the rows of the organizations high in the
-- tree, shared by every writer, cannot deadlock. organization_id is the organization the sum is of (no copy of its path:
-- a moved subtree's assignments and groups are written with their new paths, which takes their weights out of the old
-- ancestors and into the new ones). Rows whose figure falls to zero stay. Bulk loads that switch triggers off (replica mode) must empty the
-- table, set the horizon to null and raise it again.
CREATE TABLE mentoring_presence (
    counted         VARCHAR(10)  NOT NULL,
    first_year      INT          NOT NULL,
    last_year       INT          NOT NULL,
    organization_id BIGINT       NOT NULL,
    people          BIGINT       NOT NULL,
    PRIMARY KEY (counted, first_year, last_year, organization_id)
) WITH (fillfactor = 70);

CREATE TABLE mentoring_presence_horizon (
    id           INT NOT NULL PRIMARY KEY,
    kept_to_year INT,
    CONSTRAINT ck_mentoring_presence_horizon_one CHECK (id = 1)
);
INSERT INTO mentoring_presence_horizon (id, kept_to_year) VALUES (1, NULL);

-- the statement adding (sgn) the weights of the states given ({states}: sgn, counted, person, org_path, start_date,
-- end_date) for the ranges whose last year lies in $1..$2 to the organization of each weight and to every organization
-- above it (each weight summed per path first, so that a path before a move and the same organization's path after it
-- take their weights out of and into their own ancestors); an assignment or a group counted as a row is its own
-- "person" (its id), present in one organization
CREATE FUNCTION mentoring_presence_sql(p_states text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT replace($q$
WITH st AS ({states}),
s AS (
    SELECT DISTINCT st.sgn, st.counted, st.person, st.org_path, r.a, r.b
    FROM st CROSS JOIN LATERAL (
        SELECT b, a FROM generate_series(greatest(extract(year FROM st.start_date)::int, $1),
                least($2, coalesce(extract(year FROM st.end_date)::int, 9999) + 4)) b
        CROSS JOIN LATERAL generate_series(b - 4, least(b, coalesce(extract(year FROM st.end_date)::int, 9999))) a) r
),
w AS (
    SELECT sgn, counted, a, b, org_path, 1 AS weight FROM s
    UNION ALL
    SELECT sgn, counted, a, b, mentoring_path_lca(prev, org_path), -1 FROM (
        SELECT sgn, counted, a, b, org_path,
               lag(org_path) OVER (PARTITION BY sgn, counted, person, a, b ORDER BY org_path COLLATE "C") AS prev
        FROM s) x
    WHERE prev IS NOT NULL
),
node AS (
    SELECT counted, a, b, org_path AS path, sum(sgn * weight) AS n
    FROM w GROUP BY counted, a, b, org_path
    HAVING sum(sgn * weight) <> 0
),
up AS (
    SELECT node.counted, node.a, node.b, substr(node.path, 1, pos) AS path, node.n
    FROM node CROSS JOIN LATERAL generate_series(3, length(node.path)) pos
    WHERE substr(node.path, pos, 1) = '/'
),
d AS (
    SELECT counted, a, b, mentoring_path_org(path) AS org, sum(n) AS n
    FROM up GROUP BY counted, a, b, mentoring_path_org(path)
    HAVING sum(n) <> 0
)
INSERT INTO mentoring_presence AS p (counted, first_year, last_year, organization_id, people)
SELECT counted, a, b, org, n FROM d
ON CONFLICT (counted, first_year, last_year, organization_id) DO UPDATE SET people = p.people + excluded.people
$q$, '{states}', p_states)
$f$;

-- an assignment's or a group's statement: the weights of the state after it minus those of the state before it
CREATE FUNCTION mentoring_presence_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kept int;
    none text := format('(SELECT * FROM %I WHERE false) no_rows', TG_TABLE_NAME);
    o text := CASE WHEN TG_OP = 'INSERT' THEN none ELSE 'old_rows' END;
    n text := CASE WHEN TG_OP = 'DELETE' THEN none ELSE 'new_rows' END;
    counted_columns text := CASE TG_TABLE_NAME WHEN 'mentoring_group' THEN 'org_path, formed_on, ended_on'
        ELSE 'mentor_person_id, mentee_person_id, org_path, start_date, end_date' END;
    states text;
    changed boolean;
BEGIN
    SELECT kept_to_year INTO kept FROM mentoring_presence_horizon WHERE id = 1;
    IF kept IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- an update of none of the counted columns (goals, end reason, version) changes no weight
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (%s) IS DISTINCT FROM (%s))',
            'o.' || replace(counted_columns, ', ', ', o.'), 'n.' || replace(counted_columns, ', ', ', n.')) INTO changed;
        IF NOT changed THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'mentoring_group' THEN
        -- groups are counted as rows: +1 for each row written, -1 for each row as it was
        states := format($stmt$
            SELECT 1 AS sgn, 'GROUP' AS counted, id AS person, org_path, formed_on AS start_date, ended_on AS end_date FROM %2$s
            UNION ALL
            SELECT -1, 'GROUP', id, org_path, formed_on, ended_on FROM %1$s$stmt$, o, n);
    ELSE
        states := format($stmt$
            WITH touched AS (
                SELECT 'MENTOR' AS counted, mentor_person_id AS person FROM %1$s
                UNION SELECT 'MENTOR', mentor_person_id FROM %2$s
                UNION SELECT 'MENTEE', mentee_person_id FROM %1$s
                UNION SELECT 'MENTEE', mentee_person_id FROM %2$s
            ), cur AS (
                SELECT 'MENTOR' AS counted, a.mentor_person_id AS person, a.id, a.org_path, a.start_date, a.end_date
                FROM mentoring_assignment a WHERE a.mentor_person_id IN (SELECT person FROM touched WHERE counted = 'MENTOR')
                UNION ALL
                SELECT 'MENTEE', a.mentee_person_id, a.id, a.org_path, a.start_date, a.end_date
                FROM mentoring_assignment a WHERE a.mentee_person_id IN (SELECT person FROM touched WHERE counted = 'MENTEE')
            )
            SELECT 1 AS sgn, counted, person, org_path, start_date, end_date FROM cur
            UNION ALL
            SELECT -1, counted, person, org_path, start_date, end_date FROM cur WHERE id NOT IN (SELECT id FROM %2$s)
            UNION ALL
            SELECT -1, 'MENTOR', mentor_person_id, org_path, start_date, end_date FROM %1$s
            UNION ALL
            SELECT -1, 'MENTEE', mentee_person_id, org_path, start_date, end_date FROM %1$s
            UNION ALL
            SELECT 1, 'ASSIGNMENT', id, org_path, start_date, end_date FROM %2$s
            UNION ALL
            SELECT -1, 'ASSIGNMENT', id, org_path, start_date, end_date FROM %1$s$stmt$, o, n);
    END IF;
    EXECUTE mentoring_presence_sql(states) USING -2147483648, kept;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_presence_insert AFTER INSERT ON mentoring_assignment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_update AFTER UPDATE ON mentoring_assignment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_delete AFTER DELETE ON mentoring_assignment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_group_insert AFTER INSERT ON mentoring_group REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_group_update AFTER UPDATE ON mentoring_group
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_group_delete AFTER DELETE ON mentoring_group REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();

-- the ranges ending after the kept horizon up to p_year, counted from every assignment and group; p_year becomes the
-- horizon (nothing when it is already kept that far). Returns the horizon.
CREATE FUNCTION mentoring_presence_raise(p_year int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    kept int;
BEGIN
    -- V52's mentoring turn: no writer of assignments or groups is between its statement and its commit meanwhile
    PERFORM pg_advisory_xact_lock(84960062230354);
    SELECT kept_to_year INTO kept FROM mentoring_presence_horizon WHERE id = 1 FOR UPDATE;
    IF kept >= p_year THEN
        RETURN kept;
    END IF;
    EXECUTE mentoring_presence_sql(
        'SELECT 1 AS sgn, ''MENTOR'' AS counted, mentor_person_id AS person, org_path, start_date, end_date'
        || ' FROM mentoring_assignment UNION ALL SELECT 1, ''MENTEE'', mentee_person_id, org_path, start_date, end_date'
        || ' FROM mentoring_assignment UNION ALL SELECT 1, ''ASSIGNMENT'', id, org_path, start_date, end_date'
        || ' FROM mentoring_assignment UNION ALL SELECT 1, ''GROUP'', id, org_path, formed_on, ended_on FROM mentoring_group')
        USING coalesce(kept + 1, -2147483648), p_year;
    UPDATE mentoring_presence_horizon SET kept_to_year = p_year WHERE id = 1;
    RETURN p_year;
END;
$$;

CREATE TRIGGER mentoring_count_lock_presence BEFORE INSERT OR UPDATE OR DELETE ON mentoring_presence
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
CREATE TRIGGER mentoring_count_lock_presence_horizon BEFORE INSERT OR UPDATE OR DELETE ON mentoring_presence_horizon
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_count_lock();
