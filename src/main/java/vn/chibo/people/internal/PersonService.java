package vn.chibo.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** Person records, scoped to the signed-in account: out of scope is 'not found', out of role is forbidden. */
@Service
@Transactional(readOnly = true)
public class PersonService implements PersonDirectory {

    private static final String ENTITY = "Person";

    private final PersonRepository people;
    private final PartyStatusChangeRepository statusChanges;
    private final LeadershipAssignmentRepository roles;
    private final MembershipRepository memberships;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    PersonService(PersonRepository people, PartyStatusChangeRepository statusChanges,
                  LeadershipAssignmentRepository roles, MembershipRepository memberships,
                  OrganizationDirectory organizations, ApplicationEventPublisher events,
                  org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.statusChanges = statusChanges;
        this.roles = roles;
        this.memberships = memberships;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<PersonRef> find(long id) {
        return people.findById(id).map(Person::toRef);
    }

    @Override
    public PersonRef requireVisible(long id) {
        return get(id).toRef();
    }

    @Override
    public Map<PartyStatus, Long> countByStatus(String pathPrefix) {
        Map<PartyStatus, Long> counts = new java.util.EnumMap<>(PartyStatus.class);
        String where = pathPrefix == null ? "" : " where " + PersonQuery.subtree(pathPrefix);
        jdbc.sql("select p.party_status, count(*) from person p" + where + " group by p.party_status")
                .query((rs, n) -> counts.put(PartyStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public List<PartyMemberLine> partyMembersUnder(String pathPrefix) {
        return jdbc.sql("select p.id, p.full_name, p.organization_id, p.org_path, p.party_status, p.admitted_on from person p"
                        + " where " + PersonQuery.subtree(pathPrefix) + " and p.party_status in ('PROBATIONARY', 'OFFICIAL')")
                .query((rs, n) -> new PartyMemberLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        PartyStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
                .list();
    }

    @Override
    public Map<Long, Long> countMembersByOrganization(String pathPrefix) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        String within = pathPrefix == null || pathPrefix.equals("/") ? "" : PersonQuery.subtree(pathPrefix) + " and";
        jdbc.sql("select p.organization_id, count(*) from person p where " + within
                        + " p.party_status in ('PROBATIONARY', 'OFFICIAL') group by p.organization_id")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public List<PersonRef> membersOf(long organizationId, int offset, int limit) {
        return jdbc.sql("select p.id, p.full_name, p.organization_id, p.org_path, p.party_status from person p"
                        + " where p.organization_id = :o and p.party_status in ('PROBATIONARY', 'OFFICIAL')"
                        + " order by p.sort_key, p.id limit :limit offset :offset")
                .param("o", organizationId).param("limit", Math.max(0, limit)).param("offset", Math.max(0, offset))
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        PartyStatus.valueOf(rs.getString(5))))
                .list();
    }

    @Override
    public Optional<PersonFacts> facts(long id) {
        return people.findById(id).map(p -> new PersonFacts(p.getId(), p.getFullName(), p.getBirthDate(), p.getEducation(),
                p.getOrganizationId(), p.getOrgPath(), p.getPartyStatus(), p.getAdmittedOn(), p.getOfficialSince()));
    }

    @Override
    public Map<Long, PersonRef> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Person::getId, Person::toRef));
    }

    @Override
    public List<PersonRef> currentPeopleUnder(String pathPrefix, int limit) {
        return jdbc.sql("select p.id, p.full_name, p.organization_id, p.org_path, p.party_status from person p"
                        + " where " + PersonQuery.subtree(pathPrefix) + " and p.party_status not in ('STRUCK_OFF', 'DECEASED')"
                        + " order by p.org_path, p.sort_key, p.id limit :limit")
                .param("limit", Math.max(0, limit))
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        PartyStatus.valueOf(rs.getString(5))))
                .list();
    }

    @Override
    @Transactional
    public PersonRef changePartyStatus(long id, PartyStatus status, LocalDate effectiveOn, String note) {
        return changeStatus(id, status, effectiveOn, note, null).toRef();
    }

    public List<MemberAtDate> partyMembersAt(long organizationId, LocalDate date) {
        record Candidate(long id, String fullName, String sortKey, boolean temporary) {
        }
        Map<Long, Candidate> candidates = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.full_name, p.sort_key, ms.kind from membership ms join person p on p.id = ms.person_id
                        where ms.organization_id = :o and ms.from_date <= :d and (ms.to_date is null or ms.to_date > :d)
                        order by p.sort_key, p.id""")
                .param("o", organizationId).param("d", date)
                .query((rs, n) -> candidates.merge(rs.getLong(1), new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        "TEMPORARY".equals(rs.getString(4))), (a, b) -> a.temporary() ? b : a))
                .list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, PartyStatus> statusAt = new java.util.HashMap<>();
        jdbc.sql("""
                        select person_id, status from party_status_change where person_id in (:ids) and effective_on <= :d
                        order by person_id, effective_on, id""")
                .param("ids", candidates.keySet()).param("d", date)
                .query((rs, n) -> statusAt.put(rs.getLong(1), PartyStatus.valueOf(rs.getString(2))))
                .list();
        return candidates.values().stream()
                .filter(c -> statusAt.containsKey(c.id()) && statusAt.get(c.id()).isMember())
                .map(c -> new MemberAtDate(c.id(), c.fullName(), c.sortKey(), statusAt.get(c.id()), c.temporary()))
                .toList();
    }

    @Override
    public List<LeaderAtDate> leadersAt(java.util.Collection<Long> organizationIds, LocalDate date) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.person_id, p.full_name, p.sort_key, r.organization_id, r.role from leadership_role r
                        join person p on p.id = r.person_id
                        where r.organization_id in (:ids) and r.from_date <= :d and (r.to_date is null or r.to_date > :d)
                        order by r.organization_id, r.role, p.sort_key""")
                .param("ids", organizationIds).param("d", date)
                .query((rs, n) -> new LeaderAtDate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        PartyPosition.valueOf(rs.getString(5))))
                .list();
    }

    public Person get(long id) {
        ChiboUser user = CurrentUser.get();
        return people.findById(id)
                .filter(p -> user.canSeePerson(p.getId(), p.getOrgPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<PartyStatusChange> statusHistory(long id) {
        get(id);
        return statusChanges.findByPersonIdOrderByEffectiveOnDescIdDesc(id);
    }

    public List<LeadershipAssignment> roles(long id) {
        get(id);
        return roles.findByPersonIdOrderByFromDateDesc(id);
    }

    public List<Membership> memberships(long id) {
        get(id);
        return memberships.findByPersonIdOrderByFromDateDescIdDesc(id);
    }

    /** Current leaders of an organization (bí thư, phó bí thư, cấp ủy viên...). */
    public List<LeadershipAssignment> currentLeaders(long organizationId) {
        organizations.requireVisible(organizationId);
        return roles.findByOrganizationIdAndToDateIsNull(organizationId).stream()
                .sorted(java.util.Comparator.comparing(LeadershipAssignment::getRole))
                .toList();
    }

    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return people.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Person::getId, Person::getFullName));
    }

    // ---- changes -----------------------------------------------------------------------------

    @Transactional
    public Person create(PersonForm form) {
        ChiboUser user = CurrentUser.get();
        if (form.getOrganizationId() == null) {
            throw new BusinessRuleException("organizationId", "validation.required");
        }
        OrganizationRef organization = organizations.lockVisible(form.getOrganizationId());
        requireMayChange(user);
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

    @Transactional
    public Person update(long id, PersonForm form) {
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
    @Transactional
    public Person transfer(long id, long targetOrganizationId, LocalDate effectiveOn, String note) {
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
    @Transactional
    public Membership addTemporaryMembership(long id, long hostOrganizationId, LocalDate from, LocalDate to, String note) {
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

    @Transactional
    public Person changeStatus(long id, PartyStatus status, LocalDate effectiveOn, String note, Long expectedVersion) {
        ChiboUser user = CurrentUser.get();
        Person person = getForChange(id);
        requireNotSelf(person);
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

    @Transactional
    public LeadershipAssignment assignRole(long id, long organizationId, PartyPosition role, LocalDate from) {
        Person person = getForChange(id);
        requireNotSelf(person);
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

    @Transactional
    public void endRole(long id, long assignmentId, LocalDate on) {
        Person person = getForChange(id);
        requireNotSelf(person);
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
        Person person = get(id);
        requireMayChange(user);
        if (!user.canSee(person.getOrgPath())) {
            throw new ForbiddenException("change a person outside the scope");
        }
        return person;
    }

    /** Nobody records their own admission, recognition, removal or party position. */
    private static void requireNotSelf(Person person) {
        Long self = CurrentUser.get().personId();
        if (self != null && self.equals(person.getId())) {
            throw new ForbiddenException("change own party status or position");
        }
    }

    /** For forms: 403 before showing a form the account could not submit. */
    public void checkMayChange() {
        requireMayChange(CurrentUser.get());
    }

    private static void requireMayChange(ChiboUser user) {
        if (!user.mayChangePeople()) {
            throw new ForbiddenException("change people");
        }
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
