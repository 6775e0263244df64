-- Vendor file, twin of the same version in db/migration/postgresql (which explains it): an update of a person or an
-- organization that changes no column the review's figures read is not journaled. H2's journal trigger
-- (vn.chibo.statistics.internal.FigureChangeTrigger) knows the same columns; its triggers need no change.
SELECT 1;
