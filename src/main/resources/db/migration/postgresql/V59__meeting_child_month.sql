-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL statement trigger with
-- transition tables here, by a Java row trigger (vn.chibo.meeting.internal.MeetingChildMonthTrigger) in H2.
--
-- The meeting overview at the root (issue 14): V47's monthly rollup per unit made the root add up 57,000 rollup rows
-- (about 150 ms). This table keeps the same figures once more per (ANCESTOR, CHILD, month, period): for every unit of
-- V47 (the organization above a meeting's organization) and every organization on the unit's path from the root
-- down, the figures of the meetings below it, filed under its parent (ancestor) and itself (child). A unit
-- /1/5/23/ adds its meetings to (/1/, /1/5/) and (/1/5/, /1/5/23/): an organization's figures per direct
-- sub-organization are then the rows of ancestor = its own path (the root: 11 children x 12 months), which add up to
-- exactly V47's rows of the units strictly below it. What OverviewQuery/MonthRollQuery read besides (the meetings of
-- the organization's own cells, the meetings of organizations that are not active cells, the regular meetings of cells
-- founded after their period) is unchanged. The meeting's own organization is not a child here: a unit's cells are
-- read from the meeting rows, as before (a row per cell and month would be as many rows as meetings).
--
-- Like V47 it knows nothing of organizations: it follows the meeting rows alone (forms, live recording, rescoring
-- batches, imports, plain SQL, moved/merged/split subtrees whose meeting paths PathCopies rewrites). Its ancestor and
-- child columns are paths but not path copies (their names do not end in "path"): the trigger moves the figures when
-- the meetings' paths are rewritten. Rows that fall to zero stay; readers add them up.
--
-- Every meeting now writes into one row per level above its unit, the national and regional rows shared by every
-- writer of the month: the writers of meetings take their turn (V53's advisory lock, taken by a BEFORE STATEMENT
-- trigger on meeting before any row changes, and by MeetingStore.lock before it locks a meeting row), and this table's
-- own writes (a rebuild) take the same turn.
--
-- Further down, the same for the thematic quarters (meeting_thematic_month, meeting_child_quarter), two partial indexes
-- on organization for what the overview still reads from it, and the first counts.

-- The (ancestor, child) pairs on a unit's path from the root: /1/5/23/ gives (/1/, /1/5/) and (/1/5/, /1/5/23/).
CREATE FUNCTION meeting_child_pairs(unit text) RETURNS TABLE (ancestor text, child text) LANGUAGE sql IMMUTABLE AS $$
    SELECT '/' || array_to_string(a.s[1:k], '/') || '/', '/' || array_to_string(a.s[1:k + 1], '/') || '/'
    FROM (SELECT string_to_array(trim(both '/' from unit), '/') AS s) a, generate_series(1, cardinality(a.s) - 1) k
$$;

CREATE TABLE meeting_child_month (
    ancestor        VARCHAR(400) COLLATE "C" NOT NULL,
    child           VARCHAR(400) COLLATE "C" NOT NULL,
    month_start     DATE          NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    held            BIGINT        NOT NULL,
    regular         BIGINT        NOT NULL,
    regular_on_time BIGINT        NOT NULL,
    thematic        BIGINT        NOT NULL,
    invited         BIGINT        NOT NULL,
    present         BIGINT        NOT NULL,
    speakers        BIGINT        NOT NULL,
    unexcused       BIGINT        NOT NULL,
    contributions   BIGINT        NOT NULL,
    good            BIGINT        NOT NULL,
    fair            BIGINT        NOT NULL,
    average         BIGINT        NOT NULL,
    poor            BIGINT        NOT NULL,
    score_sum       NUMERIC(16, 2) NOT NULL,
    scored          BIGINT        NOT NULL,
    flat            BIGINT        NOT NULL,
    PRIMARY KEY (ancestor, month_start, child, period)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that the figures' updates stay HOT (no indexed column changes)

CREATE FUNCTION meeting_child_month_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO meeting_child_month AS c (ancestor, child, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT p.ancestor, p.child, d.month_start, d.period, sum(d.held), sum(d.regular), sum(d.regular_on_time), sum(d.thematic), sum(d.invited), sum(d.present), sum(d.speakers), sum(d.unexcused), sum(d.contributions), sum(d.good), sum(d.fair), sum(d.average), sum(d.poor), sum(d.score_sum), sum(d.scored), sum(d.flat)
            FROM (SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))) AS unit,
                         cast(date_trunc('month', d.meeting_date) AS date) AS month_start, d.period AS period,
                         sum(d.sign) AS held, sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END) AS regular, sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END) AS regular_on_time, sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END) AS thematic, sum(d.sign * (d.official_count + d.probationary_count)) AS invited, sum(d.sign * d.present_count) AS present, sum(d.sign * d.speaker_count) AS speakers, sum(d.sign * d.unexcused_count) AS unexcused, sum(d.sign * d.contribution_count) AS contributions, sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END) AS good, sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END) AS fair, sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END) AS average, sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END) AS poor, coalesce(sum(d.sign * d.score), 0) AS score_sum, sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END) AS scored, sum(CASE WHEN d.flat THEN d.sign ELSE 0 END) AS flat
                  FROM (SELECT 1 AS sign, n.* FROM new_rows n) d
                  WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
                  GROUP BY 1, 2, 3) d
            CROSS JOIN LATERAL meeting_child_pairs(d.unit) p
            GROUP BY p.ancestor, d.month_start, p.child, d.period ORDER BY p.ancestor, d.month_start, p.child, d.period
            ON CONFLICT (ancestor, month_start, child, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO meeting_child_month AS c (ancestor, child, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT p.ancestor, p.child, d.month_start, d.period, sum(d.held), sum(d.regular), sum(d.regular_on_time), sum(d.thematic), sum(d.invited), sum(d.present), sum(d.speakers), sum(d.unexcused), sum(d.contributions), sum(d.good), sum(d.fair), sum(d.average), sum(d.poor), sum(d.score_sum), sum(d.scored), sum(d.flat)
            FROM (SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))) AS unit,
                         cast(date_trunc('month', d.meeting_date) AS date) AS month_start, d.period AS period,
                         sum(d.sign) AS held, sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END) AS regular, sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END) AS regular_on_time, sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END) AS thematic, sum(d.sign * (d.official_count + d.probationary_count)) AS invited, sum(d.sign * d.present_count) AS present, sum(d.sign * d.speaker_count) AS speakers, sum(d.sign * d.unexcused_count) AS unexcused, sum(d.sign * d.contribution_count) AS contributions, sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END) AS good, sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END) AS fair, sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END) AS average, sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END) AS poor, coalesce(sum(d.sign * d.score), 0) AS score_sum, sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END) AS scored, sum(CASE WHEN d.flat THEN d.sign ELSE 0 END) AS flat
                  FROM (SELECT -1 AS sign, o.* FROM old_rows o) d
                  WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
                  GROUP BY 1, 2, 3) d
            CROSS JOIN LATERAL meeting_child_pairs(d.unit) p
            GROUP BY p.ancestor, d.month_start, p.child, d.period ORDER BY p.ancestor, d.month_start, p.child, d.period
            ON CONFLICT (ancestor, month_start, child, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    ELSE
        -- only the rows whose counted columns changed (an agenda or minutes edit changes nothing here)
        INSERT INTO meeting_child_month AS c (ancestor, child, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT p.ancestor, p.child, d.month_start, d.period, sum(d.held), sum(d.regular), sum(d.regular_on_time), sum(d.thematic), sum(d.invited), sum(d.present), sum(d.speakers), sum(d.unexcused), sum(d.contributions), sum(d.good), sum(d.fair), sum(d.average), sum(d.poor), sum(d.score_sum), sum(d.scored), sum(d.flat)
            FROM (SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))) AS unit,
                         cast(date_trunc('month', d.meeting_date) AS date) AS month_start, d.period AS period,
                         sum(d.sign) AS held, sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END) AS regular, sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END) AS regular_on_time, sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END) AS thematic, sum(d.sign * (d.official_count + d.probationary_count)) AS invited, sum(d.sign * d.present_count) AS present, sum(d.sign * d.speaker_count) AS speakers, sum(d.sign * d.unexcused_count) AS unexcused, sum(d.sign * d.contribution_count) AS contributions, sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END) AS good, sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END) AS fair, sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END) AS average, sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END) AS poor, coalesce(sum(d.sign * d.score), 0) AS score_sum, sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END) AS scored, sum(CASE WHEN d.flat THEN d.sign ELSE 0 END) AS flat
                  FROM (SELECT 1 AS sign, n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic, o.official_count, o.probationary_count, o.present_count, o.speaker_count, o.unexcused_count, o.contribution_count, o.grade, o.score, o.flat) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic, n.official_count, n.probationary_count, n.present_count, n.speaker_count, n.unexcused_count, n.contribution_count, n.grade, n.score, n.flat) UNION ALL SELECT -1 AS sign, o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic, o.official_count, o.probationary_count, o.present_count, o.speaker_count, o.unexcused_count, o.contribution_count, o.grade, o.score, o.flat) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic, n.official_count, n.probationary_count, n.present_count, n.speaker_count, n.unexcused_count, n.contribution_count, n.grade, n.score, n.flat)) d
                  WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
                  GROUP BY 1, 2, 3) d
            CROSS JOIN LATERAL meeting_child_pairs(d.unit) p
            GROUP BY p.ancestor, d.month_start, p.child, d.period ORDER BY p.ancestor, d.month_start, p.child, d.period
            ON CONFLICT (ancestor, month_start, child, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER meeting_child_month_insert AFTER INSERT ON meeting
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_child_month_keep();
CREATE TRIGGER meeting_child_month_update AFTER UPDATE ON meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_child_month_keep();
CREATE TRIGGER meeting_child_month_delete AFTER DELETE ON meeting
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_child_month_keep();
-- the table's own writes (a rebuild) take the meetings' turn too (V53)
CREATE TRIGGER meeting_count_lock_child BEFORE INSERT OR UPDATE OR DELETE ON meeting_child_month
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_count_lock();

-- The thematic quarters (a quarter counts once per cell, however many thematic meetings it held in it) the same way.
-- A count of distinct cells cannot be added up from counts of meetings, so two tables:
-- meeting_thematic_month: the thematic party meetings held per organization (holder: its path, not a path copy),
-- quarter of their period (year x 4 + quarter - 1) and month of their date;
-- meeting_child_quarter: for each holder and quarter, the months S of its dates sorted, each month +1 (a single) and
-- each two consecutive months of S -1 (a pair), added up per (ancestor, child) pair on the holder's unit's path. The
-- rows whose first_month >= the period's first month and last_month <= its last month add up to 1 per holder and
-- quarter with a thematic meeting dated in the period (the months of S in a range are consecutive in S: n singles,
-- n - 1 pairs), 0 otherwise, whatever the range. OverviewQuery reads the rows of its children and corrects them from
-- the rows for its own cells, the organizations that are not active cells and cells founded late (ThematicQuarters).
CREATE TABLE meeting_thematic_month (
    holder      VARCHAR(400) COLLATE "C" NOT NULL,
    quarter     INT          NOT NULL,
    month_start DATE         NOT NULL,
    meetings    BIGINT       NOT NULL,
    PRIMARY KEY (holder, quarter, month_start)
) WITH (fillfactor = 70);

CREATE TABLE meeting_child_quarter (
    ancestor    VARCHAR(400) COLLATE "C" NOT NULL,
    child       VARCHAR(400) COLLATE "C" NOT NULL,
    quarter     INT          NOT NULL,
    first_month DATE         NOT NULL,
    last_month  DATE         NOT NULL,
    cells       BIGINT       NOT NULL,
    PRIMARY KEY (ancestor, quarter, child, first_month, last_month)
) WITH (fillfactor = 70);

CREATE TYPE meeting_thematic_change AS (holder text, quarter int, month_start date, meetings bigint);

-- A statement's changes of thematic meetings per holder, quarter and month: the holders' months before (the kept
-- rows) and after (the kept rows plus the changes), their singles and pairs taken off and added, then the changes
-- kept. Called by meeting_thematic_keep only.
CREATE FUNCTION meeting_thematic_apply(changes meeting_thematic_change[]) RETURNS void LANGUAGE sql AS $$
    WITH d AS (SELECT * FROM unnest(changes)),
    k AS (SELECT DISTINCT holder, quarter FROM d),
    s AS (SELECT x.holder, x.quarter, x.month_start, sum(x.before) AS before, sum(x.before) + sum(x.change) AS after
          FROM (SELECT t.holder, t.quarter, t.month_start, t.meetings AS before, 0 AS change
                FROM meeting_thematic_month t JOIN k ON k.holder = t.holder AND k.quarter = t.quarter
                UNION ALL SELECT holder, quarter, month_start, 0, meetings FROM d) x
          GROUP BY 1, 2, 3),
    m AS (SELECT holder, quarter, month_start, -1 AS sign FROM s WHERE before > 0
          UNION ALL SELECT holder, quarter, month_start, 1 FROM s WHERE after > 0),
    c AS (SELECT holder, quarter, month_start AS first_month, month_start AS last_month, sign AS cells FROM m
          UNION ALL
          SELECT holder, quarter, previous, month_start, -sign
          FROM (SELECT m.*, lag(month_start) OVER (PARTITION BY holder, quarter, sign ORDER BY month_start) AS previous FROM m) p
          WHERE previous IS NOT NULL)
    INSERT INTO meeting_child_quarter AS t (ancestor, child, quarter, first_month, last_month, cells)
        SELECT p.ancestor, p.child, c.quarter, c.first_month, c.last_month, sum(c.cells)
        FROM c CROSS JOIN LATERAL meeting_child_pairs(left(c.holder, length(c.holder) - position('/' in reverse(left(c.holder, length(c.holder) - 1))))) p
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.cells) <> 0 ORDER BY 1, 3, 2, 4, 5
        ON CONFLICT (ancestor, quarter, child, first_month, last_month) DO UPDATE SET cells = t.cells + excluded.cells;
    INSERT INTO meeting_thematic_month AS t (holder, quarter, month_start, meetings)
        SELECT holder, quarter, month_start, sum(meetings) FROM unnest(changes) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (holder, quarter, month_start) DO UPDATE SET meetings = t.meetings + excluded.meetings;
$$;

CREATE FUNCTION meeting_thematic_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes meeting_thematic_change[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(row(c.holder, c.quarter, c.month_start, c.meetings)::meeting_thematic_change) INTO changes
        FROM (SELECT d.org_path AS holder, (cast(substring(d.period, 1, 4) AS int) * 12 + cast(substring(d.period, 6, 2) AS int) - 1) / 3 AS quarter,
                     cast(date_trunc('month', d.meeting_date) AS date) AS month_start, sum(d.sign) AS meetings
              FROM (SELECT 1 AS sign, n.* FROM new_rows n) d
              WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE' AND (d.kind = 'THEMATIC' OR d.combined_thematic)
              GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0) c;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(row(c.holder, c.quarter, c.month_start, c.meetings)::meeting_thematic_change) INTO changes
        FROM (SELECT d.org_path AS holder, (cast(substring(d.period, 1, 4) AS int) * 12 + cast(substring(d.period, 6, 2) AS int) - 1) / 3 AS quarter,
                     cast(date_trunc('month', d.meeting_date) AS date) AS month_start, sum(d.sign) AS meetings
              FROM (SELECT -1 AS sign, o.* FROM old_rows o) d
              WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE' AND (d.kind = 'THEMATIC' OR d.combined_thematic)
              GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0) c;
    ELSE
        -- only the rows whose holder, date, period or thematic kind changed
        SELECT array_agg(row(c.holder, c.quarter, c.month_start, c.meetings)::meeting_thematic_change) INTO changes
        FROM (SELECT d.org_path AS holder, (cast(substring(d.period, 1, 4) AS int) * 12 + cast(substring(d.period, 6, 2) AS int) - 1) / 3 AS quarter,
                     cast(date_trunc('month', d.meeting_date) AS date) AS month_start, sum(d.sign) AS meetings
              FROM (SELECT 1 AS sign, n.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic) UNION ALL SELECT -1 AS sign, o.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic)) d
              WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE' AND (d.kind = 'THEMATIC' OR d.combined_thematic)
              GROUP BY 1, 2, 3 HAVING sum(d.sign) <> 0) c;
    END IF;
    IF changes IS NOT NULL THEN
        PERFORM meeting_thematic_apply(changes);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER meeting_thematic_insert AFTER INSERT ON meeting
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_thematic_keep();
CREATE TRIGGER meeting_thematic_update AFTER UPDATE ON meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_thematic_keep();
CREATE TRIGGER meeting_thematic_delete AFTER DELETE ON meeting
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_thematic_keep();
CREATE TRIGGER meeting_count_lock_thematic BEFORE INSERT OR UPDATE OR DELETE ON meeting_thematic_month
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_count_lock();
CREATE TRIGGER meeting_count_lock_child_quarter BEFORE INSERT OR UPDATE OR DELETE ON meeting_child_quarter
    FOR EACH STATEMENT EXECUTE FUNCTION meeting_count_lock();

-- What the overview still reads from the organization rows, at the root in every statement: the organizations that are
-- not active cells (5,137 of 32,143 at scale 0.1, probed for meetings one by one) and the active cells founded after a
-- month (a few): partial indexes instead of a scan of the organization table each (about 15 ms each at the root).
CREATE INDEX ix_organization_not_active_cell ON organization (path) WHERE NOT (type = 'CELL' AND status = 'ACTIVE');
CREATE INDEX ix_organization_cell_founded ON organization (valid_from) WHERE type = 'CELL' AND status = 'ACTIVE';

-- first count, from the meeting rows (NationalDataset rebuilds the tables with these same statements)
INSERT INTO meeting_child_month AS c (ancestor, child, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
    SELECT p.ancestor, p.child, d.month_start, d.period, sum(d.held), sum(d.regular), sum(d.regular_on_time), sum(d.thematic), sum(d.invited), sum(d.present), sum(d.speakers), sum(d.unexcused), sum(d.contributions), sum(d.good), sum(d.fair), sum(d.average), sum(d.poor), sum(d.score_sum), sum(d.scored), sum(d.flat)
    FROM (SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))) AS unit,
                 cast(date_trunc('month', d.meeting_date) AS date) AS month_start, d.period AS period,
                 sum(d.sign) AS held, sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END) AS regular, sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END) AS regular_on_time, sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END) AS thematic, sum(d.sign * (d.official_count + d.probationary_count)) AS invited, sum(d.sign * d.present_count) AS present, sum(d.sign * d.speaker_count) AS speakers, sum(d.sign * d.unexcused_count) AS unexcused, sum(d.sign * d.contribution_count) AS contributions, sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END) AS good, sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END) AS fair, sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END) AS average, sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END) AS poor, coalesce(sum(d.sign * d.score), 0) AS score_sum, sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END) AS scored, sum(CASE WHEN d.flat THEN d.sign ELSE 0 END) AS flat
          FROM (SELECT 1 AS sign, m.* FROM meeting m) d
          WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
          GROUP BY 1, 2, 3) d
    CROSS JOIN LATERAL meeting_child_pairs(d.unit) p
    GROUP BY p.ancestor, d.month_start, p.child, d.period ORDER BY p.ancestor, d.month_start, p.child, d.period
    ON CONFLICT (ancestor, month_start, child, period) DO UPDATE SET
        held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;

INSERT INTO meeting_thematic_month (holder, quarter, month_start, meetings)
    SELECT d.org_path, (cast(substring(d.period, 1, 4) AS int) * 12 + cast(substring(d.period, 6, 2) AS int) - 1) / 3, cast(date_trunc('month', d.meeting_date) AS date), count(*)
    FROM meeting d WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE' AND (d.kind = 'THEMATIC' OR d.combined_thematic)
    GROUP BY 1, 2, 3;
INSERT INTO meeting_child_quarter (ancestor, child, quarter, first_month, last_month, cells)
    SELECT p.ancestor, p.child, c.quarter, c.first_month, c.last_month, sum(c.cells)
    FROM (SELECT holder, quarter, month_start AS first_month, month_start AS last_month, 1 AS cells FROM meeting_thematic_month
          UNION ALL
          SELECT holder, quarter, previous, month_start, -1
          FROM (SELECT t.*, lag(month_start) OVER (PARTITION BY holder, quarter ORDER BY month_start) AS previous
                FROM meeting_thematic_month t) x
          WHERE previous IS NOT NULL) c
    CROSS JOIN LATERAL meeting_child_pairs(left(c.holder, length(c.holder) - position('/' in reverse(left(c.holder, length(c.holder) - 1))))) p
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.cells) <> 0;
