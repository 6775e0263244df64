-- Vendor file, twin of the same version in db/migration/h2: partial unique indexes on PostgreSQL; H2 has none and uses
-- generated columns instead.
-- One regular meeting of an organization per month (cancelled ones not counted) and one open development record
-- per person: the services' checks, backed by the database so that two simultaneous submissions cannot both pass.
--
-- Existing duplicates (possible before this version) are kept, not deleted: a later (higher id) second regular
-- meeting of a month becomes an extraordinary meeting (sinh hoạt bất thường), which is what a second meeting in the
-- month is; a later second open development record of a person is withdrawn (its timeline stays; the earlier record
-- goes on).
UPDATE meeting SET kind = 'EXTRAORDINARY'
WHERE kind = 'REGULAR' AND status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM meeting first_one
    WHERE first_one.organization_id = meeting.organization_id AND first_one.period = meeting.period
      AND first_one.kind = 'REGULAR' AND first_one.status <> 'CANCELLED' AND first_one.id < meeting.id);
UPDATE development_candidate SET stage = 'WITHDRAWN'
WHERE stage NOT IN ('OFFICIAL', 'REMOVED', 'WITHDRAWN') AND EXISTS (SELECT 1 FROM development_candidate first_one
    WHERE first_one.person_id = development_candidate.person_id
      AND first_one.stage NOT IN ('OFFICIAL', 'REMOVED', 'WITHDRAWN') AND first_one.id < development_candidate.id);

CREATE UNIQUE INDEX uk_meeting_regular_month ON meeting (organization_id, period)
    WHERE kind = 'REGULAR' AND status <> 'CANCELLED';
CREATE UNIQUE INDEX uk_development_candidate_open ON development_candidate (person_id)
    WHERE stage NOT IN ('OFFICIAL', 'REMOVED', 'WITHDRAWN');
