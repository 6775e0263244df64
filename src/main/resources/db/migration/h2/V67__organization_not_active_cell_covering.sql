-- Vendor file, twin of the same version in db/migration/postgresql, where the partial index of the organizations that
-- are not active cells (V59) also covers their id and parent. H2 never had that partial index; nothing changes here.
SELECT 1;
