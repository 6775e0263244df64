-- A commit's lease (issue 13): the node writing a batch names itself and renews the heartbeat while it writes; a
-- batch left COMMITTING by a node that stopped (nothing written: one transaction) is found by its expired lease and
-- marked INTERRUPTED, after which it may be committed again.
ALTER TABLE import_batch ADD COLUMN commit_owner VARCHAR(200);
ALTER TABLE import_batch ADD COLUMN commit_heartbeat TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_batch ADD COLUMN interrupted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_import_batch_status ON import_batch (status);
-- A batch committing when this runs gets its creation time as heartbeat: recovered at once if its node is gone.
UPDATE import_batch SET commit_heartbeat = created_at WHERE status = 'COMMITTING';
