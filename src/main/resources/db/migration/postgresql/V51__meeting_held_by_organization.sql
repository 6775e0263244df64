-- Vendor file, twin of the same version in db/migration/h2: a partial index here, a plain one there (H2 has no partial
-- indexes).
--
-- The meeting overview's supervision coverage (issue 14) counts, for every assignment of a subtree, the party meetings
-- held (HELD or CLOSED, not committee meetings) by its organization while it ran. With the held meetings of each
-- organization in date order, each assignment is one short index-only range (about eleven meetings a year), instead of
-- a pass over every meeting of the period hashed against the assignments: at the national root (8,833 assignments,
-- 307,000 meetings in the year) about 140–220 ms → 30 ms. The first page's per-assignment counts use it too.
CREATE INDEX ix_meeting_held_org_date ON meeting (organization_id, meeting_date)
    WHERE status IN ('HELD', 'CLOSED') AND kind <> 'COMMITTEE';
