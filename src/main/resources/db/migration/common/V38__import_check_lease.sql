-- A check's lease (issue 13): the background check of an uploaded file holds the same lease as a commit
-- (commit_owner, commit_heartbeat); a batch left CHECKING by a node that stopped is marked INTERRUPTED with one error
-- and may be checked again. A batch checking when this runs gets its creation time as heartbeat: recovered at once
-- if its node is gone.
UPDATE import_batch SET commit_heartbeat = created_at WHERE status = 'CHECKING' AND commit_heartbeat IS NULL;
