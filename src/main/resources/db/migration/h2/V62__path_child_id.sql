-- Vendor file, twin of the same version in db/migration/postgresql (which explains the function): H2 has no split_part,
-- so the same function is a Java method.
CREATE ALIAS path_child_id DETERMINISTIC FOR 'vn.chibo.organization.Subtree.childId';
