-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by PL/pgSQL row triggers here, by a
-- Java row trigger (vn.chibo.mentoring.internal.MentoringCountTrigger) in H2.
--
-- The mentoring board's figures per organization and year (issue 14): the board sums these rows over a path-prefix
-- range instead of counting 724k assignments, 460k groups and 2.4M sessions of the country. Kept in the writer's own
-- transaction by row triggers, whatever the write path. One row per organization and year, never an ancestor's total
-- (the root row would serialise every writer). Exact, not estimated:
--  * dated facts (sessions held, outcomes by kind) are counted in the year of their date; a period that does not
--    start on 1 January or end on 31 December subtracts the rows of its years outside it (counted raw, by date index);
--  * running facts (assignments and groups running at a day) are kept as changes: +1 in the year a row starts, -1 in
--    the year it ends (a row that ends on or before its start never runs); running at day D = the changes of every
--    year up to D's minus those dated after D in D's year;
--  * mentors running are distinct people, not additive as such: each mentor's assignments are cut into spells
--    (mentoring_mentor_event) during which the set S of organizations where he mentors is constant; an organization of
--    S weighs +1, the common ancestor of two organizations next to each other in path order weighs -1, so that the
--    weights of any subtree add up to 1 when the mentor mentors in it and 0 otherwise; the changes of these weights
--    are counted like the running facts. A change to any of a mentor's assignments recounts his spells.
--  * reviews are counted per review period (mentoring_review_count);
--  * awards of the award register count for a mentor (mentee) when their person was mentoring (being mentored) at the
--    decision date: each such award is a row of mentoring_award, recounted for a person when his awards or his
--    assignments change, and counted in the year of its decision.
-- org_path is a copy of the organization's path, rewritten with the others when a subtree moves
-- (organization.internal.PathCopies); the trigger files a row under the path it is given on an addition.
-- Bulk loads that switch row triggers off (replica mode) must rebuild the tables afterwards (NationalDataset).
CREATE TABLE mentoring_count (
    organization_id      BIGINT       NOT NULL,
    count_year           INT          NOT NULL,
    org_path             VARCHAR(400) COLLATE "C" NOT NULL,
    running_mentors      BIGINT       NOT NULL DEFAULT 0,
    running_assignments  BIGINT       NOT NULL DEFAULT 0,
    running_groups       BIGINT       NOT NULL DEFAULT 0,
    sessions_held        BIGINT       NOT NULL DEFAULT 0,
    outcomes_tasks_well  BIGINT       NOT NULL DEFAULT 0,
    outcomes_awarded     BIGINT       NOT NULL DEFAULT 0,
    outcomes_sympathiser BIGINT       NOT NULL DEFAULT 0,
    outcomes_admitted    BIGINT       NOT NULL DEFAULT 0,
    outcomes_transferred BIGINT       NOT NULL DEFAULT 0,
    outcomes_discharged  BIGINT       NOT NULL DEFAULT 0,
    awards_to_mentors    BIGINT       NOT NULL DEFAULT 0,
    awards_to_mentees    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, count_year)
) WITH (fillfactor = 70);
CREATE INDEX ix_mentoring_count_path ON mentoring_count (org_path, count_year);

CREATE TABLE mentoring_review_count (
    organization_id BIGINT       NOT NULL,
    review_period   VARCHAR(10)  NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    reviewed        BIGINT       NOT NULL DEFAULT 0,
    reviewed_good   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, review_period)
) WITH (fillfactor = 70);
CREATE INDEX ix_mentoring_review_count_period ON mentoring_review_count (review_period, org_path);

CREATE TABLE mentoring_mentor_event (
    mentor_person_id BIGINT       NOT NULL,
    organization_id  BIGINT       NOT NULL,
    org_path         VARCHAR(400) COLLATE "C" NOT NULL,
    event_day        DATE         NOT NULL,
    delta            BIGINT       NOT NULL,
    PRIMARY KEY (mentor_person_id, organization_id, event_day)
);
CREATE INDEX ix_mentoring_mentor_event_day ON mentoring_mentor_event (event_day, org_path);

CREATE TABLE mentoring_award (
    award_record_id BIGINT       NOT NULL PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    decision_date   DATE         NOT NULL,
    to_mentor       INT          NOT NULL,
    to_mentee       INT          NOT NULL
);
CREATE INDEX ix_mentoring_award_person ON mentoring_award (person_id);
CREATE INDEX ix_mentoring_award_date ON mentoring_award (decision_date, org_path);

-- the corrections of a period that is not whole years read rows by date
CREATE INDEX ix_mentoring_assignment_start ON mentoring_assignment (start_date);
CREATE INDEX ix_mentoring_assignment_end ON mentoring_assignment (end_date);
CREATE INDEX ix_mentoring_group_formed ON mentoring_group (formed_on);
CREATE INDEX ix_mentoring_group_ended ON mentoring_group (ended_on);
CREATE INDEX ix_mentoring_session_held ON mentoring_session (held_on);
CREATE INDEX ix_mentoring_outcome_occurred ON mentoring_outcome (occurred_on);

-- the organization a path ends with
CREATE FUNCTION mentoring_path_org(p text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT cast(split_part(p, '/', length(p) - length(replace(p, '/', ''))) AS bigint)
$$;

-- the deepest organization whose path both paths start with
CREATE FUNCTION mentoring_path_lca(a text, b text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    i int := 1;
    n int := least(length(a), length(b));
    last int := 1;
BEGIN
    WHILE i <= n AND substr(a, i, 1) = substr(b, i, 1) LOOP
        IF substr(a, i, 1) = '/' THEN
            last := i;
        END IF;
        i := i + 1;
    END LOOP;
    RETURN substr(a, 1, last);
END;
$$;

-- adds n to one figure of an organization's year; an addition files the row under the path given
CREATE FUNCTION mentoring_count_add(p_path text, p_year int, p_figure text, p_n bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    org bigint := mentoring_path_org(p_path);
    updated int;
BEGIN
    IF p_n = 0 THEN
        RETURN;
    END IF;
    IF p_n > 0 THEN
        EXECUTE format('UPDATE mentoring_count SET %1$I = %1$I + $1, org_path = $2 WHERE organization_id = $3'
            || ' AND count_year = $4', p_figure) USING p_n, p_path, org, p_year;
    ELSE
        EXECUTE format('UPDATE mentoring_count SET %1$I = %1$I + $1 WHERE organization_id = $3 AND count_year = $4',
            p_figure) USING p_n, p_path, org, p_year;
    END IF;
    -- EXECUTE leaves FOUND alone: the row count tells whether the row was there
    GET DIAGNOSTICS updated = ROW_COUNT;
    IF updated = 0 THEN
        EXECUTE format('INSERT INTO mentoring_count AS c (organization_id, count_year, org_path, %1$I)'
            || ' VALUES ($3, $4, $2, $1) ON CONFLICT (organization_id, count_year) DO UPDATE SET %1$I = c.%1$I + $1',
            p_figure) USING p_n, p_path, org, p_year;
    END IF;
END;
$$;

-- a running row (assignment, group): +1 in its start year, -1 in its end year, when it runs at all
CREATE FUNCTION mentoring_count_running(p_path text, p_start date, p_end date, p_figure text, p_sign int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_end IS NULL OR p_end > p_start THEN
        PERFORM mentoring_count_add(p_path, extract(year FROM p_start)::int, p_figure, p_sign);
        IF p_end IS NOT NULL THEN
            PERFORM mentoring_count_add(p_path, extract(year FROM p_end)::int, p_figure, -p_sign);
        END IF;
    END IF;
END;
$$;

-- a mentor's spells: the changes of his weights per organization and day, from his assignments
CREATE FUNCTION mentoring_mentor_recount(p_mentor bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT org_path, extract(year FROM event_day)::int AS y, sum(delta)::bigint AS n FROM mentoring_mentor_event
             WHERE mentor_person_id = p_mentor GROUP BY org_path, 2 LOOP
        PERFORM mentoring_count_add(r.org_path, r.y, 'running_mentors', -r.n);
    END LOOP;
    DELETE FROM mentoring_mentor_event WHERE mentor_person_id = p_mentor;
    INSERT INTO mentoring_mentor_event (mentor_person_id, organization_id, org_path, event_day, delta)
    WITH a AS (
        SELECT mentor_person_id AS m, org_path, start_date, end_date FROM mentoring_assignment
        WHERE mentor_person_id = p_mentor AND (end_date IS NULL OR end_date > start_date)
    ), b AS (
        SELECT m, start_date AS d FROM a UNION SELECT m, end_date FROM a WHERE end_date IS NOT NULL
    ), seg AS (
        SELECT m, d, lead(d) OVER (PARTITION BY m ORDER BY d) AS nxt FROM b
    ), s AS (
        SELECT DISTINCT seg.m, seg.d, seg.nxt, a.org_path FROM seg JOIN a ON a.m = seg.m AND a.start_date <= seg.d
            AND (a.end_date IS NULL OR a.end_date > seg.d)
    ), w AS (
        SELECT m, d, nxt, org_path, 1 AS weight FROM s
        UNION ALL
        SELECT m, d, nxt, mentoring_path_lca(prev, org_path), -1 FROM (
            SELECT m, d, nxt, org_path, lag(org_path) OVER (PARTITION BY m, d ORDER BY org_path) AS prev FROM s) x
        WHERE prev IS NOT NULL
    ), e AS (
        SELECT m, org_path, d AS event_day, weight AS delta FROM w
        UNION ALL
        SELECT m, org_path, nxt, -weight FROM w WHERE nxt IS NOT NULL
    )
    SELECT m, mentoring_path_org(org_path), org_path, event_day, sum(delta) FROM e
    GROUP BY m, org_path, event_day HAVING sum(delta) <> 0;
    FOR r IN SELECT org_path, extract(year FROM event_day)::int AS y, sum(delta)::bigint AS n FROM mentoring_mentor_event
             WHERE mentor_person_id = p_mentor GROUP BY org_path, 2 LOOP
        PERFORM mentoring_count_add(r.org_path, r.y, 'running_mentors', r.n);
    END LOOP;
END;
$$;

-- the awards of a person that count for the board: his role at each decision date, taken out of the yearly counts and
-- put in again
CREATE FUNCTION mentoring_award_recount(p_person bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    IF p_person IS NULL THEN
        RETURN;
    END IF;
    FOR r IN SELECT org_path, extract(year FROM decision_date)::int AS y, sum(to_mentor)::bigint AS m,
                    sum(to_mentee)::bigint AS e FROM mentoring_award WHERE person_id = p_person GROUP BY org_path, 2 LOOP
        PERFORM mentoring_count_add(r.org_path, r.y, 'awards_to_mentors', -r.m);
        PERFORM mentoring_count_add(r.org_path, r.y, 'awards_to_mentees', -r.e);
    END LOOP;
    DELETE FROM mentoring_award WHERE person_id = p_person;
    INSERT INTO mentoring_award (award_record_id, person_id, organization_id, org_path, decision_date, to_mentor, to_mentee)
    SELECT id, person_id, organization_id, org_path, decision_date, to_mentor, to_mentee FROM (
        SELECT w.id, w.person_id, w.organization_id, w.org_path, w.decision_date,
               CASE WHEN EXISTS (SELECT 1 FROM mentoring_assignment a WHERE a.mentor_person_id = w.person_id
                   AND a.start_date <= w.decision_date AND (a.end_date IS NULL OR a.end_date >= w.decision_date)) THEN 1 ELSE 0 END AS to_mentor,
               CASE WHEN EXISTS (SELECT 1 FROM mentoring_assignment a WHERE a.mentee_person_id = w.person_id
                   AND a.start_date <= w.decision_date AND (a.end_date IS NULL OR a.end_date >= w.decision_date)) THEN 1 ELSE 0 END AS to_mentee
        FROM award_record w WHERE w.person_id = p_person) x
    WHERE to_mentor + to_mentee > 0;
    FOR r IN SELECT org_path, extract(year FROM decision_date)::int AS y, sum(to_mentor)::bigint AS m,
                    sum(to_mentee)::bigint AS e FROM mentoring_award WHERE person_id = p_person GROUP BY org_path, 2 LOOP
        PERFORM mentoring_count_add(r.org_path, r.y, 'awards_to_mentors', r.m);
        PERFORM mentoring_count_add(r.org_path, r.y, 'awards_to_mentees', r.e);
    END LOOP;
END;
$$;

CREATE FUNCTION mentoring_award_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_award_recount(OLD.person_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.person_id IS DISTINCT FROM OLD.person_id) THEN
        PERFORM mentoring_award_recount(NEW.person_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_award AFTER INSERT OR DELETE ON award_record
    FOR EACH ROW EXECUTE FUNCTION mentoring_award_count();
CREATE TRIGGER mentoring_count_award_update AFTER UPDATE OF person_id, organization_id, org_path, decision_date ON award_record
    FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.org_path IS DISTINCT FROM NEW.org_path
        OR OLD.organization_id IS DISTINCT FROM NEW.organization_id OR OLD.decision_date IS DISTINCT FROM NEW.decision_date)
    EXECUTE FUNCTION mentoring_award_count();

CREATE FUNCTION mentoring_assignment_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_count_running(OLD.org_path, OLD.start_date, OLD.end_date, 'running_assignments', -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM mentoring_count_running(NEW.org_path, NEW.start_date, NEW.end_date, 'running_assignments', 1);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_mentor_recount(OLD.mentor_person_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.mentor_person_id <> OLD.mentor_person_id) THEN
        PERFORM mentoring_mentor_recount(NEW.mentor_person_id);
    END IF;
    -- the roles of the mentor's and the mentee's awards (a move of the assignment changes no role)
    IF TG_OP <> 'UPDATE' OR OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date
            OR OLD.mentor_person_id <> NEW.mentor_person_id OR OLD.mentee_person_id <> NEW.mentee_person_id THEN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM mentoring_award_recount(OLD.mentor_person_id);
            PERFORM mentoring_award_recount(OLD.mentee_person_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.mentor_person_id <> OLD.mentor_person_id) THEN
            PERFORM mentoring_award_recount(NEW.mentor_person_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.mentee_person_id <> OLD.mentee_person_id) THEN
            PERFORM mentoring_award_recount(NEW.mentee_person_id);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_assignment AFTER INSERT OR DELETE ON mentoring_assignment
    FOR EACH ROW EXECUTE FUNCTION mentoring_assignment_count();
CREATE TRIGGER mentoring_count_assignment_update AFTER UPDATE OF mentor_person_id, mentee_person_id, org_path, start_date,
    end_date ON mentoring_assignment FOR EACH ROW WHEN (OLD.mentor_person_id IS DISTINCT FROM NEW.mentor_person_id
        OR OLD.mentee_person_id IS DISTINCT FROM NEW.mentee_person_id OR OLD.org_path IS DISTINCT FROM NEW.org_path OR OLD.start_date IS DISTINCT FROM NEW.start_date
        OR OLD.end_date IS DISTINCT FROM NEW.end_date)
    EXECUTE FUNCTION mentoring_assignment_count();

CREATE FUNCTION mentoring_group_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_count_running(OLD.org_path, OLD.formed_on, OLD.ended_on, 'running_groups', -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM mentoring_count_running(NEW.org_path, NEW.formed_on, NEW.ended_on, 'running_groups', 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_group AFTER INSERT OR DELETE ON mentoring_group
    FOR EACH ROW EXECUTE FUNCTION mentoring_group_count();
CREATE TRIGGER mentoring_count_group_update AFTER UPDATE OF org_path, formed_on, ended_on ON mentoring_group
    FOR EACH ROW WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path OR OLD.formed_on IS DISTINCT FROM NEW.formed_on
        OR OLD.ended_on IS DISTINCT FROM NEW.ended_on)
    EXECUTE FUNCTION mentoring_group_count();

CREATE FUNCTION mentoring_session_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_count_add(OLD.org_path, extract(year FROM OLD.held_on)::int, 'sessions_held', -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM mentoring_count_add(NEW.org_path, extract(year FROM NEW.held_on)::int, 'sessions_held', 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_session AFTER INSERT OR DELETE ON mentoring_session
    FOR EACH ROW EXECUTE FUNCTION mentoring_session_count();
CREATE TRIGGER mentoring_count_session_update AFTER UPDATE OF org_path, held_on ON mentoring_session
    FOR EACH ROW WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path OR OLD.held_on IS DISTINCT FROM NEW.held_on)
    EXECUTE FUNCTION mentoring_session_count();

CREATE FUNCTION mentoring_outcome_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_count_add(OLD.org_path, extract(year FROM OLD.occurred_on)::int, 'outcomes_' || lower(OLD.kind), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM mentoring_count_add(NEW.org_path, extract(year FROM NEW.occurred_on)::int, 'outcomes_' || lower(NEW.kind), 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_outcome AFTER INSERT OR DELETE ON mentoring_outcome
    FOR EACH ROW EXECUTE FUNCTION mentoring_outcome_count();
CREATE TRIGGER mentoring_count_outcome_update AFTER UPDATE OF org_path, kind, occurred_on ON mentoring_outcome
    FOR EACH ROW WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path OR OLD.kind IS DISTINCT FROM NEW.kind
        OR OLD.occurred_on IS DISTINCT FROM NEW.occurred_on)
    EXECUTE FUNCTION mentoring_outcome_count();

CREATE FUNCTION mentoring_review_add(p_path text, p_period text, p_good boolean, p_n bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    org bigint := mentoring_path_org(p_path);
    good bigint := CASE WHEN p_good THEN p_n ELSE 0 END;
BEGIN
    IF p_n > 0 THEN
        UPDATE mentoring_review_count SET reviewed = reviewed + p_n, reviewed_good = reviewed_good + good, org_path = p_path
        WHERE organization_id = org AND review_period = p_period;
    ELSE
        UPDATE mentoring_review_count SET reviewed = reviewed + p_n, reviewed_good = reviewed_good + good
        WHERE organization_id = org AND review_period = p_period;
    END IF;
    IF NOT FOUND THEN
        INSERT INTO mentoring_review_count AS c (organization_id, review_period, org_path, reviewed, reviewed_good)
        VALUES (org, p_period, p_path, p_n, good)
        ON CONFLICT (organization_id, review_period) DO UPDATE
            SET reviewed = c.reviewed + p_n, reviewed_good = c.reviewed_good + good;
    END IF;
END;
$$;

CREATE FUNCTION mentoring_review_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM mentoring_review_add(OLD.org_path, OLD.review_period, OLD.rating IN ('EXCELLENT', 'GOOD'), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM mentoring_review_add(NEW.org_path, NEW.review_period, NEW.rating IN ('EXCELLENT', 'GOOD'), 1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER mentoring_count_review AFTER INSERT OR DELETE ON mentoring_review
    FOR EACH ROW EXECUTE FUNCTION mentoring_review_count_keep();
CREATE TRIGGER mentoring_count_review_update AFTER UPDATE OF org_path, review_period, rating ON mentoring_review
    FOR EACH ROW WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path OR OLD.review_period IS DISTINCT FROM NEW.review_period
        OR OLD.rating IS DISTINCT FROM NEW.rating)
    EXECUTE FUNCTION mentoring_review_count_keep();

-- the rows already there, counted once
INSERT INTO mentoring_mentor_event (mentor_person_id, organization_id, org_path, event_day, delta)
WITH a AS (
    SELECT mentor_person_id AS m, org_path, start_date, end_date FROM mentoring_assignment
    WHERE end_date IS NULL OR end_date > start_date
), b AS (
    SELECT m, start_date AS d FROM a UNION SELECT m, end_date FROM a WHERE end_date IS NOT NULL
), seg AS (
    SELECT m, d, lead(d) OVER (PARTITION BY m ORDER BY d) AS nxt FROM b
), s AS (
    SELECT DISTINCT seg.m, seg.d, seg.nxt, a.org_path FROM seg JOIN a ON a.m = seg.m AND a.start_date <= seg.d
        AND (a.end_date IS NULL OR a.end_date > seg.d)
), w AS (
    SELECT m, d, nxt, org_path, 1 AS weight FROM s
    UNION ALL
    SELECT m, d, nxt, mentoring_path_lca(prev, org_path), -1 FROM (
        SELECT m, d, nxt, org_path, lag(org_path) OVER (PARTITION BY m, d ORDER BY org_path) AS prev FROM s) x
    WHERE prev IS NOT NULL
), e AS (
    SELECT m, org_path, d AS event_day, weight AS delta FROM w
    UNION ALL
    SELECT m, org_path, nxt, -weight FROM w WHERE nxt IS NOT NULL
)
SELECT m, mentoring_path_org(org_path), org_path, event_day, sum(delta) FROM e
GROUP BY m, org_path, event_day HAVING sum(delta) <> 0;

INSERT INTO mentoring_award (award_record_id, person_id, organization_id, org_path, decision_date, to_mentor, to_mentee)
SELECT id, person_id, organization_id, org_path, decision_date, to_mentor, to_mentee FROM (
    SELECT w.id, w.person_id, w.organization_id, w.org_path, w.decision_date,
           CASE WHEN EXISTS (SELECT 1 FROM mentoring_assignment a WHERE a.mentor_person_id = w.person_id
               AND a.start_date <= w.decision_date AND (a.end_date IS NULL OR a.end_date >= w.decision_date)) THEN 1 ELSE 0 END AS to_mentor,
           CASE WHEN EXISTS (SELECT 1 FROM mentoring_assignment a WHERE a.mentee_person_id = w.person_id
               AND a.start_date <= w.decision_date AND (a.end_date IS NULL OR a.end_date >= w.decision_date)) THEN 1 ELSE 0 END AS to_mentee
    FROM award_record w WHERE w.person_id IS NOT NULL) x
WHERE to_mentor + to_mentee > 0;

INSERT INTO mentoring_count (organization_id, count_year, org_path, running_mentors, running_assignments, running_groups,
    sessions_held, outcomes_tasks_well, outcomes_awarded, outcomes_sympathiser, outcomes_admitted, outcomes_transferred,
    outcomes_discharged, awards_to_mentors, awards_to_mentees)
SELECT mentoring_path_org(org_path), y, min(org_path), sum(rm), sum(ra), sum(rg), sum(sh), sum(o1), sum(o2), sum(o3), sum(o4),
       sum(o5), sum(o6), sum(am), sum(ae)
FROM (
    SELECT org_path, extract(year FROM event_day)::int AS y, delta AS rm, 0 AS ra, 0 AS rg, 0 AS sh, 0 AS o1, 0 AS o2,
           0 AS o3, 0 AS o4, 0 AS o5, 0 AS o6, 0 AS am, 0 AS ae FROM mentoring_mentor_event
    UNION ALL SELECT org_path, extract(year FROM start_date)::int, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_assignment
        WHERE end_date IS NULL OR end_date > start_date
    UNION ALL SELECT org_path, extract(year FROM end_date)::int, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_assignment
        WHERE end_date > start_date
    UNION ALL SELECT org_path, extract(year FROM formed_on)::int, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_group
        WHERE ended_on IS NULL OR ended_on > formed_on
    UNION ALL SELECT org_path, extract(year FROM ended_on)::int, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_group
        WHERE ended_on > formed_on
    UNION ALL SELECT org_path, extract(year FROM held_on)::int, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_session
    UNION ALL SELECT org_path, extract(year FROM occurred_on)::int, 0, 0, 0, 0,
        CASE kind WHEN 'TASKS_WELL' THEN 1 ELSE 0 END, CASE kind WHEN 'AWARDED' THEN 1 ELSE 0 END,
        CASE kind WHEN 'SYMPATHISER' THEN 1 ELSE 0 END, CASE kind WHEN 'ADMITTED' THEN 1 ELSE 0 END,
        CASE kind WHEN 'TRANSFERRED' THEN 1 ELSE 0 END, CASE kind WHEN 'DISCHARGED' THEN 1 ELSE 0 END, 0, 0 FROM mentoring_outcome
    UNION ALL SELECT org_path, extract(year FROM decision_date)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, to_mentor, to_mentee
        FROM mentoring_award
) x
GROUP BY mentoring_path_org(org_path), y;

INSERT INTO mentoring_review_count (organization_id, review_period, org_path, reviewed, reviewed_good)
SELECT mentoring_path_org(org_path), review_period, min(org_path), count(*),
       sum(CASE WHEN rating IN ('EXCELLENT', 'GOOD') THEN 1 ELSE 0 END)
FROM mentoring_review GROUP BY mentoring_path_org(org_path), review_period;
