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
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Mentors, three-person groups and assignments, scoped to the signed-in account: a group is visible
 * in the account's subtree or to its own mentor; structure is changed by administrators, officers
 * and secretaries inside their subtree.
 */
@Service
@Transactional(readOnly = true)
public class MentoringService {

    static final Set<PartyStatus> MENTEE_STATUSES = EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER);
    static final Set<OrganizationType> PLANNED_TYPES = EnumSet.of(OrganizationType.CELL, OrganizationType.PARTIAL_COMMITTEE,
            OrganizationType.GRASSROOTS_COMMITTEE);
    private static final int PLAN_LIMIT = 3000;

    private final MentorRepository mentors;
    private final MentoringGroupRepository groups;
    private final MentoringAssignmentRepository assignments;
    private final MentoringRuleKind rulebooks;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringService(MentorRepository mentors, MentoringGroupRepository groups, MentoringAssignmentRepository assignments,
                     MentoringRuleKind rulebooks, OrganizationDirectory organizations, PersonDirectory people,
                     ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
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
        ChiboUser user = CurrentUser.get();
        return groups.findById(id)
                .filter(g -> user.canSee(g.getOrgPath()) || isMentorOf(g))
                .orElseThrow(() -> new NotFoundException("MentoringGroup", id));
    }

    public boolean isMentorOf(MentoringGroup group) {
        Long self = CurrentUser.get().personId();
        return self != null && self.equals(group.getMentorPersonId());
    }

    /** Administrators, officers and secretaries change mentoring inside their subtree. */
    public boolean mayManage(String orgPath) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.MANAGE_MENTORING) && user.canSee(orgPath);
    }

    /** Sessions and reviews: the group's mentor, or whoever manages its organization. */
    public boolean mayRecord(MentoringGroup group) {
        return isMentorOf(group) || mayManage(group.getOrgPath());
    }

    void requireManage(String orgPath) {
        if (!mayManage(orgPath)) {
            throw new ForbiddenException("manage mentoring");
        }
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

    // ---- assignment helper --------------------------------------------------------------------

    /** The helper's proposal for an organization, with the people it names. */
    public record Proposal(OrganizationRef organization, AssignmentPlanner.Plan plan, Map<Long, PersonRef> persons,
                           Set<Long> newMentors, MentoringRules rules) {
    }

    /**
     * Proposes groups pairing every unmentored mass of a cell or unit with a mentor: registered active
     * mentors and the party members of the subtree, least loaded first, within the mentee's organization.
     */
    public Proposal propose(long organizationId) {
        OrganizationRef organization = organizations.requireVisible(organizationId);
        requireManage(organization.path());
        if (!PLANNED_TYPES.contains(organization.type())) {
            throw new BusinessRuleException("organizationId", "mentoring.plan.error.type");
        }
        MentoringRules rules = rulesFor(organization.path());
        List<PersonRef> everyone = people.currentPeopleUnder(organization.path(), PLAN_LIMIT);
        Map<Long, PersonRef> persons = new HashMap<>();
        everyone.forEach(p -> persons.put(p.id(), p));
        Map<Long, Mentor> registered = new HashMap<>();
        jdbc.sql("select id from mentor where " + SubtreeSql.under("org_path", organization.path())).query(Long.class).list()
                .forEach(id -> mentors.findById(id).ifPresent(m -> registered.put(m.getPersonId(), m)));
        List<Long> candidateIds = new ArrayList<>();
        Set<Long> newMentors = new HashSet<>();
        for (PersonRef person : everyone) {
            Mentor mentor = registered.get(person.id());
            if (mentor != null ? mentor.isActive() : person.partyStatus().isMember()) {
                candidateIds.add(person.id());
                if (mentor == null) {
                    newMentors.add(person.id());
                }
            }
        }
        Map<Long, Integer> loads = loads(candidateIds);
        List<AssignmentPlanner.MentorSlot> slots = candidateIds.stream()
                .map(id -> new AssignmentPlanner.MentorSlot(id, persons.get(id).organizationId(), loads.getOrDefault(id, 0)))
                .toList();
        List<AssignmentPlanner.Mentee> mentees = unmentored(organization).stream()
                .map(p -> new AssignmentPlanner.Mentee(p.id(), p.organizationId())).toList();
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(slots, mentees, rules.maxMenteesPerMentor());
        return new Proposal(organization, plan, persons, newMentors, rules);
    }

    /**
     * Confirms the pairs the officer kept ('mentorId:menteeId'), each checked again: the mentee is an
     * unmentored mass of the subtree, the mentor a party member or active mentor of it with room left.
     * Mentees join their mentor's group in their own organization while it has room, else a new group.
     */
    @Transactional
    public int confirm(long organizationId, List<String> pairs, LocalDate start, String goals) {
        OrganizationRef organization = organizations.lockVisible(organizationId);
        requireManage(organization.path());
        if (pairs == null || pairs.isEmpty()) {
            throw new BusinessRuleException("pairs", "mentoring.plan.error.nothing");
        }
        LocalDate startDate = start == null ? LocalDate.now(clock) : start;
        if (startDate.isAfter(LocalDate.now(clock).plusMonths(1))) {
            throw new BusinessRuleException("start", "mentoring.error.startTooLate");
        }
        MentoringRules rules = rulesFor(organization.path());
        int created = 0;
        for (String pair : pairs) {
            String[] ids = pair.split(":");
            if (ids.length != 2 || !ids[0].matches("\\d{1,18}") || !ids[1].matches("\\d{1,18}")) {
                throw new BusinessRuleException("pairs", "mentoring.plan.error.pair");
            }
            assignInternal(organization, Long.parseLong(ids[0]), Long.parseLong(ids[1]), startDate,
                    VietnameseText.clean(goals), rules);
            created++;
        }
        return created;
    }

    /** Puts one mentee with a mentor (by hand, from a cell's page). */
    @Transactional
    public MentoringAssignment assign(long organizationId, long mentorPersonId, long menteePersonId, LocalDate start,
                                      String goals) {
        OrganizationRef organization = organizations.lockVisible(organizationId);
        requireManage(organization.path());
        return assignInternal(organization, mentorPersonId, menteePersonId, start == null ? LocalDate.now(clock) : start,
                VietnameseText.clean(goals), rulesFor(organization.path()));
    }

    MentoringAssignment assignInternal(OrganizationRef organization, long mentorId, long menteeId, LocalDate start,
                                               String goals, MentoringRules rules) {
        if (goals != null && goals.length() > 2000) {
            throw new BusinessRuleException("goals", "mentoring.error.tooLong", 2000);
        }
        PersonRef mentee = people.find(menteeId).filter(p -> organization.contains(p.orgPath()))
                .orElseThrow(() -> new BusinessRuleException("menteePersonId", "mentoring.error.menteeOutside"));
        PersonRef mentor = people.find(mentorId).filter(p -> organization.contains(p.orgPath()) || mayManage(p.orgPath()))
                .orElseThrow(() -> new BusinessRuleException("mentorPersonId", "mentoring.error.mentorOutside"));
        if (!MENTEE_STATUSES.contains(mentee.partyStatus())) {
            throw new BusinessRuleException("menteePersonId", "mentoring.error.menteeStatus", mentee.fullName());
        }
        if (!assignments.findByMenteePersonIdAndEndDateIsNull(menteeId).isEmpty()) {
            throw new BusinessRuleException("menteePersonId", "mentoring.error.alreadyMentored", mentee.fullName());
        }
        Mentor registered = mentors.findByPersonId(mentorId).orElse(null);
        if (registered == null) {
            if (!mentor.partyStatus().isMember()) {
                throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorNotRegistered", mentor.fullName());
            }
            registered = mentors.save(new Mentor(mentor.id(), mentor.organizationId(), mentor.orgPath(), Mentor.Kind.PARTY_MEMBER, clock.instant()));
            events.publishEvent(AuditRecord.of("CREATE", "Mentor", registered.getId(), registered.getOrgPath(),
                    mentor.fullName(), Changes.created(registered.snapshot())));
        } else if (!registered.isActive()) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorInactive", mentor.fullName());
        }
        long load = assignments.countByMentorPersonIdAndEndDateIsNull(mentorId);
        if (load >= rules.maxMenteesPerMentor()) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorFull", mentor.fullName(),
                    rules.maxMenteesPerMentor());
        }
        OrganizationRef home = organizations.find(mentee.organizationId()).orElseThrow();
        MentoringGroup group = groups.findByMentorPersonIdAndEndedOnIsNullOrderById(mentorId).stream()
                .filter(g -> g.getOrganizationId().equals(home.id()))
                .filter(g -> assignments.findByGroupIdOrderById(g.getId()).stream().filter(MentoringAssignment::isActive).count()
                        < rules.menteesPerGroup())
                .findFirst().orElse(null);
        if (group == null) {
            int count = groups.findByMentorPersonIdAndEndedOnIsNullOrderById(mentorId).size();
            String name = count == 0 ? mentor.fullName() : mentor.fullName() + " (" + (count + 1) + ")";
            group = groups.save(new MentoringGroup(home.id(), home.path(), mentorId, name, start, clock.instant()));
            events.publishEvent(AuditRecord.of("CREATE", "MentoringGroup", group.getId(), group.getOrgPath(),
                    mentor.fullName(), Changes.created(group.snapshot())));
        }
        MentoringAssignment assignment = assignments.save(new MentoringAssignment(group, menteeId, start, goals, clock.instant()));
        events.publishEvent(AuditRecord.of("ASSIGN", "MentoringAssignment", assignment.getId(), assignment.getOrgPath(),
                mentor.fullName() + " → " + mentee.fullName(), Changes.created(assignment.snapshot())));
        return assignment;
    }

    /** Ends an assignment (with the outcome that ended it, if any); a group without mentees ends with it. */
    @Transactional
    public MentoringAssignment endAssignment(long assignmentId, LocalDate on, MentoringOutcome reason, Long version) {
        MentoringAssignment assignment = assignment(assignmentId);
        requireManage(assignment.getOrgPath());
        if (version == null || version != assignment.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (reason != null && reason != MentoringOutcome.TRANSFERRED && reason != MentoringOutcome.DISCHARGED) {
            throw new BusinessRuleException("reason", "mentoring.review.error.admittedByPipeline"); // admission: pipeline only
        }
        endInternal(assignment, on == null ? LocalDate.now(clock) : on, reason);
        return assignment;
    }

    void endInternal(MentoringAssignment assignment, LocalDate on, MentoringOutcome reason) {
        if (!assignment.isActive()) {
            throw new BusinessRuleException("endDate", "mentoring.error.alreadyEnded");
        }
        if (on.isBefore(assignment.getStartDate())) {
            throw new BusinessRuleException("endDate", "validation.date.order");
        }
        var before = assignment.snapshot();
        assignment.end(on, reason);
        events.publishEvent(AuditRecord.of("END", "MentoringAssignment", assignment.getId(), assignment.getOrgPath(),
                String.valueOf(assignment.getMenteePersonId()), Changes.between(before, assignment.snapshot())));
        MentoringGroup group = groups.findById(assignment.getGroupId()).orElseThrow();
        boolean empty = assignments.findByGroupIdOrderById(group.getId()).stream().noneMatch(MentoringAssignment::isActive);
        if (empty && group.isActive()) {
            var groupBefore = group.snapshot();
            group.end(on);
            events.publishEvent(AuditRecord.of("END", "MentoringGroup", group.getId(), group.getOrgPath(), group.getName(),
                    Changes.between(groupBefore, group.snapshot())));
        }
    }

    // ---- mentors ------------------------------------------------------------------------------

    /** Registers a person as mentor, or updates his record (kind, training, award, active). */
    @Transactional
    public Mentor saveMentor(MentorForm form) {
        if (form.getPersonId() == null) {
            throw new BusinessRuleException("personId", "validation.required");
        }
        PersonRef person = people.requireVisible(form.getPersonId());
        requireManage(person.orgPath());
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
