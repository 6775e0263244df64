package vn.chibo.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationDissolving;
import vn.chibo.organization.OrganizationMerged;
import vn.chibo.organization.OrganizationMoved;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationSplit;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Reads and changes the organization tree, always within the signed-in account's scope:
 * out-of-scope organizations are 'not found', changes by roles that may not make them are forbidden.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService implements OrganizationDirectory {

    private static final String ENTITY = "Organization";

    private final OrganizationRepository organizations;
    private final OrganizationEventRepository history;
    private final ApplicationEventPublisher events;
    private final PathCopies pathCopies;
    private final EntityManager entityManager;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationEventRepository history,
                        ApplicationEventPublisher events, PathCopies pathCopies, EntityManager entityManager, Clock clock) {
        this.organizations = organizations;
        this.history = history;
        this.events = events;
        this.pathCopies = pathCopies;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- reads -------------------------------------------------------------------------------

    @Override
    public Optional<OrganizationRef> find(long id) {
        return organizations.findById(id).map(Organization::toRef);
    }

    /**
     * Inside a read-write transaction the row is read under a share lock (FOR SHARE on PostgreSQL,
     * FOR UPDATE on H2) until the transaction ends: a writer that copies the path it was handed either
     * commits before a move of the subtree rewrites the copies, or waits for the move and reads the
     * new path. Read-only transactions take no lock; {@link #find(long)} (unscoped, for module
     * internals such as sign-in bookkeeping in its own transaction) takes none either.
     */
    private Optional<Organization> read(long id) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return organizations.findById(id);
        }
        return Optional.ofNullable(entityManager.find(Organization.class, id, LockModeType.PESSIMISTIC_READ));
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
    public OrganizationRef requireVisible(long id) {
        return get(id).toRef();
    }

    @Override
    @Transactional
    public OrganizationRef lockVisible(long id) {
        return lockForChange(id).toRef();
    }

    /** Like {@link #get(long)}, with the row locked for the rest of the transaction. */
    private Organization lockForChange(long id) {
        ChiboUser user = CurrentUser.get();
        return organizations.findByIdForUpdate(id)
                .filter(o -> user.canSee(o.getPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The organization if the signed-in account may see it, else 404. */
    public Organization get(long id) {
        ChiboUser user = CurrentUser.get();
        return read(id)
                .filter(o -> user.canSee(o.getPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
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
                .filter(o -> user.canSee(o.getPath()))
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
                    .filter(o -> user.canSee(o.getPath())).map(Organization::getName).toList());
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
    public Map<OrganizationType, Long> countActiveByType(String pathPrefix) {
        Map<OrganizationType, Long> counts = new java.util.EnumMap<>(OrganizationType.class);
        for (Object[] row : organizations.countActiveByType(
                (pathPrefix == null ? Subtree.ALL : Subtree.ofPrefix(pathPrefix)).likePattern())) {
            counts.put((OrganizationType) row[0], (Long) row[1]);
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

    // ---- changes -----------------------------------------------------------------------------

    @Transactional
    public Organization create(OrganizationForm form) {
        ChiboUser user = CurrentUser.get();
        Organization parent = null;
        if (form.getParentId() != null) {
            parent = get(form.getParentId());
        } else if (!user.isAdmin()) {
            throw new ForbiddenException("create root organization");
        }
        requireMayChange(user);
        if (parent != null && !parent.isActive()) {
            throw new BusinessRuleException("parentId", "organization.error.parentEnded");
        }
        checkTypeRule(form.getType(), parent);
        Organization organization = new Organization(form.getType(), form.getCategory(), form.getName(),
                form.getShortName(), form.getUnitName(), form.getValidFrom(), clock.instant());
        organizations.saveAndFlush(organization);
        organization.placeUnder(parent, clock.instant());
        history.save(new OrganizationEvent(organization.getId(), OrganizationEvent.Kind.CREATED,
                form.getValidFrom(), user.getUsername(), clock.instant()).names(null, organization.getName()));
        audit("CREATE", organization, Changes.created(organization.snapshot()));
        return organization;
    }

    @Transactional
    public Organization update(long id, OrganizationForm form) {
        ChiboUser user = CurrentUser.get();
        Organization organization = lockForChange(id);
        requireMayChange(user);
        requireVersion(organization, form.getVersion());
        if (form.getType() != organization.getType()) {
            Organization parent = organization.getParentId() == null ? null
                    : organizations.findById(organization.getParentId()).orElse(null);
            checkTypeRule(form.getType(), parent);
            for (Organization child : organizations.findByParentIdOrderBySortKey(id)) {
                if (child.isActive() && !child.getType().mayHaveParent(form.getType())) {
                    throw new BusinessRuleException("type", "organization.error.typeRuleChildren");
                }
            }
        }
        Map<String, Object> before = organization.snapshot();
        String oldName = organization.getName();
        var oldType = organization.getType();
        var oldCategory = organization.getCategory();
        organization.rename(form.getName(), form.getShortName(), form.getUnitName(), clock.instant());
        organization.update(form.getCategory(), form.getValidFrom(), clock.instant());
        organization.changeType(form.getType());
        if (!Objects.equals(oldName, organization.getName())) {
            history.save(new OrganizationEvent(id, OrganizationEvent.Kind.RENAMED, LocalDate.now(clock), user.getUsername(), clock.instant())
                    .names(oldName, organization.getName()));
        }
        if (oldType != organization.getType()) {
            history.save(new OrganizationEvent(id, OrganizationEvent.Kind.RETYPED, LocalDate.now(clock), user.getUsername(), clock.instant())
                    .names(oldType.name(), organization.getType().name()));
        }
        if (oldCategory != organization.getCategory()) {
            history.save(new OrganizationEvent(id, OrganizationEvent.Kind.RECATEGORIZED, LocalDate.now(clock), user.getUsername(), clock.instant())
                    .names(oldCategory == null ? null : oldCategory.name(),
                            organization.getCategory() == null ? null : organization.getCategory().name()));
        }
        audit("UPDATE", organization, Changes.between(before, organization.snapshot()));
        return organization;
    }

    /** Moves an organization and its whole subtree under a new parent (điều chuyển tổ chức). */
    @Transactional
    public Organization move(long id, long newParentId, LocalDate effectiveOn, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Organization organization = lockForChange(id);
        Organization newParent = lockForChange(newParentId);
        requireMayChange(user);
        requireVersion(organization, expectedVersion);
        if (!user.isAdmin() && Objects.equals(organization.getId(), user.scopeOrganizationId())) {
            throw new ForbiddenException("move own scope root");
        }
        return moveInternal(organization, newParent, effectiveOn, user, null);
    }

    private Organization moveInternal(Organization organization, Organization newParent, LocalDate effectiveOn,
                              ChiboUser user, String note) {
        if (newParent.getPath().startsWith(organization.getPath())) {
            throw new BusinessRuleException("parentId", "organization.error.cycle");
        }
        if (!newParent.isActive()) {
            throw new BusinessRuleException("parentId", "organization.error.parentEnded");
        }
        if (Objects.equals(newParent.getId(), organization.getParentId())) {
            throw new BusinessRuleException("parentId", "organization.error.sameParent");
        }
        checkTypeRule(organization.getType(), newParent);
        Map<String, Object> before = organization.snapshot();
        String oldPath = organization.getPath();
        Long oldParentId = organization.getParentId();
        String newPath = newParent.getPath() + organization.getId() + "/";
        int depthDelta = newParent.getDepth() + 1 - organization.getDepth();
        long id = organization.getId();
        int rewritten = organizations.rewritePaths(newPath, oldPath.length(), depthDelta, oldPath + "%");
        Organization moved = organizations.findById(id).orElseThrow();
        if (rewritten < 1 || !newPath.equals(moved.getPath())) {
            throw new ConcurrentEditException();
        }
        pathCopies.rewrite(oldPath, newPath);
        moved.reattach(newParent.getId(), clock.instant());
        history.save(new OrganizationEvent(id, OrganizationEvent.Kind.MOVED, effectiveOn, user.getUsername(), clock.instant())
                .parents(oldParentId, newParent.getId(), oldPath).note(note));
        events.publishEvent(new OrganizationMoved(id, oldPath, newPath));
        audit("MOVE", moved, Changes.between(before, moved.snapshot()));
        return moved;
    }

    /** Hợp nhất: {@code fromId} ends and its sub-organizations and people pass to {@code intoId}. */
    @Transactional
    public Organization merge(long fromId, long intoId, LocalDate effectiveOn, String note, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Organization from = lockForChange(fromId);
        Organization into = lockForChange(intoId);
        requireMayChange(user);
        requireVersion(from, expectedVersion);
        if (fromId == intoId || into.getPath().startsWith(from.getPath())) {
            throw new BusinessRuleException("intoId", "organization.error.mergeIntoSelf");
        }
        if (!from.isActive() || !into.isActive()) {
            throw new BusinessRuleException("intoId", "organization.error.parentEnded");
        }
        if (from.getType() != into.getType()) {
            throw new BusinessRuleException("intoId", "organization.error.mergeType");
        }
        for (Organization child : organizations.findByParentIdOrderBySortKey(fromId)) {
            if (child.isActive()) {
                moveInternal(child, organizations.findById(intoId).orElseThrow(), effectiveOn, user, note);
            }
        }
        Organization merged = organizations.findById(fromId).orElseThrow();
        Map<String, Object> before = merged.snapshot();
        events.publishEvent(new OrganizationMerged(fromId, intoId, effectiveOn));
        merged.end(OrganizationStatus.MERGED, effectiveOn, intoId, clock.instant());
        history.save(new OrganizationEvent(fromId, OrganizationEvent.Kind.MERGED_INTO, effectiveOn, user.getUsername(), clock.instant())
                .related(intoId).note(note));
        history.save(new OrganizationEvent(intoId, OrganizationEvent.Kind.ABSORBED, effectiveOn, user.getUsername(), clock.instant())
                .related(fromId).note(note));
        audit("MERGE", merged, Changes.between(before, merged.snapshot()));
        return organizations.findById(intoId).orElseThrow();
    }

    /** Chia tách: a new organization beside {@code fromId} takes the chosen sub-organizations and people. */
    @Transactional
    public Organization split(long fromId, OrganizationForm newOrganization, Collection<Long> childIds,
                              Collection<Long> personIds, LocalDate effectiveOn, String note, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Organization from = lockForChange(fromId);
        requireMayChange(user);
        requireVersion(from, expectedVersion);
        if (effectiveOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("effectiveOn", "validation.date.notFuture");
        }
        if (newOrganization.getName() != null && newOrganization.getName().length() > 255) {
            throw new BusinessRuleException("name", "organization.error.nameTooLong");
        }
        if (!from.isActive()) {
            throw new BusinessRuleException(null, "organization.error.parentEnded");
        }
        if (from.getParentId() == null) {
            throw new BusinessRuleException(null, "organization.error.splitRoot");
        }
        newOrganization.setParentId(from.getParentId());
        newOrganization.setValidFrom(effectiveOn);
        Organization created = create(newOrganization);
        created.markSplitFrom(fromId);
        for (Long childId : new LinkedHashSet<>(childIds)) {
            Organization child = get(childId);
            if (!Objects.equals(child.getParentId(), fromId)) {
                throw new BusinessRuleException("childIds", "organization.error.notAChild");
            }
            moveInternal(child, organizations.findById(created.getId()).orElseThrow(), effectiveOn, user, note);
        }
        events.publishEvent(new OrganizationSplit(fromId, created.getId(), Set.copyOf(personIds), effectiveOn));
        history.save(new OrganizationEvent(fromId, OrganizationEvent.Kind.SPLIT_INTO, effectiveOn, user.getUsername(), clock.instant())
                .related(created.getId()).note(note));
        history.save(new OrganizationEvent(created.getId(), OrganizationEvent.Kind.SPLIT_FROM, effectiveOn,
                user.getUsername(), clock.instant()).related(fromId).note(note));
        audit("SPLIT", from, Map.of("splitInto", new Object[] {null, created.getId()}));
        return organizations.findById(created.getId()).orElseThrow();
    }

    /** Giải thể: only an organization without active sub-organizations or members. */
    @Transactional
    public Organization dissolve(long id, LocalDate effectiveOn, String note, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Organization organization = lockForChange(id);
        requireMayChange(user);
        requireVersion(organization, expectedVersion);
        if (!organization.isActive()) {
            throw new BusinessRuleException(null, "organization.error.parentEnded");
        }
        if (!user.isAdmin() && Objects.equals(organization.getId(), user.scopeOrganizationId())) {
            throw new ForbiddenException("dissolve own scope root");
        }
        if (organizations.countActiveChildren(id) > 0) {
            throw new BusinessRuleException(null, "organization.error.dissolveChildren");
        }
        events.publishEvent(new OrganizationDissolving(id, effectiveOn));
        Map<String, Object> before = organization.snapshot();
        organization.end(OrganizationStatus.DISSOLVED, effectiveOn, null, clock.instant());
        history.save(new OrganizationEvent(id, OrganizationEvent.Kind.DISSOLVED, effectiveOn, user.getUsername(), clock.instant())
                .note(note));
        audit("DISSOLVE", organization, Changes.between(before, organization.snapshot()));
        return organization;
    }

    // ---- rules -------------------------------------------------------------------------------

    /** For forms: 403 before showing a form the account could not submit. */
    public void checkMayChange() {
        requireMayChange(CurrentUser.get());
    }

    private static void requireMayChange(ChiboUser user) {
        if (!user.mayChangeOrganizations()) {
            throw new ForbiddenException("change organizations");
        }
    }

    /** Every change names the version it was made on; a stale one is a conflict, never an overwrite. */
    private static void requireVersion(Organization organization, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (expectedVersion != organization.getVersion()) {
            throw new ConcurrentEditException();
        }
    }

    private static void checkTypeRule(OrganizationType type, Organization parent) {
        if (!type.mayHaveParent(parent == null ? null : parent.getType())) {
            throw new BusinessRuleException(parent == null ? "type" : "parentId", "organization.error.typeRule");
        }
    }

    private void audit(String action, Organization organization, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, organization.getId(), organization.getPath(),
                organization.getName(), changes));
    }

}
