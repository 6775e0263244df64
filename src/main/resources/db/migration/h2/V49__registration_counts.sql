-- Vendor file, twin of the same version in db/migration/postgresql (which explains the tables): H2 has no PL/pgSQL and
-- no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger, vn.chibo.emulation.internal.RegistrationCountTrigger
-- (BEFORE, so that it sees the table as it was before the row changed).
CREATE TABLE registration_count (
    programme_id    BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    registered      BIGINT       NOT NULL DEFAULT 0,
    recognised      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, organization_id)
);
CREATE INDEX ix_registration_count_path ON registration_count (programme_id, org_path);

CREATE TABLE self_review_count (
    programme_id    BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    review_period   VARCHAR(10)  NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    reviewed        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, organization_id, review_period)
);
CREATE INDEX ix_self_review_count_path ON self_review_count (programme_id, review_period, org_path);

INSERT INTO registration_count (programme_id, organization_id, org_path, registered, recognised)
SELECT r.programme_id, r.organization_id, max(r.org_path), count(*),
       sum(CASE WHEN a.status = 'DECIDED' AND a.decided_recognised THEN 1 ELSE 0 END)
FROM registration r LEFT JOIN assessment a ON a.registration_id = r.id
GROUP BY r.programme_id, r.organization_id;

INSERT INTO self_review_count (programme_id, organization_id, review_period, org_path, reviewed)
SELECT r.programme_id, r.organization_id, v.review_period, max(r.org_path), count(DISTINCT r.id)
FROM self_review v JOIN registration r ON r.id = v.registration_id
GROUP BY r.programme_id, r.organization_id, v.review_period;

CREATE TRIGGER registration_count_registration BEFORE INSERT, UPDATE, DELETE ON registration FOR EACH ROW
    CALL 'vn.chibo.emulation.internal.RegistrationCountTrigger';
CREATE TRIGGER registration_count_assessment BEFORE INSERT, UPDATE, DELETE ON assessment FOR EACH ROW
    CALL 'vn.chibo.emulation.internal.RegistrationCountTrigger';
CREATE TRIGGER self_review_count_review BEFORE INSERT, UPDATE, DELETE ON self_review FOR EACH ROW
    CALL 'vn.chibo.emulation.internal.RegistrationCountTrigger';
