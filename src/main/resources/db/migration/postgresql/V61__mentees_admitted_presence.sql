-- Vendor file, twin of the same version in db/migration/h2 (MentoringPresenceTrigger there).
--
-- Mentees admitted of whole years kept like V60's mentors and mentees (issue 14: at national scale 0.1 the root's
-- review read right after an admitted mentee's assignment changed took 570 ms, two scans joining 65,000 admissions with
-- 724,000 assignments): counted 'ADMITTED', a person's "spells" are his admission decisions (development_candidate,
-- from decision_on to decision_on) decided on or after the start of his first assignment, the rule of the figure
-- mentoring.menteesAdmitted (docs/figures.md). A person admitted in two organizations of a range weighs +1 at each and
-- -1 at their common ancestor, so a subtree counts him once. Kept by the presence trigger on mentoring_assignment (a
-- mentee's first start changes which of his admissions count) and by the same trigger on development_candidate (a
-- decision recorded, moved or taken back), in the writer's transaction. A candidate's statement that touches nobody
-- ever mentored writes nothing and takes no mentoring turn. The ranges already kept get their admissions here.

-- every admission counted (the raise's states)
CREATE FUNCTION mentoring_presence_admitted() RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT 'SELECT 1 AS sgn, ''ADMITTED'' AS counted, c.person_id AS person, c.org_path, c.decision_on AS start_date,'
    || ' c.decision_on AS end_date FROM development_candidate c JOIN (SELECT mentee_person_id, min(start_date) AS s'
    || ' FROM mentoring_assignment GROUP BY mentee_person_id) f ON f.mentee_person_id = c.person_id'
    || ' WHERE c.decision_on >= f.s'
$f$;

-- an assignment's, a group's or a candidate's statement: the weights of the state after it minus those of the state
-- before it
CREATE OR REPLACE FUNCTION mentoring_presence_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kept int;
    none text := format('(SELECT * FROM %I WHERE false) no_rows', TG_TABLE_NAME);
    o text := CASE WHEN TG_OP = 'INSERT' THEN none ELSE 'old_rows' END;
    n text := CASE WHEN TG_OP = 'DELETE' THEN none ELSE 'new_rows' END;
    counted_columns text := CASE TG_TABLE_NAME WHEN 'mentoring_group' THEN 'org_path, formed_on, ended_on'
        WHEN 'development_candidate' THEN 'person_id, org_path, decision_on'
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
    IF TG_TABLE_NAME = 'development_candidate' THEN
        -- rows with no decision, or of nobody ever mentored, change nothing: no statement on the counts, no mentoring
        -- turn taken (most of a candidate's writes come before the decision)
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM mentoring_assignment WHERE mentee_person_id IN'
            || ' (SELECT person_id FROM %s WHERE decision_on IS NOT NULL'
            || ' UNION SELECT person_id FROM %s WHERE decision_on IS NOT NULL))', o, n) INTO changed;
        IF NOT changed THEN
            RETURN NULL;
        END IF;
        -- the admissions of the people touched, after (their current candidates) and before (without the rows written,
        -- with the rows as they were), each counted from the person's first assignment on
        states := format($stmt$
            WITH touched AS (SELECT person_id AS person FROM %1$s UNION SELECT person_id FROM %2$s),
            first_start AS (
                SELECT mentee_person_id AS person, min(start_date) AS s FROM mentoring_assignment
                WHERE mentee_person_id IN (SELECT person FROM touched) GROUP BY mentee_person_id
            ), cur AS (
                SELECT c.id, c.person_id, c.org_path, c.decision_on FROM development_candidate c
                WHERE c.person_id IN (SELECT person FROM touched)
            ), adm AS (
                SELECT 1 AS sgn, person_id, org_path, decision_on FROM cur
                UNION ALL
                SELECT -1, person_id, org_path, decision_on FROM cur WHERE id NOT IN (SELECT id FROM %2$s)
                UNION ALL
                SELECT -1, person_id, org_path, decision_on FROM %1$s
            )
            SELECT adm.sgn, 'ADMITTED' AS counted, adm.person_id AS person, adm.org_path, adm.decision_on AS start_date,
                   adm.decision_on AS end_date
            FROM adm JOIN first_start f ON f.person = adm.person_id WHERE adm.decision_on >= f.s$stmt$, o, n);
    ELSIF TG_TABLE_NAME = 'mentoring_group' THEN
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
            SELECT -1, 'ASSIGNMENT', id, org_path, start_date, end_date FROM %1$s
            UNION ALL
            SELECT adm.sgn, 'ADMITTED', c.person_id, c.org_path, c.decision_on, c.decision_on
            FROM development_candidate c JOIN (
                SELECT 1 AS sgn, mentee_person_id AS person, min(start_date) AS s FROM mentoring_assignment
                WHERE mentee_person_id IN (SELECT person FROM touched WHERE counted = 'MENTEE') GROUP BY mentee_person_id
                UNION ALL
                SELECT -1, person, min(s) FROM (
                    SELECT mentee_person_id AS person, start_date AS s FROM mentoring_assignment
                    WHERE mentee_person_id IN (SELECT person FROM touched WHERE counted = 'MENTEE')
                      AND id NOT IN (SELECT id FROM %2$s)
                    UNION ALL
                    SELECT mentee_person_id, start_date FROM %1$s) b
                GROUP BY person
            ) adm ON adm.person = c.person_id
            WHERE c.decision_on >= adm.s$stmt$, o, n);
    END IF;
    EXECUTE mentoring_presence_sql(states) USING -2147483648, kept;
    RETURN NULL;
END;
$$;
-- the ranges ending after the kept horizon up to p_year, counted from every assignment and group; p_year becomes the
-- horizon (nothing when it is already kept that far). Returns the horizon.
CREATE OR REPLACE FUNCTION mentoring_presence_raise(p_year int) RETURNS int LANGUAGE plpgsql AS $$
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
        || ' FROM mentoring_assignment UNION ALL SELECT 1, ''GROUP'', id, org_path, formed_on, ended_on FROM mentoring_group'
        || ' UNION ALL ' || mentoring_presence_admitted())
        USING coalesce(kept + 1, -2147483648), p_year;
    UPDATE mentoring_presence_horizon SET kept_to_year = p_year WHERE id = 1;
    RETURN p_year;
END;
$$;

CREATE TRIGGER mentoring_presence_candidate_insert AFTER INSERT ON development_candidate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_candidate_update AFTER UPDATE ON development_candidate
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();
CREATE TRIGGER mentoring_presence_candidate_delete AFTER DELETE ON development_candidate REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mentoring_presence_keep();

DO $$
DECLARE
    kept int;
BEGIN
    SELECT kept_to_year INTO kept FROM mentoring_presence_horizon WHERE id = 1;
    IF kept IS NOT NULL THEN
        EXECUTE mentoring_presence_sql(mentoring_presence_admitted()) USING -2147483648, kept;
    END IF;
END;
$$;
