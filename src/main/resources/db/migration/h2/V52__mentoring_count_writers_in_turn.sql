-- Vendor file, twin of the same version in db/migration/postgresql, where every statement that can change the mentoring
-- counts first takes one advisory lock so that concurrent writers take their turn instead of deadlocking on the count
-- rows. H2 is the single-node embedded database; its Java triggers need no change.
SELECT 1;
