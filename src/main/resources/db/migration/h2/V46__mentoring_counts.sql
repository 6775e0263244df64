-- Vendor file, twin of the same version in db/migration/postgresql (which explains the tables): H2 has no PL/pgSQL and
-- no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger, vn.chibo.mentoring.internal.MentoringCountTrigger,
-- and the path functions are Java methods (vn.chibo.mentoring.internal.MentorSpells).
CREATE TABLE mentoring_count (
    organization_id      BIGINT       NOT NULL,
    count_year           INT          NOT NULL,
    org_path             VARCHAR(400) NOT NULL,
    running_mentors      BIGINT       DEFAULT 0 NOT NULL,
    running_assignments  BIGINT       DEFAULT 0 NOT NULL,
    running_groups       BIGINT       DEFAULT 0 NOT NULL,
    sessions_held        BIGINT       DEFAULT 0 NOT NULL,
    outcomes_tasks_well  BIGINT       DEFAULT 0 NOT NULL,
    outcomes_awarded     BIGINT       DEFAULT 0 NOT NULL,
    outcomes_sympathiser BIGINT       DEFAULT 0 NOT NULL,
    outcomes_admitted    BIGINT       DEFAULT 0 NOT NULL,
    outcomes_transferred BIGINT       DEFAULT 0 NOT NULL,
    outcomes_discharged  BIGINT       DEFAULT 0 NOT NULL,
    awards_to_mentors    BIGINT       DEFAULT 0 NOT NULL,
    awards_to_mentees    BIGINT       DEFAULT 0 NOT NULL,
    PRIMARY KEY (organization_id, count_year)
);
CREATE INDEX ix_mentoring_count_path ON mentoring_count (org_path, count_year);

CREATE TABLE mentoring_review_count (
    organization_id BIGINT       NOT NULL,
    review_period   VARCHAR(10)  NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    reviewed        BIGINT       DEFAULT 0 NOT NULL,
    reviewed_good   BIGINT       DEFAULT 0 NOT NULL,
    PRIMARY KEY (organization_id, review_period)
);
CREATE INDEX ix_mentoring_review_count_period ON mentoring_review_count (review_period, org_path);

CREATE TABLE mentoring_mentor_event (
    mentor_person_id BIGINT       NOT NULL,
    organization_id  BIGINT       NOT NULL,
    org_path         VARCHAR(400) NOT NULL,
    event_day        DATE         NOT NULL,
    delta            BIGINT       NOT NULL,
    PRIMARY KEY (mentor_person_id, organization_id, event_day)
);
CREATE INDEX ix_mentoring_mentor_event_day ON mentoring_mentor_event (event_day, org_path);

CREATE TABLE mentoring_award (
    award_record_id BIGINT       NOT NULL PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    decision_date   DATE         NOT NULL,
    to_mentor       INT          NOT NULL,
    to_mentee       INT          NOT NULL
);
CREATE INDEX ix_mentoring_award_person ON mentoring_award (person_id);
CREATE INDEX ix_mentoring_award_date ON mentoring_award (decision_date, org_path);

CREATE INDEX ix_mentoring_assignment_start ON mentoring_assignment (start_date);
CREATE INDEX ix_mentoring_assignment_end ON mentoring_assignment (end_date);
CREATE INDEX ix_mentoring_group_formed ON mentoring_group (formed_on);
CREATE INDEX ix_mentoring_group_ended ON mentoring_group (ended_on);
CREATE INDEX ix_mentoring_session_held ON mentoring_session (held_on);
CREATE INDEX ix_mentoring_outcome_occurred ON mentoring_outcome (occurred_on);

CREATE ALIAS mentoring_path_org DETERMINISTIC FOR 'vn.chibo.mentoring.internal.MentorSpells.organizationOf';
CREATE ALIAS mentoring_path_lca DETERMINISTIC FOR 'vn.chibo.mentoring.internal.MentorSpells.commonAncestor';

CREATE TRIGGER mentoring_count_assignment AFTER INSERT, UPDATE, DELETE ON mentoring_assignment FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
CREATE TRIGGER mentoring_count_group AFTER INSERT, UPDATE, DELETE ON mentoring_group FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
CREATE TRIGGER mentoring_count_session AFTER INSERT, UPDATE, DELETE ON mentoring_session FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
CREATE TRIGGER mentoring_count_outcome AFTER INSERT, UPDATE, DELETE ON mentoring_outcome FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
CREATE TRIGGER mentoring_count_award AFTER INSERT, UPDATE, DELETE ON award_record FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';
CREATE TRIGGER mentoring_count_review AFTER INSERT, UPDATE, DELETE ON mentoring_review FOR EACH ROW
    CALL 'vn.chibo.mentoring.internal.MentoringCountTrigger';

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
    SELECT org_path, cast(extract(year FROM event_day) AS int) AS y, delta AS rm, 0 AS ra, 0 AS rg, 0 AS sh, 0 AS o1, 0 AS o2,
           0 AS o3, 0 AS o4, 0 AS o5, 0 AS o6, 0 AS am, 0 AS ae FROM mentoring_mentor_event
    UNION ALL SELECT org_path, cast(extract(year FROM start_date) AS int), 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_assignment
        WHERE end_date IS NULL OR end_date > start_date
    UNION ALL SELECT org_path, cast(extract(year FROM end_date) AS int), 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_assignment
        WHERE end_date > start_date
    UNION ALL SELECT org_path, cast(extract(year FROM formed_on) AS int), 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_group
        WHERE ended_on IS NULL OR ended_on > formed_on
    UNION ALL SELECT org_path, cast(extract(year FROM ended_on) AS int), 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_group
        WHERE ended_on > formed_on
    UNION ALL SELECT org_path, cast(extract(year FROM held_on) AS int), 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 FROM mentoring_session
    UNION ALL SELECT org_path, cast(extract(year FROM occurred_on) AS int), 0, 0, 0, 0,
        CASE kind WHEN 'TASKS_WELL' THEN 1 ELSE 0 END, CASE kind WHEN 'AWARDED' THEN 1 ELSE 0 END,
        CASE kind WHEN 'SYMPATHISER' THEN 1 ELSE 0 END, CASE kind WHEN 'ADMITTED' THEN 1 ELSE 0 END,
        CASE kind WHEN 'TRANSFERRED' THEN 1 ELSE 0 END, CASE kind WHEN 'DISCHARGED' THEN 1 ELSE 0 END, 0, 0 FROM mentoring_outcome
    UNION ALL SELECT org_path, cast(extract(year FROM decision_date) AS int), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, to_mentor, to_mentee
        FROM mentoring_award
) x
GROUP BY mentoring_path_org(org_path), y;

INSERT INTO mentoring_review_count (organization_id, review_period, org_path, reviewed, reviewed_good)
SELECT mentoring_path_org(org_path), review_period, min(org_path), count(*),
       sum(CASE WHEN rating IN ('EXCELLENT', 'GOOD') THEN 1 ELSE 0 END)
FROM mentoring_review GROUP BY mentoring_path_org(org_path), review_period;
