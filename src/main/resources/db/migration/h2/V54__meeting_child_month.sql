-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no transition tables, so the counts per ancestor and child are kept by a Java row trigger,
-- vn.chibo.meeting.internal.MeetingChildMonthTrigger (the figures of V47's MeetingMonthRollTrigger, added to every
-- (ancestor, child) pair on the meeting's unit's path from the root).
CREATE TABLE meeting_child_month (
    ancestor        VARCHAR(400)   NOT NULL,
    child           VARCHAR(400)   NOT NULL,
    month_start     DATE           NOT NULL,
    period          VARCHAR(7)     NOT NULL,
    held            BIGINT         NOT NULL,
    regular         BIGINT         NOT NULL,
    regular_on_time BIGINT         NOT NULL,
    thematic        BIGINT         NOT NULL,
    invited         BIGINT         NOT NULL,
    present         BIGINT         NOT NULL,
    speakers        BIGINT         NOT NULL,
    unexcused       BIGINT         NOT NULL,
    contributions   BIGINT         NOT NULL,
    good            BIGINT         NOT NULL,
    fair            BIGINT         NOT NULL,
    average         BIGINT         NOT NULL,
    poor            BIGINT         NOT NULL,
    score_sum       NUMERIC(16, 2) NOT NULL,
    scored          BIGINT         NOT NULL,
    flat            BIGINT         NOT NULL,
    PRIMARY KEY (ancestor, month_start, child, period)
);

CREATE TRIGGER meeting_child_month AFTER INSERT, UPDATE, DELETE ON meeting FOR EACH ROW
    CALL 'vn.chibo.meeting.internal.MeetingChildMonthTrigger';

-- first count, from V47's rollup per unit (kept equal to the meeting rows by its trigger): each unit's rows added to the
-- pairs on its path, found by taking the last step off the path until the ancestor is the root
INSERT INTO meeting_child_month (ancestor, child, month_start, period, held, regular, regular_on_time, thematic, invited, present,
                                 speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
WITH RECURSIVE pairs(ancestor, child, unit) AS (
    SELECT DISTINCT REGEXP_REPLACE(unit, '[^/]+/$', ''), unit, unit FROM meeting_month_roll
    WHERE REGEXP_REPLACE(unit, '[^/]+/$', '') NOT IN ('', '/')
    UNION ALL
    SELECT REGEXP_REPLACE(ancestor, '[^/]+/$', ''), ancestor, unit FROM pairs WHERE REGEXP_REPLACE(ancestor, '[^/]+/$', '') <> '/'
)
SELECT p.ancestor, p.child, r.month_start, r.period, SUM(r.held), SUM(r.regular), SUM(r.regular_on_time), SUM(r.thematic),
       SUM(r.invited), SUM(r.present), SUM(r.speakers), SUM(r.unexcused), SUM(r.contributions), SUM(r.good), SUM(r.fair),
       SUM(r.average), SUM(r.poor), SUM(r.score_sum), SUM(r.scored), SUM(r.flat)
FROM pairs p JOIN meeting_month_roll r ON r.unit = p.unit
GROUP BY p.ancestor, p.child, r.month_start, r.period;
