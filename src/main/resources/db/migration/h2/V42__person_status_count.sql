-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no PL/pgSQL and
-- no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger, vn.chibo.people.internal.PersonStatusCountTrigger.
CREATE TABLE person_status_count (
    organization_id BIGINT       NOT NULL,
    party_status    VARCHAR(20)  NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    people          BIGINT       NOT NULL,
    PRIMARY KEY (organization_id, party_status)
);
CREATE INDEX ix_person_status_count_path ON person_status_count (org_path);

INSERT INTO person_status_count (organization_id, party_status, org_path, people)
SELECT organization_id, party_status, max(org_path), count(*) FROM person GROUP BY organization_id, party_status;

CREATE TRIGGER person_status_count_person AFTER INSERT, UPDATE, DELETE ON person FOR EACH ROW
    CALL 'vn.chibo.people.internal.PersonStatusCountTrigger';
