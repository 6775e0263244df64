-- Vendor file, twin of the same version in db/migration/postgresql (nothing to do there: the partial unique index of
-- V15_1 has no such column).
-- H2 2.4 keeps the session that created a generated column whose expression holds an IN list of constants; once the
-- connection pool retires that connection (maxLifetime: 30 minutes after the first start on a new database), every
-- update of the table fails with "The database has been closed" until the next restart. The open candidate's key of
-- V15_1 is written again with plain comparisons, which do not keep the session (PoolRenewalTest).
DROP INDEX uk_development_candidate_open;
ALTER TABLE development_candidate DROP COLUMN open_person_id;
ALTER TABLE development_candidate ADD COLUMN open_person_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN stage <> 'OFFICIAL' AND stage <> 'REMOVED' AND stage <> 'WITHDRAWN' THEN person_id END);
CREATE UNIQUE INDEX uk_development_candidate_open ON development_candidate (open_person_id);
