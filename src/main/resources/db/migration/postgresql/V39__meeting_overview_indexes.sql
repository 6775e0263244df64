-- Vendor file, twin of the same version in db/migration/h2: PostgreSQL has INCLUDE columns and partial indexes, H2 neither.
-- Meeting overview at national scale (issue 14, docs/benchmarks.md "National scale").
-- The overview's monthly figures read every meeting of a subtree and period: with the counted columns in the path index
-- that is an index-only scan of a narrow index (47 MB at scale 0.1) instead of the 500 MB table (agendas, resolutions).
DROP INDEX ix_meeting_path_date;
CREATE INDEX ix_meeting_path_date ON meeting (org_path, meeting_date)
    INCLUDE (organization_id, kind, combined_thematic, period, status, official_count, probationary_count, present_count,
             speaker_count, unexcused_count, grade, score, flat);
-- The 20 latest flat meetings of a wide subtree, newest first, without sorting all of them.
CREATE INDEX ix_meeting_flat_date ON meeting (meeting_date, id) WHERE flat;
