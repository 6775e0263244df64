-- Vendor file, twin of the same version in db/migration/postgresql (which explains the table): H2 has no transition
-- tables, so the Java row trigger that keeps V42's counts (vn.chibo.people.internal.PersonStatusCountTrigger) keeps
-- these too: after each person row, every organization on its path before the change counts one less of its status
-- and every one on its path after it one more.
CREATE TABLE person_subtree_count (
    organization_id BIGINT      NOT NULL,
    party_status    VARCHAR(20) NOT NULL,
    people          BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, party_status)
);

-- first counted from the person rows: each organization and the people whose path lies under its own
INSERT INTO person_subtree_count (organization_id, party_status, people)
SELECT o.id, p.party_status, count(*) FROM organization o JOIN person p ON p.org_path LIKE o.path || '%'
GROUP BY o.id, p.party_status;
