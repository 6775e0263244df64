package vn.chibo.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Changes to person records (create, edit, chuyển sinh hoạt, sinh hoạt tạm thời, party status, party positions), each
 * audited, by accounts whose role changes people and only inside their subtree.
 */
@Service
@Transactional
class PersonChanges {

    private static final String ENTITY = PersonLookup.ENTITY;

    private final PersonRepository people;
    private final PersonLookup lookup;
    private final PartyStatusChangeRepository statusChanges;
    private final LeadershipAssignmentRepository roles;
    private final MembershipRepository memberships;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonChanges(PersonRepository people, PersonLookup lookup, PartyStatusChangeRepository statusChanges,
                  LeadershipAssignmentRepository roles, MembershipRepository memberships,
                  OrganizationDirectory organizations, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.lookup = lookup;
        this.statusChanges = statusChanges;
        this.roles = roles;
        this.memberships = memberships;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    Person create(PersonForm form) {
        ChiboUser user = CurrentUser.get();
        if (form.getOrganizationId() == null) {
            throw new BusinessRuleException("organizationId", "validation.required");
        }
        OrganizationRef organization = organizations.lockVisible(form.getOrganizationId());
        PeopleAccess.requireMayChange(user);
        if (!organization.active()) {
            throw new BusinessRuleException("organizationId", "organization.error.parentEnded");
        }
        PartyStatus status = form.getPartyStatus() == null ? PartyStatus.MASS : form.getPartyStatus();
        if (!status.isCurrent()) {
            throw new BusinessRuleException("partyStatus", "person.error.initialStatus");
        }
        PersonRules.checkDates(form, status);
        checkIdentityNumberFree(form.getIdentityNumber(), null);
        Person person = new Person(organization.id(), organization.path(), status, clock.instant());
        person.applyDetails(form, clock.instant());
        person.applyStatusDates(form);
        people.saveAndFlush(person);
        LocalDate since = statusDate(person, status);
        statusChanges.save(new PartyStatusChange(person.getId(), status, since, null, user.getUsername(), clock.instant()));
        memberships.save(new Membership(person.getId(), organization.id(), Membership.Kind.PRIMARY, LocalDate.now(clock),
                null, null));
        audit("CREATE", person, Changes.created(person.snapshot()));
        return person;
    }

    Person update(long id, PersonForm form) {
        Person person = getForChange(id);
        if (form.getVersion() == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (form.getVersion() != person.getVersion()) {
            throw new ConcurrentEditException();
        }
        checkIdentityNumberFree(form.getIdentityNumber(), id);
        Map<String, Object> before = person.snapshot();
        person.applyDetails(form, clock.instant());
        audit("UPDATE", person, Changes.between(before, person.snapshot()));
        return person;
    }

    /** Chuyển sinh hoạt đảng: the person's activity moves to another organization. */
    Person transfer(long id, long targetOrganizationId, LocalDate effectiveOn, String note) {
        Person person = getForChange(id);
        OrganizationRef target = organizations.lockVisible(targetOrganizationId);
        checkTransferDate(person, effectiveOn);
        if (!target.active()) {
            throw new BusinessRuleException("organizationId", "organization.error.parentEnded");
        }
        if (target.id() == person.getOrganizationId()) {
            throw new BusinessRuleException("organizationId", "person.error.sameOrganization");
        }
        transferInternal(person, target, effectiveOn, note);
        return person;
    }

    private void checkTransferDate(Person person, LocalDate effectiveOn) {
        if (effectiveOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("effectiveOn", "validation.date.notFuture");
        }
        for (Membership current : memberships.findByPersonIdAndKindAndToDateIsNull(person.getId(), Membership.Kind.PRIMARY)) {
            if (effectiveOn.isBefore(current.getFromDate())) {
                throw new BusinessRuleException("effectiveOn", "person.error.transferBeforeCurrent");
            }
        }
    }

    void transferInternal(Person person, OrganizationRef target, LocalDate effectiveOn, String note) {
        Map<String, Object> before = person.snapshot();
        long from = person.getOrganizationId();
        for (Membership current : memberships.findByPersonIdAndKindAndToDateIsNull(person.getId(), Membership.Kind.PRIMARY)) {
            current.end(effectiveOn);
        }
        for (LeadershipAssignment role : roles.findByPersonIdAndOrganizationIdAndToDateIsNull(person.getId(), from)) {
            role.end(effectiveOn);
        }
        memberships.save(new Membership(person.getId(), target.id(), Membership.Kind.PRIMARY, effectiveOn, null, note));
        person.moveTo(target.id(), target.path(), clock.instant());
        audit("TRANSFER", person, Changes.between(before, person.snapshot()));
    }

    /** Sinh hoạt tạm thời: the person also takes part in a host organization's activity for a period. */
    Membership addTemporaryMembership(long id, long hostOrganizationId, LocalDate from, LocalDate to, String note) {
        Person person = getForChange(id);
        OrganizationRef host = organizations.lockVisible(hostOrganizationId);
        if (to != null && to.isBefore(from)) {
            throw new BusinessRuleException("toDate", "validation.date.order");
        }
        if (host.id() == person.getOrganizationId()) {
            throw new BusinessRuleException("organizationId", "person.error.sameOrganization");
        }
        Membership membership = memberships.save(new Membership(id, host.id(), Membership.Kind.TEMPORARY, from, to,
                VietnameseText.clean(note)));
        audit("TEMPORARY_MEMBERSHIP", person, Map.of("temporaryIn", new Object[] {null, host.name()}));
        return membership;
    }

    Person changeStatus(long id, PartyStatus status, LocalDate effectiveOn, String note, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Person person = getForChange(id);
        PeopleAccess.requireNotSelf(CurrentUser.get(), person.getId());
        if (expectedVersion != null && expectedVersion != person.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (!person.getPartyStatus().next().contains(status)) {
            throw new BusinessRuleException("status", "person.error.statusTransition");
        }
        if (effectiveOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("effectiveOn", "validation.date.notFuture");
        }
        statusChanges.findByPersonIdOrderByEffectiveOnDescIdDesc(id).stream().findFirst()
                .filter(last -> effectiveOn.isBefore(last.getEffectiveOn()))
                .ifPresent(last -> {
                    throw new BusinessRuleException("effectiveOn", "person.error.statusDateOrder");
                });
        if (status == PartyStatus.PROBATIONARY && person.getBirthDate() != null
                && effectiveOn.isBefore(person.getBirthDate().plusYears(18))) {
            throw new BusinessRuleException("effectiveOn", "person.error.admittedTooYoung");
        }
        Map<String, Object> before = person.snapshot();
        person.changeStatus(status, effectiveOn, clock.instant());
        statusChanges.save(new PartyStatusChange(id, status, effectiveOn, VietnameseText.clean(note), user.getUsername(), clock.instant()));
        if (!status.isCurrent()) {
            for (LeadershipAssignment role : roles.findByPersonIdOrderByFromDateDesc(id)) {
                if (role.isCurrent()) {
                    role.end(effectiveOn);
                }
            }
        }
        audit("STATUS", person, Changes.between(before, person.snapshot()));
        return person;
    }

    LeadershipAssignment assignRole(long id, long organizationId, PartyPosition role, LocalDate from) {
        Person person = getForChange(id);
        PeopleAccess.requireNotSelf(CurrentUser.get(), person.getId());
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!person.getPartyStatus().isMember()) {
            throw new BusinessRuleException("role", "person.error.roleNeedsMember");
        }
        boolean held = roles.findByPersonIdAndOrganizationIdAndToDateIsNull(id, organizationId).stream()
                .anyMatch(r -> r.getRole() == role);
        if (held) {
            throw new BusinessRuleException("role", "person.error.roleHeld");
        }
        LeadershipAssignment assignment = roles.save(new LeadershipAssignment(id, organization.id(), role, from));
        audit("ROLE_ASSIGN", person, Map.of("role", new Object[] {null, role + " @ " + organization.name()}));
        return assignment;
    }

    void endRole(long id, long assignmentId, LocalDate on) {
        Person person = getForChange(id);
        PeopleAccess.requireNotSelf(CurrentUser.get(), person.getId());
        LeadershipAssignment assignment = roles.findById(assignmentId)
                .filter(a -> Objects.equals(a.getPersonId(), id))
                .orElseThrow(() -> new NotFoundException("LeadershipRole", assignmentId));
        organizations.requireVisible(assignment.getOrganizationId());
        if (on.isBefore(assignment.getFromDate())) {
            throw new BusinessRuleException("toDate", "validation.date.order");
        }
        assignment.end(on);
        audit("ROLE_END", person, Map.of("role", new Object[] {assignment.getRole(), null}));
    }

    // ---- rules -------------------------------------------------------------------------------

    /**
     * A person the signed-in account may change: visible (else 404), a role that changes people
     * and the person inside the account's subtree (else 403). Seeing one's own record outside the
     * subtree does not allow changing it.
     */
    Person getForChange(long id) {
        ChiboUser user = CurrentUser.get();
        Person person = lookup.get(id);
        PeopleAccess.requireMayChange(user);
        PeopleAccess.requireInScope(user, person.getOrgPath());
        return person;
    }

    private void checkIdentityNumberFree(String identityNumber, Long self) {
        String cleaned = VietnameseText.clean(identityNumber);
        if (cleaned == null) {
            return;
        }
        people.findByIdentityNumber(cleaned)
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw new BusinessRuleException("identityNumber", "person.error.identityNumberTaken");
                });
    }

    private LocalDate statusDate(Person person, PartyStatus status) {
        LocalDate date = switch (status) {
            case SYMPATHISER -> person.getSympathiserSince();
            case PROBATIONARY -> person.getAdmittedOn();
            case OFFICIAL -> person.getOfficialSince();
            default -> null;
        };
        return date == null ? LocalDate.now(clock) : date;
    }

    private void audit(String action, Person person, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, person.getId(), person.getOrgPath(), person.getFullName(),
                changes));
    }
}
