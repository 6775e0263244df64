package vn.chibo.organization;

import java.util.List;
import java.util.Optional;

/** Public façade of the organization module. */
public interface OrganizationDirectory {

    /** Any organization, unscoped: for module internals such as building an account's scope. */
    Optional<OrganizationRef> find(long id);

    /** Many organizations at once, unscoped, by id (missing ids are left out). */
    java.util.Map<Long, OrganizationRef> findAll(java.util.Collection<Long> ids);

    /**
     * The organizations directly under one, of any status, unordered and unscoped (callers pass a visible organization):
     * one query of the columns a reference needs, no entities (the review reads them on every request).
     */
    List<OrganizationRef> children(long parentId);

    /** An organization the signed-in account may see; otherwise {@link vn.chibo.shared.web.NotFoundException}. */
    OrganizationRef requireVisible(long id);

    /**
     * Like {@link #requireVisible(long)}, and locks the organization's row until the transaction
     * ends, so that it cannot be moved, merged or dissolved while people are placed in it.
     */
    OrganizationRef lockVisible(long id);

    /** Ancestors from the root (or from the account's scope root) down to the organization itself. */
    List<OrganizationRef> breadcrumbs(long id);

    /** Active organizations the signed-in account may see whose name matches the accent-insensitive query. */
    List<OrganizationRef> search(String query, int limit);

    /** Active organizations of the given types under a path (inclusive). Unscoped: callers pass a visible path. */
    List<OrganizationRef> activeInSubtree(String path, java.util.Set<OrganizationType> types);

    /** Active organizations by type under a path prefix ({@code null}: everything). Unscoped: callers pass the scope. */
    java.util.Map<OrganizationType, Long> countActiveByType(String pathPrefix);

    /** Active organizations under a path (inclusive), counted up to {@code limit} at most: "is it this large?" cheaply. */
    long countActiveUpTo(String path, long limit);

    /**
     * The active organizations whose subtree (themselves included) holds at least {@code organizations} active
     * organizations, in path order, from the kept counts (V65). Unscoped: for background work such as keeping the large
     * units' review figures ready.
     */
    List<OrganizationRef> activeWithSubtreeOfAtLeast(long organizations);
}
