package vn.chibo.mentoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Mentors and three-person groups, scoped to the signed-in account (who may read and change them is
 * {@link MentoringAccess}); putting mentees with mentors is {@link MentoringAssignments}.
 */
@Service
@Transactional(readOnly = true)
public class MentoringService {

    static final Set<PartyStatus> MENTEE_STATUSES = EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER);
    static final Set<OrganizationType> PLANNED_TYPES = EnumSet.of(OrganizationType.CELL, OrganizationType.PARTIAL_COMMITTEE,
            OrganizationType.GRASSROOTS_COMMITTEE);
    static final int PLAN_LIMIT = 3000;

    private final MentoringAccess access;
    private final MentorRepository mentors;
    private final MentoringGroupRepository groups;
    private final MentoringAssignmentRepository assignments;
    private final MentoringRuleKind rulebooks;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringService(MentoringAccess access, MentorRepository mentors, MentoringGroupRepository groups,
                     MentoringAssignmentRepository assignments, MentoringRuleKind rulebooks, OrganizationDirectory organizations,
                     PersonDirectory people, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.mentors = mentors;
        this.groups = groups;
        this.assignments = assignments;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** A group the account may see: in its subtree, or the account is the group's mentor. */
    public MentoringGroup group(long id) {
        return groups.findById(id)
                .filter(access::mayRead)
                .orElseThrow(() -> new NotFoundException("MentoringGroup", id));
    }

    public MentoringRules rulesFor(String orgPath) {
        return rulebooks.rulesFor(orgPath, LocalDate.now(clock));
    }

    /** A line of a cell's group list. */
    public record GroupLine(long id, String name, long mentorPersonId, String mentorName, long organizationId,
                            LocalDate formedOn, List<PersonRef> mentees, LocalDate lastSession, long sessions) {
    }

    /** The active groups in an organization's subtree (above cells: its sub-organizations'), by organization, 50 a page. */
    public List<GroupLine> groupsOf(long organizationId, int page) {
        String under = SubtreeSql.under("org_path", organizations.requireVisible(organizationId).path());
        List<MentoringGroup> found = jdbc.sql("select id from mentoring_group where ended_on is null and " + under
                        + " order by org_path, id limit 50 offset :offset")
                .param("offset", (long) Math.max(0, page) * 50).query(Long.class).list()
                .stream().map(id -> groups.findById(id).orElseThrow()).toList();
        return lines(found);
    }

    public long countGroupsOf(long organizationId) {
        String under = SubtreeSql.under("org_path", organizations.requireVisible(organizationId).path());
        return jdbc.sql("select count(*) from mentoring_group where ended_on is null and " + under).query(Long.class).single();
    }

    /** The active groups a person mentors (the 'my mentees' page). */
    public List<GroupLine> groupsMentoredBy(long personId) {
        return lines(groups.findByMentorPersonIdAndEndedOnIsNullOrderById(personId));
    }

    private List<GroupLine> lines(List<MentoringGroup> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(MentoringGroup::getId).toList();
        Map<Long, List<Long>> menteesByGroup = new HashMap<>();
        Set<Long> personIds = new HashSet<>();
        jdbc.sql("select group_id, mentee_person_id from mentoring_assignment where end_date is null and group_id in (:ids)"
                        + " order by id")
                .param("ids", ids)
                .query((rs, n) -> {
                    menteesByGroup.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return personIds.add(rs.getLong(2));
                }).list();
        Map<Long, Object[]> sessionStats = new HashMap<>();
        jdbc.sql("select group_id, max(held_on), count(*) from mentoring_session where group_id in (:ids) group by group_id")
                .param("ids", ids)
                .query((rs, n) -> sessionStats.put(rs.getLong(1),
                        new Object[] {rs.getObject(2, LocalDate.class), rs.getLong(3)})).list();
        found.forEach(g -> personIds.add(g.getMentorPersonId()));
        Map<Long, PersonRef> persons = people.findAll(personIds);
        return found.stream().map(g -> {
            Object[] stats = sessionStats.getOrDefault(g.getId(), new Object[] {null, 0L});
            PersonRef mentor = persons.get(g.getMentorPersonId());
            return new GroupLine(g.getId(), g.getName(), g.getMentorPersonId(), mentor == null ? "" : mentor.fullName(),
                    g.getOrganizationId(), g.getFormedOn(),
                    menteesByGroup.getOrDefault(g.getId(), List.of()).stream().map(persons::get).filter(Objects::nonNull).toList(),
                    (LocalDate) stats[0], (Long) stats[1]);
        }).toList();
    }

    public List<MentoringAssignment> assignmentsOf(MentoringGroup group) {
        return assignments.findByGroupIdOrderById(group.getId());
    }

    public MentoringAssignment assignment(long id) {
        MentoringAssignment assignment = assignments.findById(id)
                .orElseThrow(() -> new NotFoundException("MentoringAssignment", id));
        group(assignment.getGroupId());
        return assignment;
    }

    /** Masses and subordinates of an organization's subtree who have no mentor now (at most 3,000). */
    public List<PersonRef> unmentored(OrganizationRef organization) {
        Set<Long> mentored = new HashSet<>(jdbc.sql("select mentee_person_id from mentoring_assignment where end_date is null and "
                + SubtreeSql.under("org_path", organization.path())).query(Long.class).list());
        return people.currentPeopleUnder(organization.path(), PLAN_LIMIT).stream()
                .filter(p -> MENTEE_STATUSES.contains(p.partyStatus()) && !mentored.contains(p.id())).toList();
    }

    /** Mentees now with each mentor of a subtree (mentors elsewhere count too). */
    Map<Long, Integer> loads(Collection<Long> mentorIds) {
        Map<Long, Integer> loads = new HashMap<>();
        if (mentorIds.isEmpty()) {
            return loads;
        }
        List<Long> ids = List.copyOf(mentorIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select mentor_person_id, count(*) from mentoring_assignment where end_date is null"
                            + " and mentor_person_id in (:ids) group by mentor_person_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> loads.put(rs.getLong(1), rs.getInt(2))).list();
        }
        return loads;
    }

    public Map<Long, Integer> loadsOf(Collection<Long> mentorIds) { return loads(mentorIds); }

    /** The mentor record of a person, if registered. */
    public java.util.Optional<Mentor> mentorOf(long personId) { return mentors.findByPersonId(personId); }

    /** Registered mentors of one organization (not its subtree). */
    public List<Mentor> mentorsOf(long organizationId) {
        organizations.requireVisible(organizationId);
        return jdbc.sql("select id from mentor where organization_id = :o order by id").param("o", organizationId)
                .query(Long.class).list().stream().map(id -> mentors.findById(id).orElseThrow()).toList();
    }

    // ---- mentors ------------------------------------------------------------------------------

    /** Registers a person as mentor, or updates his record (kind, training, award, active). */
    @Transactional
    public Mentor saveMentor(MentorForm form) {
        if (form.getPersonId() == null) {
            throw new BusinessRuleException("personId", "validation.required");
        }
        PersonRef person = people.requireVisible(form.getPersonId());
        access.requireManage(person.orgPath());
        if (form.getKind() == null) {
            throw new BusinessRuleException("kind", "validation.required");
        }
        if (!person.partyStatus().isCurrent()) {
            throw new BusinessRuleException("personId", "mentoring.error.mentorNotCurrent");
        }
        if (form.getKind() != Mentor.Kind.CORE_MEMBER && !person.partyStatus().isMember()) {
            throw new BusinessRuleException("kind", "mentoring.error.kindNeedsMember");
        }
        if (form.getTrainedOn() != null && form.getTrainedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("trainedOn", "validation.date.notFuture");
        }
        String training = VietnameseText.clean(form.getTraining());
        if (training != null && training.length() > 500) {
            throw new BusinessRuleException("training", "mentoring.error.tooLong", 500);
        }
        Mentor mentor = mentors.findByPersonId(person.id()).orElse(null);
        if (mentor == null) {
            mentor = new Mentor(person.id(), person.organizationId(), person.orgPath(), form.getKind(), clock.instant());
            mentor.update(form.getKind(), training, form.getTrainedOn(), form.isActive());
            mentors.save(mentor);
            events.publishEvent(AuditRecord.of("CREATE", "Mentor", mentor.getId(), mentor.getOrgPath(), person.fullName(),
                    Changes.created(mentor.snapshot())));
            return mentor;
        }
        if (form.getVersion() == null || form.getVersion() != mentor.getVersion()) {
            throw new ConcurrentEditException();
        }
        var before = mentor.snapshot();
        mentor.update(form.getKind(), training, form.getTrainedOn(), form.isActive());
        events.publishEvent(AuditRecord.of("UPDATE", "Mentor", mentor.getId(), mentor.getOrgPath(), person.fullName(),
                Changes.between(before, mentor.snapshot())));
        return mentor;
    }
}