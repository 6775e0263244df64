-- Vendor file, twin of the same version in db/migration/postgresql, where every statement that can change the people
-- counts (person_status_count, V42) first takes an advisory lock of the people's own, so that concurrent writers take
-- their turn instead of deadlocking on the count rows. H2 is the single-node embedded database; its Java trigger needs
-- no change.
SELECT 1;
