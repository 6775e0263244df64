-- Vendor file, twin of the same version in db/migration/postgresql (which explains the index): H2 has no partial
-- indexes, so the held meetings of each organization in date order are an index over every meeting with its status and
-- kind.
CREATE INDEX ix_meeting_held_org_date ON meeting (organization_id, meeting_date, status, kind);
