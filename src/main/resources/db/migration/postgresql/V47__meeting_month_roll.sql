-- Vendor file, twin of the same version in db/migration/h2: the rollup is kept by a PL/pgSQL statement trigger with
-- transition tables here, by a Java row trigger (vn.chibo.meeting.internal.MeetingMonthRollTrigger) in H2.
--
-- The meeting overview at national scale (issue 14): the party meetings held (status HELD or CLOSED, not committee
-- meetings) added up per UNIT (the organization above the meeting's organization, named by its path), month of the
-- meeting date and period, with every figure the overview and the review's meeting figures read from a meeting row:
-- held, regular, regular held in their own month, thematic, invited, present, speakers, unexcused absences,
-- contributions, grades, score sum and scored, flat. A cell's parent has about five cells, so the root's twelve months
-- are some 58,000 rows instead of 307,000 meetings; a subtree's figures per child are sums over the units below it
-- (OverviewQuery says what it reads from the meetings themselves: its direct cells, and the meetings of organizations
-- that are not active cells or of cells founded after the meeting's period). Nothing about the organization is copied
-- in: the rollup follows the meeting rows alone, so a moved, merged or split subtree (PathCopies rewrites the
-- meetings' org_path), a rescoring (MeetingScorer), an import or plain SQL keep it in the writer's own transaction.
-- The unit column is a path but not a path copy (PathCopies must not rewrite it: the meeting trigger moves the
-- figures when the meetings' paths are rewritten), hence its name. Rows that fall to zero stay; readers add them up.
CREATE TABLE meeting_month_roll (
    unit            VARCHAR(400) COLLATE "C" NOT NULL,
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
    PRIMARY KEY (unit, month_start, period)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that the figures' updates stay HOT (no indexed column changes)

CREATE FUNCTION meeting_month_roll_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO meeting_month_roll AS c (unit, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))),
                   cast(date_trunc('month', d.meeting_date) AS date), d.period,
                   sum(d.sign), sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END),
                   sum(d.sign * (d.official_count + d.probationary_count)), sum(d.sign * d.present_count), sum(d.sign * d.speaker_count),
                   sum(d.sign * d.unexcused_count), sum(d.sign * d.contribution_count),
                   sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END),
                   coalesce(sum(d.sign * d.score), 0), sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.flat THEN d.sign ELSE 0 END)
            FROM (SELECT 1 AS sign, n.* FROM new_rows n) d
            WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (unit, month_start, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO meeting_month_roll AS c (unit, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))),
                   cast(date_trunc('month', d.meeting_date) AS date), d.period,
                   sum(d.sign), sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END),
                   sum(d.sign * (d.official_count + d.probationary_count)), sum(d.sign * d.present_count), sum(d.sign * d.speaker_count),
                   sum(d.sign * d.unexcused_count), sum(d.sign * d.contribution_count),
                   sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END),
                   coalesce(sum(d.sign * d.score), 0), sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.flat THEN d.sign ELSE 0 END)
            FROM (SELECT -1 AS sign, o.* FROM old_rows o) d
            WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (unit, month_start, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    ELSE
        -- only the rows whose counted columns changed (an agenda or minutes edit changes nothing here)
        INSERT INTO meeting_month_roll AS c (unit, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
            SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))),
                   cast(date_trunc('month', d.meeting_date) AS date), d.period,
                   sum(d.sign), sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END),
                   sum(d.sign * (d.official_count + d.probationary_count)), sum(d.sign * d.present_count), sum(d.sign * d.speaker_count),
                   sum(d.sign * d.unexcused_count), sum(d.sign * d.contribution_count),
                   sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END),
                   coalesce(sum(d.sign * d.score), 0), sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END),
                   sum(CASE WHEN d.flat THEN d.sign ELSE 0 END)
            FROM (SELECT 1 AS sign, n.* FROM new_rows n JOIN old_rows o ON o.id = n.id
                          WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic, o.official_count, o.probationary_count, o.present_count, o.speaker_count, o.unexcused_count, o.contribution_count, o.grade, o.score, o.flat) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic, n.official_count, n.probationary_count, n.present_count, n.speaker_count, n.unexcused_count, n.contribution_count, n.grade, n.score, n.flat)
                          UNION ALL SELECT -1 AS sign, o.* FROM old_rows o JOIN new_rows n ON n.id = o.id
                          WHERE (o.org_path, o.meeting_date, o.period, o.status, o.kind, o.combined_thematic, o.official_count, o.probationary_count, o.present_count, o.speaker_count, o.unexcused_count, o.contribution_count, o.grade, o.score, o.flat) IS DISTINCT FROM (n.org_path, n.meeting_date, n.period, n.status, n.kind, n.combined_thematic, n.official_count, n.probationary_count, n.present_count, n.speaker_count, n.unexcused_count, n.contribution_count, n.grade, n.score, n.flat)) d
            WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (unit, month_start, period) DO UPDATE SET
                held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER meeting_month_roll_insert AFTER INSERT ON meeting
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_month_roll_keep();
CREATE TRIGGER meeting_month_roll_update AFTER UPDATE ON meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_month_roll_keep();
CREATE TRIGGER meeting_month_roll_delete AFTER DELETE ON meeting
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_month_roll_keep();

INSERT INTO meeting_month_roll AS c (unit, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
    SELECT left(d.org_path, length(d.org_path) - position('/' in reverse(left(d.org_path, length(d.org_path) - 1)))),
           cast(date_trunc('month', d.meeting_date) AS date), d.period,
           sum(d.sign), sum(CASE WHEN d.kind = 'REGULAR' THEN d.sign ELSE 0 END),
           sum(CASE WHEN d.kind = 'REGULAR' AND to_char(d.meeting_date, 'YYYY-MM') = d.period THEN d.sign ELSE 0 END),
           sum(CASE WHEN d.kind = 'THEMATIC' OR d.combined_thematic THEN d.sign ELSE 0 END),
           sum(d.sign * (d.official_count + d.probationary_count)), sum(d.sign * d.present_count), sum(d.sign * d.speaker_count),
           sum(d.sign * d.unexcused_count), sum(d.sign * d.contribution_count),
           sum(CASE WHEN d.grade = 'GOOD' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'FAIR' THEN d.sign ELSE 0 END),
           sum(CASE WHEN d.grade = 'AVERAGE' THEN d.sign ELSE 0 END), sum(CASE WHEN d.grade = 'POOR' THEN d.sign ELSE 0 END),
           coalesce(sum(d.sign * d.score), 0), sum(CASE WHEN d.score IS NOT NULL THEN d.sign ELSE 0 END),
           sum(CASE WHEN d.flat THEN d.sign ELSE 0 END)
    FROM (SELECT 1 AS sign, m.* FROM meeting m) d
    WHERE d.status IN ('HELD', 'CLOSED') AND d.kind <> 'COMMITTEE'
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (unit, month_start, period) DO UPDATE SET
        held = c.held + excluded.held, regular = c.regular + excluded.regular, regular_on_time = c.regular_on_time + excluded.regular_on_time, thematic = c.thematic + excluded.thematic, invited = c.invited + excluded.invited, present = c.present + excluded.present, speakers = c.speakers + excluded.speakers, unexcused = c.unexcused + excluded.unexcused, contributions = c.contributions + excluded.contributions, good = c.good + excluded.good, fair = c.fair + excluded.fair, average = c.average + excluded.average, poor = c.poor + excluded.poor, score_sum = c.score_sum + excluded.score_sum, scored = c.scored + excluded.scored, flat = c.flat + excluded.flat;

-- The thematic quarters (a quarter counts once per cell) are still counted on the meetings: only thematic ones, from
-- a narrow partial index (about a third of the period's meetings).
CREATE INDEX ix_meeting_thematic_path ON meeting (org_path, meeting_date) INCLUDE (organization_id, period, status, kind)
    WHERE kind = 'THEMATIC' OR combined_thematic;

-- The absence alerts (members absent without reason in several months of the year) read the unexcused absences of a
-- subtree's meetings: from the few meetings that have one (their kept count, MeetingFacts, refreshed with every change
-- of attendance) along their path, joined to the absences in a narrow index of their own, instead of every unexcused
-- absence of the country looked up meeting by meeting (a province: 175 ms → 6 ms).
CREATE INDEX ix_meeting_unexcused_path ON meeting (org_path, meeting_date) INCLUDE (id, organization_id, period)
    WHERE unexcused_count > 0 AND status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE';
CREATE INDEX ix_meeting_attendee_unexcused ON meeting_attendee (meeting_id) INCLUDE (person_id, full_name)
    WHERE attendance = 'UNEXCUSED' AND role = 'MEMBER' AND person_id IS NOT NULL;

-- The supervision coverage counts the meetings that assigned supervisors attended: the supervisors present, and the
-- meetings that kept "a supervisor was present" (MeetingFacts), each from a narrow index and hashed together instead of
-- looking up the meeting of every supervisor's attendance (the root: about 530 ms → 70 ms).
CREATE INDEX ix_meeting_supervised_path ON meeting (org_path, meeting_date) INCLUDE (id, organization_id)
    WHERE supervisor_present AND status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE';
CREATE INDEX ix_meeting_attendee_supervised ON meeting_attendee (meeting_id) INCLUDE (supervision_id)
    WHERE supervision_id IS NOT NULL AND attendance = 'PRESENT';
