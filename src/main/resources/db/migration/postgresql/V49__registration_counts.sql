-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by PL/pgSQL row triggers here, by a
-- Java row trigger (vn.chibo.emulation.internal.RegistrationCountTrigger) in H2.
--
-- A programme's registrations counted per organization (issue 14): the programme boards looked each registration up
-- in assessment and self_review (241,000 registrations of "Đảng viên 5 tốt" over every cell at national scale 0.1,
-- 0.5 s of SQL at the root). Per programme and organization: the registrations and those recognised by a decided
-- assessment (the rule of EmulationFigures and of the boards: status DECIDED and decided_recognised); per programme,
-- organization and review period: the registrations with at least one self-review row in the period. A board's
-- figures per child are then sums over one row per cell. Kept in the writer's transaction by row triggers on
-- registration, assessment and self_review, whatever the write path; BEFORE row triggers, which see the rows their
-- statement processed before (an AFTER row trigger sees them all, so two review rows of one registration and period
-- inserted together would each find the other). Only one row per organization (no ancestors' totals: the root row would
-- serialise writers). org_path is a copy, rewritten when a subtree moves (organization.internal.PathCopies).
-- Bulk loads that switch row triggers off (replica mode) must rebuild the tables afterwards.
CREATE TABLE registration_count (
    programme_id    BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    registered      BIGINT       NOT NULL DEFAULT 0,
    recognised      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, organization_id)
);
-- covering: a child's range of paths is read from the index alone (rows are written in no path order)
CREATE INDEX ix_registration_count_path ON registration_count (programme_id, org_path) INCLUDE (registered, recognised);

CREATE TABLE self_review_count (
    programme_id    BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    review_period   VARCHAR(10)  NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    reviewed        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, organization_id, review_period)
);
CREATE INDEX ix_self_review_count_path ON self_review_count (programme_id, review_period, org_path) INCLUDE (reviewed);

INSERT INTO registration_count (programme_id, organization_id, org_path, registered, recognised)
SELECT r.programme_id, r.organization_id, max(r.org_path), count(*),
       count(*) FILTER (WHERE a.status = 'DECIDED' AND a.decided_recognised)
FROM registration r LEFT JOIN assessment a ON a.registration_id = r.id
GROUP BY r.programme_id, r.organization_id;

INSERT INTO self_review_count (programme_id, organization_id, review_period, org_path, reviewed)
SELECT r.programme_id, r.organization_id, v.review_period, max(r.org_path), count(DISTINCT r.id)
FROM self_review v JOIN registration r ON r.id = v.registration_id
GROUP BY r.programme_id, r.organization_id, v.review_period;

CREATE FUNCTION registration_count_add(programme BIGINT, org BIGINT, path VARCHAR, registered_delta INT, recognised_delta INT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF registered_delta = 0 AND recognised_delta = 0 THEN
        RETURN;
    END IF;
    UPDATE registration_count SET registered = registered + registered_delta, recognised = recognised + recognised_delta,
        org_path = path WHERE programme_id = programme AND organization_id = org;
    IF NOT FOUND THEN
        INSERT INTO registration_count AS c (programme_id, organization_id, org_path, registered, recognised)
        VALUES (programme, org, path, registered_delta, recognised_delta)
        ON CONFLICT (programme_id, organization_id) DO UPDATE SET registered = c.registered + registered_delta,
            recognised = c.recognised + recognised_delta, org_path = path;
    END IF;
END;
$$;

CREATE FUNCTION self_review_count_add(programme BIGINT, org BIGINT, period VARCHAR, path VARCHAR, delta INT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE self_review_count SET reviewed = reviewed + delta, org_path = path
    WHERE programme_id = programme AND organization_id = org AND review_period = period;
    IF NOT FOUND THEN
        INSERT INTO self_review_count AS c (programme_id, organization_id, review_period, org_path, reviewed)
        VALUES (programme, org, period, path, delta)
        ON CONFLICT (programme_id, organization_id, review_period) DO UPDATE SET reviewed = c.reviewed + delta, org_path = path;
    END IF;
END;
$$;

-- A registration added, removed or moved to another programme or organization: its own count, its recognition and
-- its reviewed periods follow it.
CREATE FUNCTION registration_count_registration() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    recognised INT := 0;
    p RECORD;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT count(*) INTO recognised FROM assessment a
        WHERE a.registration_id = OLD.id AND a.status = 'DECIDED' AND a.decided_recognised;
        PERFORM registration_count_add(OLD.programme_id, OLD.organization_id, OLD.org_path, -1, -recognised);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM registration_count_add(NEW.programme_id, NEW.organization_id, NEW.org_path, 1, recognised);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        FOR p IN SELECT DISTINCT v.review_period FROM self_review v WHERE v.registration_id = OLD.id LOOP
            PERFORM self_review_count_add(OLD.programme_id, OLD.organization_id, p.review_period, OLD.org_path, -1);
            PERFORM self_review_count_add(NEW.programme_id, NEW.organization_id, p.review_period, NEW.org_path, 1);
        END LOOP;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER registration_count_insert_delete BEFORE INSERT OR DELETE ON registration
    FOR EACH ROW EXECUTE FUNCTION registration_count_registration();
CREATE TRIGGER registration_count_update BEFORE UPDATE OF programme_id, organization_id ON registration
    FOR EACH ROW WHEN (OLD.programme_id IS DISTINCT FROM NEW.programme_id OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION registration_count_registration();

-- An assessment decided, changed or removed: the recognised count of its registration's programme and organization.
CREATE FUNCTION registration_count_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'DECIDED' AND OLD.decided_recognised THEN
        SELECT programme_id, organization_id, org_path INTO r FROM registration WHERE id = OLD.registration_id;
        IF FOUND THEN
            PERFORM registration_count_add(r.programme_id, r.organization_id, r.org_path, 0, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'DECIDED' AND NEW.decided_recognised THEN
        SELECT programme_id, organization_id, org_path INTO r FROM registration WHERE id = NEW.registration_id;
        IF FOUND THEN
            PERFORM registration_count_add(r.programme_id, r.organization_id, r.org_path, 0, 1);
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER registration_count_assessment_insert_delete BEFORE INSERT OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION registration_count_assessment();
CREATE TRIGGER registration_count_assessment_update BEFORE UPDATE OF registration_id, status, decided_recognised ON assessment
    FOR EACH ROW WHEN (OLD.registration_id IS DISTINCT FROM NEW.registration_id OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.decided_recognised IS DISTINCT FROM NEW.decided_recognised)
    EXECUTE FUNCTION registration_count_assessment();

-- A registration counts as reviewed in a period from its first self-review row of the period to its last.
CREATE FUNCTION self_review_count_review() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
BEGIN
    IF TG_OP <> 'INSERT' AND NOT EXISTS (SELECT 1 FROM self_review v WHERE v.registration_id = OLD.registration_id
            AND v.review_period = OLD.review_period AND v.id <> OLD.id) THEN
        SELECT programme_id, organization_id, org_path INTO r FROM registration WHERE id = OLD.registration_id;
        IF FOUND THEN
            PERFORM self_review_count_add(r.programme_id, r.organization_id, OLD.review_period, r.org_path, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' AND NOT EXISTS (SELECT 1 FROM self_review v WHERE v.registration_id = NEW.registration_id
            AND v.review_period = NEW.review_period AND v.id <> NEW.id) THEN
        SELECT programme_id, organization_id, org_path INTO r FROM registration WHERE id = NEW.registration_id;
        IF FOUND THEN
            PERFORM self_review_count_add(r.programme_id, r.organization_id, NEW.review_period, r.org_path, 1);
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER self_review_count_insert_delete BEFORE INSERT OR DELETE ON self_review
    FOR EACH ROW EXECUTE FUNCTION self_review_count_review();
CREATE TRIGGER self_review_count_update BEFORE UPDATE OF registration_id, review_period ON self_review
    FOR EACH ROW WHEN (OLD.registration_id IS DISTINCT FROM NEW.registration_id OR OLD.review_period IS DISTINCT FROM NEW.review_period)
    EXECUTE FUNCTION self_review_count_review();
