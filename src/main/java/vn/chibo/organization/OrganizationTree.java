package vn.chibo.organization;

import java.util.List;

/**
 * The tree read in the database for boards that show one line per direct sub-organization: never the whole subtree
 * through JPA (at national scale an upper committee has 300,000 organizations below it and a few dozen children).
 */
public interface OrganizationTree {

    /** The active organizations directly under an organization, by path. Unscoped: callers pass a visible organization. */
    List<OrganizationRef> activeChildren(long parentId);
}
