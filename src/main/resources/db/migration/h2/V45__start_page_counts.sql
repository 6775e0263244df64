-- Vendor file, twin of the same version in db/migration/postgresql (which says why each index and the marks exist):
-- the review marks are kept here by a Java row trigger, vn.chibo.emulation.internal.RegistrationReviewTrigger.
CREATE INDEX ix_plan_item_responsible ON plan_item (responsible_id);
-- PostgreSQL's is partial (the waiting statuses only), which H2 cannot declare
CREATE INDEX ix_assessment_waiting ON assessment (status, registration_id);
CREATE INDEX ix_meeting_regular_period ON meeting (kind, period, org_path, status, organization_id);

CREATE TABLE registration_review (
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    review_period   VARCHAR(10)  NOT NULL,
    programme_id    BIGINT       NOT NULL,
    org_path        VARCHAR(400) NOT NULL,
    indicator_rows  BIGINT       NOT NULL,
    PRIMARY KEY (registration_id, review_period)
);
CREATE INDEX ix_registration_review_programme ON registration_review (programme_id, review_period, org_path);

INSERT INTO registration_review (registration_id, review_period, programme_id, org_path, indicator_rows)
SELECT v.registration_id, v.review_period, min(s.programme_id), min(s.org_path), count(*)
FROM self_review v JOIN registration s ON s.id = v.registration_id
GROUP BY v.registration_id, v.review_period;

CREATE TRIGGER registration_review_self_review AFTER INSERT, UPDATE, DELETE ON self_review FOR EACH ROW
    CALL 'vn.chibo.emulation.internal.RegistrationReviewTrigger';
