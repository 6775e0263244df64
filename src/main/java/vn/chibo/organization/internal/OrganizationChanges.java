package vn.chibo.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDissolving;
import vn.chibo.organization.OrganizationMerged;
import vn.chibo.organization.OrganizationMoved;
import vn.chibo.organization.OrganizationSplit;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.jdbc.WritersTurns;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Changes to the organization tree (thành lập, sửa, điều chuyển, hợp nhất, chia tách, giải thể), each recorded in
 * the organization's history and audited, within the signed-in account's scope.
 */
@Service
@Transactional
class OrganizationChanges {

    private static final String ENTITY = OrganizationLookup.ENTITY;

    private final OrganizationRepository organizations;
    private final OrganizationLookup lookup;
    private final OrganizationEventRepository history;
    private final ApplicationEventPublisher events;
    private final PathCopies pathCopies;
    private final WritersTurns turns;
    private final Clock clock;

    OrganizationChanges(OrganizationRepository organizations, OrganizationLookup lookup, OrganizationEventRepository history,
                        ApplicationEventPublisher events, PathCopies pathCopies, WritersTurns turns, Clock clock) {
        this.organizations = organizations;
        this.lookup = lookup;
        this.history = history;
        this.events = events;
        this.pathCopies = pathCopies;
        this.turns = turns;
        this.clock = clock;
    }

    Organization create(OrganizationForm form) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization parent = null;
        if (form.getParentId() != null) {
            parent = lookup.get(form.getParentId());
        } else if (!OrganizationAccess.mayCreateRoot(user)) {
            throw new ForbiddenException("create root organization");
        }
        OrganizationAccess.requireMayChange(user);
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

    Organization update(long id, OrganizationForm form) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization organization = lookup.lockForChange(id);
        OrganizationAccess.requireMayChange(user);
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
    Organization move(long id, long newParentId, LocalDate effectiveOn, Long expectedVersion) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization organization = lookup.lockForChange(id);
        Organization newParent = lookup.lockForChange(newParentId);
        OrganizationAccess.requireMayChange(user);
        requireVersion(organization, expectedVersion);
        if (!OrganizationAccess.mayMoveOrDissolve(user, organization.getId())) {
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
    Organization merge(long fromId, long intoId, LocalDate effectiveOn, String note, Long expectedVersion) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization from = lookup.lockForChange(fromId);
        Organization into = lookup.lockForChange(intoId);
        OrganizationAccess.requireMayChange(user);
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
    Organization split(long fromId, OrganizationForm newOrganization, Collection<Long> childIds,
                              Collection<Long> personIds, LocalDate effectiveOn, String note, Long expectedVersion) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization from = lookup.lockForChange(fromId);
        OrganizationAccess.requireMayChange(user);
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
            Organization child = lookup.get(childId);
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
    Organization dissolve(long id, LocalDate effectiveOn, String note, Long expectedVersion) {
        takeTurn();
        ChiboUser user = CurrentUser.get();
        Organization organization = lookup.lockForChange(id);
        OrganizationAccess.requireMayChange(user);
        requireVersion(organization, expectedVersion);
        if (!organization.isActive()) {
            throw new BusinessRuleException(null, "organization.error.parentEnded");
        }
        if (!OrganizationAccess.mayMoveOrDissolve(user, organization.getId())) {
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

    /**
     * The organizations' turn (V65), before the change locks its first organization row: its statements write the
     * subtree counts that every writer of organizations shares, and a moved subtree's the other kinds' after them.
     */
    private void takeTurn() {
        turns.take(WritersTurns.Kind.ORGANIZATIONS);
    }

    // ---- rules -------------------------------------------------------------------------------

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
