package vn.chibo.mentoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;

/**
 * Putting mentees with mentors in three-person groups: the assignment helper's proposal, confirming it, assigning by
 * hand, and ending an assignment (a group without mentees ends with it). Each change is audited.
 */
@Service
@Transactional(readOnly = true)
public class MentoringAssignments {

    private final MentoringService mentoring;
    private final MentoringAccess access;
    private final MentorRepository mentors;
    private final MentoringGroupRepository groups;
    private final MentoringAssignmentRepository assignments;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringAssignments(MentoringService mentoring, MentoringAccess access, MentorRepository mentors,
                         MentoringGroupRepository groups, MentoringAssignmentRepository assignments,
                         OrganizationDirectory organizations, PersonDirectory people, ApplicationEventPublisher events,
                         JdbcClient jdbc, Clock clock) {
        this.mentoring = mentoring;
        this.access = access;
        this.mentors = mentors;
        this.groups = groups;
        this.assignments = assignments;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

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
        access.requireManage(organization.path());
        if (!MentoringService.PLANNED_TYPES.contains(organization.type())) {
            throw new BusinessRuleException("organizationId", "mentoring.plan.error.type");
        }
        MentoringRules rules = mentoring.rulesFor(organization.path());
        List<PersonRef> everyone = people.currentPeopleUnder(organization.path(), MentoringService.PLAN_LIMIT);
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
        Map<Long, Integer> loads = mentoring.loads(candidateIds);
        List<AssignmentPlanner.MentorSlot> slots = candidateIds.stream()
                .map(id -> new AssignmentPlanner.MentorSlot(id, persons.get(id).organizationId(), loads.getOrDefault(id, 0)))
                .toList();
        List<AssignmentPlanner.Mentee> mentees = mentoring.unmentored(organization).stream()
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
        access.requireManage(organization.path());
        if (pairs == null || pairs.isEmpty()) {
            throw new BusinessRuleException("pairs", "mentoring.plan.error.nothing");
        }
        LocalDate startDate = start == null ? LocalDate.now(clock) : start;
        if (startDate.isAfter(LocalDate.now(clock).plusMonths(1))) {
            throw new BusinessRuleException("start", "mentoring.error.startTooLate");
        }
        MentoringRules rules = mentoring.rulesFor(organization.path());
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
        access.requireManage(organization.path());
        return assignInternal(organization, mentorPersonId, menteePersonId, start == null ? LocalDate.now(clock) : start,
                VietnameseText.clean(goals), mentoring.rulesFor(organization.path()));
    }

    MentoringAssignment assignInternal(OrganizationRef organization, long mentorId, long menteeId, LocalDate start,
                                               String goals, MentoringRules rules) {
        if (goals != null && goals.length() > 2000) {
            throw new BusinessRuleException("goals", "mentoring.error.tooLong", 2000);
        }
        PersonRef mentee = people.find(menteeId).filter(p -> organization.contains(p.orgPath()))
                .orElseThrow(() -> new BusinessRuleException("menteePersonId", "mentoring.error.menteeOutside"));
        PersonRef mentor = people.find(mentorId).filter(p -> organization.contains(p.orgPath()) || access.mayManage(p.orgPath()))
                .orElseThrow(() -> new BusinessRuleException("mentorPersonId", "mentoring.error.mentorOutside"));
        if (!MentoringService.MENTEE_STATUSES.contains(mentee.partyStatus())) {
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
        MentoringAssignment assignment = mentoring.assignment(assignmentId);
        access.requireManage(assignment.getOrgPath());
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
}
