package vn.chibo.organization.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * Reads the organization tree, always within the signed-in account's scope (out-of-scope organizations are 'not
 * found'), and hands changes on to {@link OrganizationChanges} (forbidden to roles that may not make them).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService implements OrganizationDirectory {

    private final OrganizationRepository organizations;
    private final OrganizationLookup lookup;
    private final OrganizationEventRepository history;
    private final OrganizationChanges changes;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    OrganizationService(OrganizationRepository organizations, OrganizationLookup lookup, OrganizationEventRepository history,
                        OrganizationChanges changes, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.lookup = lookup;
        this.history = history;
        this.changes = changes;
    }

    // ---- reads -------------------------------------------------------------------------------

    @Override
    public Optional<OrganizationRef> find(long id) {
        return organizations.findById(id).map(Organization::toRef);
    }

    @Override
    public Map<Long, OrganizationRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, OrganizationRef> found = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            for (Organization o : organizations.findByIdIn(all.subList(from, Math.min(all.size(), from + 1000)))) {
                found.put(o.getId(), o.toRef());
            }
        }
        return found;
    }

    @Override
    public List<OrganizationRef> children(long parentId) {
        return jdbc.sql("select " + OrganizationTreeQueries.REF_COLUMNS + " from organization where parent_id = :p")
                .param("p", parentId).query(OrganizationTreeQueries::ref).list();
    }

    @Override
    public OrganizationRef requireVisible(long id) {
        return get(id).toRef();
    }

    @Override
    @Transactional
    public OrganizationRef lockVisible(long id) {
        return lookup.lockForChange(id).toRef();
    }

    /** Where the account's tree starts: all roots for an administrator, otherwise its scope organization. */
    public List<Organization> roots() {
        ChiboUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return organizations.findByParentIdIsNullOrderBySortKey();
        }
        if (user.scopeOrganizationId() == null || !user.canSee(user.scopePath())) {
            return List.of();
        }
        return organizations.findById(user.scopeOrganizationId()).map(List::of).orElse(List.of());
    }

    public List<Organization> children(long parentId, boolean includeEnded) {
        get(parentId);
        return organizations.findByParentIdOrderBySortKey(parentId).stream()
                .filter(o -> includeEnded || o.isActive())
                .toList();
    }

    /** Number of (all) children of each given organization, for tree expanders. */
    public Map<Long, Long> childCounts(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : organizations.countChildren(parentIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<OrganizationRef> breadcrumbs(long id) {
        Organization organization = get(id);
        ChiboUser user = CurrentUser.get();
        List<Long> ids = Arrays.stream(organization.getPath().split("/"))
                .filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Long, Organization> byId = organizations.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Organization::getId, o -> o));
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .filter(o -> OrganizationAccess.mayRead(user, o.getPath()))
                .map(Organization::toRef).toList();
    }

    /**
     * Names of the visible ancestors of each organization (for search results), loaded in one query.
     */
    public Map<Long, List<String>> trails(Collection<Organization> found) {
        ChiboUser user = CurrentUser.get();
        Set<Long> ancestorIds = found.stream()
                .flatMap(o -> Arrays.stream(o.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf))
                .collect(Collectors.toSet());
        Map<Long, Organization> byId = ancestorIds.isEmpty() ? Map.of() : organizations.findByIdIn(ancestorIds).stream()
                .collect(Collectors.toMap(Organization::getId, o -> o));
        Map<Long, List<String>> trails = new HashMap<>();
        for (Organization organization : found) {
            trails.put(organization.getId(), Arrays.stream(organization.getPath().split("/"))
                    .filter(s -> !s.isEmpty()).map(Long::valueOf).map(byId::get).filter(Objects::nonNull)
                    .filter(o -> OrganizationAccess.mayRead(user, o.getPath())).map(Organization::getName).toList());
        }
        return trails;
    }

    @Override
    public List<OrganizationRef> search(String query, int limit) {
        return searchOrganizations(query, limit).stream().map(Organization::toRef).toList();
    }

    @Override
    public List<OrganizationRef> activeInSubtree(String path, Set<OrganizationType> types) {
        return organizations.findActiveInSubtree(Subtree.of(path).likePattern()).stream()
                .filter(o -> types.contains(o.getType()))
                .sorted(java.util.Comparator.comparing(Organization::getPath))
                .map(Organization::toRef).toList();
    }

    @Override
    public long countActiveUpTo(String path, long limit) {
        return organizations.countActiveUpTo(Subtree.ofPrefix(path).likePattern(), limit);
    }

    @Override
    public List<OrganizationRef> activeWithSubtreeOfAtLeast(long organizations) {
        return jdbc.sql("select " + OrganizationTreeQueries.REF_COLUMNS + " from organization where status = 'ACTIVE' and id in"
                        + " (select organization_id from organization_subtree_count group by organization_id"
                        + " having sum(organizations) >= :n) order by path")
                .param("n", organizations).query(OrganizationTreeQueries::ref).list();
    }

    @Override
    public Map<OrganizationType, Long> countActiveByType(String pathPrefix) {
        Map<OrganizationType, Long> counts = new java.util.EnumMap<>(OrganizationType.class);
        Subtree subtree = pathPrefix == null ? Subtree.ALL : Subtree.ofPrefix(pathPrefix);
        for (Object[] row : subtree.isAll() ? organizations.countActiveByTypeEverywhere()
                : organizations.countActiveByType(subtree.ownId())) {
            long count = ((Number) row[1]).longValue();
            if (count > 0) {
                counts.put(OrganizationType.valueOf((String) row[0]), count);
            }
        }
        return counts;
    }

    public List<Organization> searchOrganizations(String query, int limit) {
        ChiboUser user = CurrentUser.get();
        String key = VietnameseText.searchKey(query);
        if (key.isEmpty() || (!user.isAdmin() && user.scopePath() == null)) {
            return List.of();
        }
        if (!user.isAdmin() && !user.canSee(user.scopePath())) {
            return List.of();
        }
        String scope = (user.isAdmin() ? Subtree.ALL : Subtree.of(user.scopePath())).likePattern();
        return organizations.search("%" + key.replace(" ", "%") + "%", scope, Limit.of(limit));
    }

    /** Active organizations in the account's scope, in tree order (for pickers). */
    public List<Organization> activeInScope() {
        ChiboUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return organizations.findActiveInSubtree(Subtree.ALL.likePattern());
        }
        if (!user.canSee(user.scopePath())) {
            return List.of();
        }
        return organizations.findActiveInSubtree(Subtree.of(user.scopePath()).likePattern());
    }

    public List<OrganizationEvent> history(long id) {
        get(id);
        return history.findByOrganizationIdOrderByEffectiveOnDescIdDesc(id);
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return organizations.findByIdIn(wanted).stream()
                .collect(Collectors.toMap(Organization::getId, Organization::getName));
    }

    /** The organization if the signed-in account may see it, else 404. */
    public Organization get(long id) {
        return lookup.get(id);
    }

    // ---- changes (read-write transactions, see OrganizationChanges) -------------------------------

    @Transactional
    public Organization create(OrganizationForm form) {
        return changes.create(form);
    }

    @Transactional
    public Organization update(long id, OrganizationForm form) {
        return changes.update(id, form);
    }

    /** Moves an organization and its whole subtree under a new parent (điều chuyển tổ chức). */
    @Transactional
    public Organization move(long id, long newParentId, LocalDate effectiveOn, Long expectedVersion) {
        return changes.move(id, newParentId, effectiveOn, expectedVersion);
    }

    @Transactional
    public Organization merge(long fromId, long intoId, LocalDate effectiveOn, String note, Long expectedVersion) {
        return changes.merge(fromId, intoId, effectiveOn, note, expectedVersion);
    }

    @Transactional
    public Organization split(long fromId, OrganizationForm newOrganization, Collection<Long> childIds,
                              Collection<Long> personIds, LocalDate effectiveOn, String note, Long expectedVersion) {
        return changes.split(fromId, newOrganization, childIds, personIds, effectiveOn, note, expectedVersion);
    }

    @Transactional
    public Organization dissolve(long id, LocalDate effectiveOn, String note, Long expectedVersion) {
        return changes.dissolve(id, effectiveOn, note, expectedVersion);
    }

    /** For forms: 403 before showing a form the account could not submit. */
    public void checkMayChange() {
        OrganizationAccess.requireMayChange(CurrentUser.get());
    }
}
