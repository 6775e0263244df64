-- Vendor file, twin of the same version in db/migration/h2: the counts are kept by a PL/pgSQL row trigger here, by a
-- Java row trigger (vn.chibo.people.internal.PersonStatusCountTrigger) in H2.
--
-- People counted per organization and party status (issue 14): root-wide totals (the start page's people by status,
-- the people list's total, members per organization, the mentoring board's masses) are sums of these rows over a
-- path-prefix range instead of counts over millions of person rows. Kept in the writer's own transaction by a row
-- trigger on person, whatever the write path (forms, API, imports by COPY, bulk entries, demo loader, plain SQL).
-- Only one row per organization and status: keeping every ancestor's totals makes the root row a hotspot that
-- serialises (and deadlocks) all writers. org_path is a copy of the organization's path, rewritten with the others
-- when a subtree moves (organization.internal.PathCopies). Counts that reach 0 stay.
-- Bulk loads that switch row triggers off (replica mode) must rebuild the table afterwards.
CREATE TABLE person_status_count (
    organization_id BIGINT       NOT NULL,
    party_status    VARCHAR(20)  NOT NULL,
    org_path        VARCHAR(400) COLLATE "C" NOT NULL,
    people          BIGINT       NOT NULL,
    PRIMARY KEY (organization_id, party_status)
) WITH (fillfactor = 70);
-- fillfactor: room on each page so that count updates stay HOT (no index change: people is in no index)
CREATE INDEX ix_person_status_count_path ON person_status_count (org_path);

INSERT INTO person_status_count (organization_id, party_status, org_path, people)
SELECT organization_id, party_status, max(org_path), count(*) FROM person GROUP BY organization_id, party_status;

CREATE FUNCTION person_status_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- two writers moving people in opposite directions lock the two counts in the same order: the lower key first
    old_first boolean := TG_OP = 'DELETE' OR (TG_OP = 'UPDATE'
        AND (OLD.organization_id, OLD.party_status) <= (NEW.organization_id, NEW.party_status));
BEGIN
    IF old_first THEN
        UPDATE person_status_count SET people = people - 1
        WHERE organization_id = OLD.organization_id AND party_status = OLD.party_status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- an update of the existing count (the usual case, cheaper than a speculative insert), else an insert that a
        -- concurrent first insert turns into the update
        UPDATE person_status_count SET people = people + 1, org_path = NEW.org_path
        WHERE organization_id = NEW.organization_id AND party_status = NEW.party_status;
        IF NOT FOUND THEN
            INSERT INTO person_status_count AS c (organization_id, party_status, org_path, people)
            VALUES (NEW.organization_id, NEW.party_status, NEW.org_path, 1)
            ON CONFLICT (organization_id, party_status) DO UPDATE SET people = c.people + 1, org_path = EXCLUDED.org_path;
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT old_first THEN
        UPDATE person_status_count SET people = people - 1
        WHERE organization_id = OLD.organization_id AND party_status = OLD.party_status;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_status_count_insert_delete AFTER INSERT OR DELETE ON person
    FOR EACH ROW EXECUTE FUNCTION person_status_count_keep();
CREATE TRIGGER person_status_count_update AFTER UPDATE OF organization_id, org_path, party_status ON person
    FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id
        OR OLD.party_status IS DISTINCT FROM NEW.party_status OR OLD.org_path IS DISTINCT FROM NEW.org_path)
    EXECUTE FUNCTION person_status_count_keep();
