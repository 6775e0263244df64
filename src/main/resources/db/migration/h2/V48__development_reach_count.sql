-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger, vn.chibo.development.internal.DevelopmentReachTrigger
-- (BEFORE on the events, so that it sees the table as it was before the row changed; AFTER on the candidates).
CREATE TABLE development_reach_count (
    organization_id      BIGINT       NOT NULL,
    reach_year           INT          NOT NULL,
    previous_year        INT          NOT NULL,
    org_path             VARCHAR(400) NOT NULL,
    source               BIGINT       NOT NULL DEFAULT 0,
    sympathiser          BIGINT       NOT NULL DEFAULT 0,
    candidate            BIGINT       NOT NULL DEFAULT 0,
    cell_resolved        BIGINT       NOT NULL DEFAULT 0,
    committee_resolved   BIGINT       NOT NULL DEFAULT 0,
    decided              BIGINT       NOT NULL DEFAULT 0,
    probation            BIGINT       NOT NULL DEFAULT 0,
    recognition_resolved BIGINT       NOT NULL DEFAULT 0,
    official             BIGINT       NOT NULL DEFAULT 0,
    removed              BIGINT       NOT NULL DEFAULT 0,
    withdrawn            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, reach_year, previous_year)
);
CREATE INDEX ix_development_reach_count_path ON development_reach_count (org_path, reach_year);

INSERT INTO development_reach_count (organization_id, reach_year, previous_year, org_path, source, sympathiser,
    candidate, cell_resolved, committee_resolved, decided, probation, recognition_resolved, official, removed, withdrawn)
SELECT c.organization_id, r.reach_year, r.previous_year, max(c.org_path),
    sum(CASE WHEN r.stage = 'SOURCE' THEN 1 ELSE 0 END), sum(CASE WHEN r.stage = 'SYMPATHISER' THEN 1 ELSE 0 END),
    sum(CASE WHEN r.stage = 'CANDIDATE' THEN 1 ELSE 0 END), sum(CASE WHEN r.stage = 'CELL_RESOLVED' THEN 1 ELSE 0 END),
    sum(CASE WHEN r.stage = 'COMMITTEE_RESOLVED' THEN 1 ELSE 0 END), sum(CASE WHEN r.stage = 'DECIDED' THEN 1 ELSE 0 END),
    sum(CASE WHEN r.stage = 'PROBATION' THEN 1 ELSE 0 END), sum(CASE WHEN r.stage = 'RECOGNITION_RESOLVED' THEN 1 ELSE 0 END),
    sum(CASE WHEN r.stage = 'OFFICIAL' THEN 1 ELSE 0 END), sum(CASE WHEN r.stage = 'REMOVED' THEN 1 ELSE 0 END),
    sum(CASE WHEN r.stage = 'WITHDRAWN' THEN 1 ELSE 0 END)
FROM (SELECT candidate_id, stage, reach_year,
             coalesce(lag(reach_year) OVER (PARTITION BY candidate_id, stage ORDER BY reach_year), 0) AS previous_year
      FROM (SELECT DISTINCT candidate_id, stage, CAST(extract(YEAR FROM occurred_on) AS INT) AS reach_year
            FROM development_event) y) r
JOIN development_candidate c ON c.id = r.candidate_id
GROUP BY c.organization_id, r.reach_year, r.previous_year;

CREATE TRIGGER development_reach_event BEFORE INSERT, UPDATE, DELETE ON development_event FOR EACH ROW
    CALL 'vn.chibo.development.internal.DevelopmentReachTrigger';
CREATE TRIGGER development_reach_candidate AFTER UPDATE ON development_candidate FOR EACH ROW
    CALL 'vn.chibo.development.internal.DevelopmentReachTrigger';
