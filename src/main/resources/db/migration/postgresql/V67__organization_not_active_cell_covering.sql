-- Vendor file, twin of the same version in db/migration/h2 (nothing there: H2 has no partial or covering indexes and
-- never had V59's partial index).
--
-- The meeting overview and the late cells' to-do (every officer's start page) take off the meetings of the
-- organizations that are not active cells (meeting.internal.MonthRollQuery): at the root, 49,969 organizations of the
-- country found along V59's partial path index and probed for meetings one by one. Reading those organizations took
-- 80 ms of the 86 (a heap row each, for their id and parent); with both in the index it is an index-only scan of 13 ms.
CREATE INDEX ix_organization_not_active_cell_covering ON organization (path) INCLUDE (id, parent_id)
    WHERE NOT (type = 'CELL' AND status = 'ACTIVE');
DROP INDEX ix_organization_not_active_cell;
ALTER INDEX ix_organization_not_active_cell_covering RENAME TO ix_organization_not_active_cell;
