-- Vendor file, twin of the same version in db/migration/postgresql: PostgreSQL has INCLUDE columns and partial indexes,
-- H2 neither.
-- Meeting overview (issue 14): the latest flat meetings newest first; the path index stays as it is (no INCLUDE).
CREATE INDEX ix_meeting_flat_date ON meeting (flat, meeting_date, id);
