-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no transition tables, so the counts per ancestor and child are kept by a Java row trigger,
-- vn.chibo.meeting.internal.MeetingChildMonthTrigger (the figures of V47's MeetingMonthRollTrigger, added to every
-- (ancestor, child) pair on the meeting's unit's path from the root). The twin's partial indexes on organization (the
-- organizations that are not active cells, the active cells by founding day) have none here (H2 databases are small).
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

-- The thematic quarters the same way (the twin explains the two tables): a Java row trigger,
-- vn.chibo.meeting.internal.MeetingThematicTrigger, keeps both from its own kept months.
CREATE TABLE meeting_thematic_month (
    holder      VARCHAR(400) NOT NULL,
    quarter     INT          NOT NULL,
    month_start DATE         NOT NULL,
    meetings    BIGINT       NOT NULL,
    PRIMARY KEY (holder, quarter, month_start)
);

CREATE TABLE meeting_child_quarter (
    ancestor    VARCHAR(400) NOT NULL,
    child       VARCHAR(400) NOT NULL,
    quarter     INT          NOT NULL,
    first_month DATE         NOT NULL,
    last_month  DATE         NOT NULL,
    cells       BIGINT       NOT NULL,
    PRIMARY KEY (ancestor, quarter, child, first_month, last_month)
);

CREATE TRIGGER meeting_thematic AFTER INSERT, UPDATE, DELETE ON meeting FOR EACH ROW
    CALL 'vn.chibo.meeting.internal.MeetingThematicTrigger';

INSERT INTO meeting_thematic_month (holder, quarter, month_start, meetings)
SELECT org_path, (CAST(SUBSTRING(period, 1, 4) AS INT) * 12 + CAST(SUBSTRING(period, 6, 2) AS INT) - 1) / 3,
       CAST(DATE_TRUNC('MONTH', meeting_date) AS DATE), COUNT(*)
FROM meeting WHERE status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE' AND (kind = 'THEMATIC' OR combined_thematic)
GROUP BY org_path, (CAST(SUBSTRING(period, 1, 4) AS INT) * 12 + CAST(SUBSTRING(period, 6, 2) AS INT) - 1) / 3,
         CAST(DATE_TRUNC('MONTH', meeting_date) AS DATE);

INSERT INTO meeting_child_quarter (ancestor, child, quarter, first_month, last_month, cells)
WITH RECURSIVE pairs(ancestor, child, unit) AS (
    SELECT DISTINCT REGEXP_REPLACE(unit, '[^/]+/$', ''), unit, unit
    FROM (SELECT DISTINCT REGEXP_REPLACE(holder, '[^/]+/$', '') AS unit FROM meeting_thematic_month) u
    WHERE REGEXP_REPLACE(unit, '[^/]+/$', '') NOT IN ('', '/')
    UNION ALL
    SELECT REGEXP_REPLACE(ancestor, '[^/]+/$', ''), ancestor, unit FROM pairs WHERE REGEXP_REPLACE(ancestor, '[^/]+/$', '') <> '/'
)
SELECT p.ancestor, p.child, c.quarter, c.first_month, c.last_month, SUM(c.cells)
FROM (SELECT holder, quarter, month_start AS first_month, month_start AS last_month, 1 AS cells FROM meeting_thematic_month
      UNION ALL
      SELECT holder, quarter, previous, month_start, -1
      FROM (SELECT t.*, LAG(month_start) OVER (PARTITION BY holder, quarter ORDER BY month_start) AS previous
            FROM meeting_thematic_month t) x
      WHERE previous IS NOT NULL) c
JOIN pairs p ON p.unit = REGEXP_REPLACE(c.holder, '[^/]+/$', '')
GROUP BY p.ancestor, p.child, c.quarter, c.first_month, c.last_month
HAVING SUM(c.cells) <> 0;
