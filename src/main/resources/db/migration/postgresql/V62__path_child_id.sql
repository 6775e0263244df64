-- Vendor file, twin of the same version in db/migration/h2 (a Java function there, vn.chibo.organization.Subtree.childId).
--
-- The id of the direct sub-organization of a subtree that a path lies under: the path's segment number `segment`
-- (/1/11/14/ split on '/' is '', '1', '11', '14', ''; under /1/ the child is segment 3), null for the subtree's own
-- organization. The boards and counts group their rows per child with it (Subtree.childIdSql). The portable
-- substring/position expression it replaces took about 40 % more time over the root's 89,364 yearly mentoring counts at
-- national scale 0.1 (99 against 51-62 ms); a one-statement SQL function is inlined by the planner, so this costs
-- what split_part costs.
CREATE FUNCTION path_child_id(p varchar, segment int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT cast(nullif(split_part(p, '/', segment), '') AS bigint)
$$;
