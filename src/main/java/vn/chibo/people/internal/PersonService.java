package vn.chibo.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.CurrentUser;

/** Person records, scoped to the signed-in account: out of scope is 'not found', out of role is forbidden. */
@Service
@Transactional(readOnly = true)
public class PersonService implements PersonDirectory {

    private final PersonRepository people;
    private final PersonLookup lookup;
    private final PersonChanges changes;
    private final PartyStatusChangeRepository statusChanges;
    private final LeadershipAssignmentRepository roles;
    private final MembershipRepository memberships;
    private final OrganizationDirectory organizations;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final PersonCounts counts;

    PersonService(PersonRepository people, PersonLookup lookup, PersonChanges changes, PartyStatusChangeRepository statusChanges,
                  LeadershipAssignmentRepository roles, MembershipRepository memberships,
                  OrganizationDirectory organizations, org.springframework.jdbc.core.simple.JdbcClient jdbc, PersonCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.people = people;
        this.lookup = lookup;
        this.changes = changes;
        this.statusChanges = statusChanges;
        this.roles = roles;
        this.memberships = memberships;
        this.organizations = organizations;
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
        return counts.byStatus(pathPrefix);
    }

    @Override
    public Map<Long, Long> countUnderChildren(String path, java.util.Collection<PartyStatus> statuses) {
        return counts.byChild(path, statuses);
    }

    @Override
    public List<PartyMemberLine> partyMembersUnder(String pathPrefix) {
        return jdbc.sql("select p.id, p.full_name, p.organization_id, p.org_path, p.party_status, p.admitted_on from person p"
                        + " where " + Subtree.of(pathPrefix).sql("p.org_path") + " and p.party_status in ('PROBATIONARY', 'OFFICIAL')")
                .query((rs, n) -> new PartyMemberLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        PartyStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
                .list();
    }

    @Override
    public Map<Long, Long> countMembersByOrganization(String pathPrefix) {
        return counts.byOrganization(pathPrefix, java.util.EnumSet.of(PartyStatus.PROBATIONARY, PartyStatus.OFFICIAL));
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
                        + " where " + Subtree.of(pathPrefix).sql("p.org_path") + " and p.party_status not in ('STRUCK_OFF', 'DECEASED')"
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

    /** The person if the signed-in account may see them, else 404. */
    public Person get(long id) {
        return lookup.get(id);
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

    // ---- changes (read-write transactions, see PersonChanges) ----------------------------------

    @Transactional
    public Person create(PersonForm form) {
        return changes.create(form);
    }

    @Transactional
    public Person update(long id, PersonForm form) {
        return changes.update(id, form);
    }

    /** Chuyển sinh hoạt đảng: the person's activity moves to another organization. */
    @Transactional
    public Person transfer(long id, long targetOrganizationId, LocalDate effectiveOn, String note) {
        return changes.transfer(id, targetOrganizationId, effectiveOn, note);
    }

    /** Sinh hoạt tạm thời: the person also takes part in a host organization's activity for a period. */
    @Transactional
    public Membership addTemporaryMembership(long id, long hostOrganizationId, LocalDate from, LocalDate to, String note) {
        return changes.addTemporaryMembership(id, hostOrganizationId, from, to, note);
    }

    @Transactional
    public Person changeStatus(long id, PartyStatus status, LocalDate effectiveOn, String note, Long expectedVersion) {
        return changes.changeStatus(id, status, effectiveOn, note, expectedVersion);
    }

    @Transactional
    public LeadershipAssignment assignRole(long id, long organizationId, PartyPosition role, LocalDate from) {
        return changes.assignRole(id, organizationId, role, from);
    }

    @Transactional
    public void endRole(long id, long assignmentId, LocalDate on) {
        changes.endRole(id, assignmentId, on);
    }

    /** For forms: 403 before showing a form the account could not submit. */
    public void checkMayChange() {
        PeopleAccess.requireMayChange(CurrentUser.get());
    }
}
