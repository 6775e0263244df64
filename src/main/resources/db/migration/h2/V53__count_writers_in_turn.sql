-- Vendor file, twin of the same version in db/migration/postgresql, where every statement that can change the
-- classification group counts, the review marks and registration counts, the meetings' monthly rollup or the
-- development reach counts first takes an advisory lock of its kind, so that concurrent writers take their turn instead
-- of deadlocking on the count rows. H2 is the single-node embedded database; its Java triggers need no change.
SELECT 1;
