-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by PL/pgSQL row triggers here, by a
-- Java row trigger (vn.chibo.development.internal.DevelopmentReachTrigger) in H2.
--
-- Candidates who reached each stage, per organization and year (issue 14): the development board's "reached in the
-- period" was a distinct count over every event of the period joined to its candidate (290,741 events at national
-- scale 0.1, 0.5-1.5 s at the root). One row per organization, year and previous year, one column per stage (5x fewer
-- rows to read than a row per stage): a candidate with at least one event at stage S in year Y counts 1 in column S
-- of the row (its organization, Y, P), where P is the latest earlier year in which it had an event at S (0: none).
-- Candidates who reached S in whole years Y1..Y2 are then exactly the sum of column S over Y in Y1..Y2 and P < Y1
-- (a candidate counts once: in the first of its years inside the range), the rule of DevelopmentFigures'
-- development.reached.*. Only one row per organization (no ancestors' totals: the root row would serialise writers).
-- Kept in the writer's transaction by row triggers on development_event and on development_candidate (a candidate
-- moved to another organization), whatever the write path. org_path is a copy of the organization's path, rewritten
-- when a subtree moves (organization.internal.PathCopies). Counts that reach 0 stay.
-- Bulk loads that switch row triggers off (replica mode) must rebuild the table afterwards.
CREATE TABLE development_reach_count (
    organization_id      BIGINT       NOT NULL,
    reach_year           INT          NOT NULL,
    previous_year        INT          NOT NULL,
    org_path             VARCHAR(400) COLLATE "C" NOT NULL,
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
-- The board reads a child's range of paths: a covering index answers it from the index alone (a plain index on the path
-- read every page of the table for each child at national scale, since rows are written in no path order). The counts
-- are in the index, so their updates are not HOT: a step recorded is a rare write.
CREATE INDEX ix_development_reach_count_path ON development_reach_count (org_path, reach_year, previous_year)
    INCLUDE (source, sympathiser, candidate, cell_resolved, committee_resolved, decided, probation, recognition_resolved,
             official, removed, withdrawn);

INSERT INTO development_reach_count (organization_id, reach_year, previous_year, org_path, source, sympathiser,
    candidate, cell_resolved, committee_resolved, decided, probation, recognition_resolved, official, removed, withdrawn)
SELECT c.organization_id, r.reach_year, r.previous_year, max(c.org_path),
    count(*) FILTER (WHERE r.stage = 'SOURCE'), count(*) FILTER (WHERE r.stage = 'SYMPATHISER'),
    count(*) FILTER (WHERE r.stage = 'CANDIDATE'), count(*) FILTER (WHERE r.stage = 'CELL_RESOLVED'),
    count(*) FILTER (WHERE r.stage = 'COMMITTEE_RESOLVED'), count(*) FILTER (WHERE r.stage = 'DECIDED'),
    count(*) FILTER (WHERE r.stage = 'PROBATION'), count(*) FILTER (WHERE r.stage = 'RECOGNITION_RESOLVED'),
    count(*) FILTER (WHERE r.stage = 'OFFICIAL'), count(*) FILTER (WHERE r.stage = 'REMOVED'),
    count(*) FILTER (WHERE r.stage = 'WITHDRAWN')
FROM (SELECT candidate_id, stage, reach_year,
             coalesce(lag(reach_year) OVER (PARTITION BY candidate_id, stage ORDER BY reach_year), 0) AS previous_year
      FROM (SELECT DISTINCT candidate_id, stage, CAST(extract(YEAR FROM occurred_on) AS INT) AS reach_year
            FROM development_event) y) r
JOIN development_candidate c ON c.id = r.candidate_id
GROUP BY c.organization_id, r.reach_year, r.previous_year;

-- Adds delta to the column of a stage in the rows of (year, previous year) pairs of a sorted list of years.
CREATE FUNCTION development_reach_add(org BIGINT, path VARCHAR, stage VARCHAR, years INT[], delta INT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    i INT;
    previous INT;
    col TEXT := lower(stage);
    changed INT;
BEGIN
    FOR i IN 1 .. coalesce(array_length(years, 1), 0) LOOP
        previous := CASE WHEN i = 1 THEN 0 ELSE years[i - 1] END;
        EXECUTE format('UPDATE development_reach_count SET %I = %I + $1, org_path = $2'
                || ' WHERE organization_id = $3 AND reach_year = $4 AND previous_year = $5', col, col)
            USING delta, path, org, years[i], previous;
        -- EXECUTE leaves FOUND as it was: the row count says whether the row existed
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed = 0 THEN
            EXECUTE format('INSERT INTO development_reach_count AS r (organization_id, reach_year, previous_year, org_path, %I)'
                    || ' VALUES ($3, $4, $5, $2, $1) ON CONFLICT (organization_id, reach_year, previous_year)'
                    || ' DO UPDATE SET %I = r.%I + $1, org_path = $2', col, col, col)
                USING delta, path, org, years[i], previous;
        END IF;
    END LOOP;
END;
$$;

-- One candidate's years at one stage change: the years of its other events, with the changed row's year before
-- (removed) and after (added); the pairs before are taken away and the pairs after added.
CREATE FUNCTION development_reach_pair(candidate BIGINT, stage VARCHAR, row_id BIGINT, removed INT, added INT)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    org BIGINT;
    path VARCHAR;
    others INT[];
    before_years INT[];
    after_years INT[];
BEGIN
    SELECT c.organization_id, c.org_path INTO org, path FROM development_candidate c WHERE c.id = candidate;
    IF org IS NULL THEN
        RETURN;
    END IF;
    SELECT coalesce(array_agg(DISTINCT CAST(extract(YEAR FROM e.occurred_on) AS INT)), '{}') INTO others
    FROM development_event e WHERE e.candidate_id = candidate AND e.stage = development_reach_pair.stage AND e.id <> row_id;
    SELECT coalesce(array_agg(DISTINCT y ORDER BY y), '{}') INTO before_years FROM unnest(others || removed) y WHERE y IS NOT NULL;
    SELECT coalesce(array_agg(DISTINCT y ORDER BY y), '{}') INTO after_years FROM unnest(others || added) y WHERE y IS NOT NULL;
    IF before_years = after_years THEN
        RETURN;
    END IF;
    PERFORM development_reach_add(org, path, stage, before_years, -1);
    PERFORM development_reach_add(org, path, stage, after_years, 1);
END;
$$;

CREATE FUNCTION development_reach_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM development_reach_pair(NEW.candidate_id, NEW.stage, NEW.id, NULL, CAST(extract(YEAR FROM NEW.occurred_on) AS INT));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM development_reach_pair(OLD.candidate_id, OLD.stage, OLD.id, CAST(extract(YEAR FROM OLD.occurred_on) AS INT), NULL);
    ELSIF OLD.candidate_id = NEW.candidate_id AND OLD.stage = NEW.stage THEN
        PERFORM development_reach_pair(NEW.candidate_id, NEW.stage, NEW.id, CAST(extract(YEAR FROM OLD.occurred_on) AS INT),
            CAST(extract(YEAR FROM NEW.occurred_on) AS INT));
    ELSE
        PERFORM development_reach_pair(OLD.candidate_id, OLD.stage, OLD.id, CAST(extract(YEAR FROM OLD.occurred_on) AS INT), NULL);
        PERFORM development_reach_pair(NEW.candidate_id, NEW.stage, NEW.id, NULL, CAST(extract(YEAR FROM NEW.occurred_on) AS INT));
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

-- BEFORE, not AFTER: an AFTER row trigger sees every row of its statement, so two events of one candidate and stage
-- inserted by one statement would each find the other and count nothing; a BEFORE row trigger sees the rows processed
-- before it.
CREATE TRIGGER development_reach_event_insert_delete BEFORE INSERT OR DELETE ON development_event
    FOR EACH ROW EXECUTE FUNCTION development_reach_event();
CREATE TRIGGER development_reach_event_update BEFORE UPDATE OF candidate_id, stage, occurred_on ON development_event
    FOR EACH ROW WHEN (OLD.candidate_id IS DISTINCT FROM NEW.candidate_id OR OLD.stage IS DISTINCT FROM NEW.stage
        OR OLD.occurred_on IS DISTINCT FROM NEW.occurred_on)
    EXECUTE FUNCTION development_reach_event();

-- A candidate moved to another organization takes its counts along.
CREATE FUNCTION development_reach_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s RECORD;
BEGIN
    FOR s IN SELECT e.stage, array_agg(DISTINCT CAST(extract(YEAR FROM e.occurred_on) AS INT) ORDER BY
                    CAST(extract(YEAR FROM e.occurred_on) AS INT)) AS years
             FROM development_event e WHERE e.candidate_id = NEW.id GROUP BY e.stage LOOP
        PERFORM development_reach_add(OLD.organization_id, OLD.org_path, s.stage, s.years, -1);
        PERFORM development_reach_add(NEW.organization_id, NEW.org_path, s.stage, s.years, 1);
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER development_reach_candidate_update AFTER UPDATE OF organization_id ON development_candidate
    FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION development_reach_candidate();
