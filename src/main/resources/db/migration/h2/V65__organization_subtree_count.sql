-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no transition
-- tables and no INSERT ... ON CONFLICT, so the counts are kept by a Java row trigger,
-- vn.chibo.organization.internal.OrganizationSubtreeCountTrigger; no turn (H2 is the single-node embedded database).
CREATE TABLE organization_subtree_count (
    organization_id BIGINT      NOT NULL,
    type            VARCHAR(30) NOT NULL,
    founded_month   DATE        NOT NULL,
    organizations   BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, type, founded_month)
);

-- first counted from the organization rows: each organization and the active ones whose path lies under its own
INSERT INTO organization_subtree_count (organization_id, type, founded_month, organizations)
SELECT a.id, o.type, DATEADD(DAY, 1 - EXTRACT(DAY FROM o.valid_from), o.valid_from), count(*)
FROM organization a JOIN organization o ON o.path LIKE a.path || '%'
WHERE o.status = 'ACTIVE'
GROUP BY a.id, o.type, DATEADD(DAY, 1 - EXTRACT(DAY FROM o.valid_from), o.valid_from);

CREATE TRIGGER organization_subtree_count_organization AFTER INSERT, UPDATE, DELETE ON organization FOR EACH ROW
    CALL 'vn.chibo.organization.internal.OrganizationSubtreeCountTrigger';
