-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no transition tables, so the rollup is kept by a Java row trigger, vn.chibo.meeting.internal.MeetingMonthRollTrigger;
-- and no partial index, so the partial indexes of the twin (thematic meetings, unexcused absences, supervisors
-- present) have none here (H2 databases are small).
CREATE TABLE meeting_month_roll (
    unit            VARCHAR(400)   NOT NULL,
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
    PRIMARY KEY (unit, month_start, period)
);

CREATE TRIGGER meeting_month_roll AFTER INSERT, UPDATE, DELETE ON meeting FOR EACH ROW
    CALL 'vn.chibo.meeting.internal.MeetingMonthRollTrigger';

INSERT INTO meeting_month_roll (unit, month_start, period, held, regular, regular_on_time, thematic, invited, present, speakers,
                                unexcused, contributions, good, fair, average, poor, score_sum, scored, flat)
SELECT REGEXP_REPLACE(org_path, '[^/]+/$', ''), CAST(DATE_TRUNC('MONTH', meeting_date) AS DATE), period,
       COUNT(*), SUM(CASE WHEN kind = 'REGULAR' THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'REGULAR' AND SUBSTRING(CAST(meeting_date AS VARCHAR(10)), 1, 7) = period THEN 1 ELSE 0 END),
       SUM(CASE WHEN kind = 'THEMATIC' OR combined_thematic THEN 1 ELSE 0 END),
       SUM(official_count + probationary_count), SUM(present_count), SUM(speaker_count), SUM(unexcused_count),
       SUM(contribution_count),
       SUM(CASE WHEN grade = 'GOOD' THEN 1 ELSE 0 END), SUM(CASE WHEN grade = 'FAIR' THEN 1 ELSE 0 END),
       SUM(CASE WHEN grade = 'AVERAGE' THEN 1 ELSE 0 END), SUM(CASE WHEN grade = 'POOR' THEN 1 ELSE 0 END),
       COALESCE(SUM(score), 0), COUNT(score), SUM(CASE WHEN flat THEN 1 ELSE 0 END)
FROM meeting WHERE status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE'
GROUP BY REGEXP_REPLACE(org_path, '[^/]+/$', ''), CAST(DATE_TRUNC('MONTH', meeting_date) AS DATE), period;
