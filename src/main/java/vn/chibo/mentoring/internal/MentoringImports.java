package vn.chibo.mentoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.mentoring.MentoringBulkEntry;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The mentoring module's side of bulk loading. Current assignments go through {@link MentoringAssignments}' own
 * assignment (groups filled up to the rulebook's size, mentors registered, audit); past ones are recorded ended, in
 * groups of the rulebook's size formed and ended on the same dates.
 */
@Service
class MentoringImports implements MentoringBulkEntry {

    private final MentoringService service;
    private final MentoringAccess access;
    private final MentoringAssignments assigning;
    private final MentorRepository mentors;
    private final MentoringGroupRepository groups;
    private final MentoringAssignmentRepository assignments;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringImports(MentoringService service, MentoringAccess access, MentoringAssignments assigning, MentorRepository mentors, MentoringGroupRepository groups,
                     MentoringAssignmentRepository assignments, OrganizationDirectory organizations, PersonDirectory people,
                     ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.service = service;
        this.access = access;
        this.assigning = assigning;
        this.mentors = mentors;
        this.groups = groups;
        this.assignments = assignments;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Problem> check(NewAssignment assignment, int earlierForMentor) {
        try {
            checkOrThrow(assignment, earlierForMentor);
            return Optional.empty();
        } catch (BusinessRuleException e) {
            return Optional.of(new Problem(e.field(), e.messageKey(), e.arguments()));
        } catch (NotFoundException e) {
            return Optional.of(new Problem("organizationId", "import.error.subjectOutOfScope"));
        }
    }

    private void checkOrThrow(NewAssignment a, int earlierForMentor) {
        PersonRef mentee = people.find(a.menteePersonId()).orElseThrow(() -> new NotFoundException("Person", a.menteePersonId()));
        long unitId = a.organizationId() != null ? a.organizationId() : mentee.organizationId();
        OrganizationRef unit = organizations.find(unitId).orElseThrow(() -> new NotFoundException("Organization", unitId));
        if (!access.mayManage(unit.path())) {
            throw new BusinessRuleException("organizationId", "import.error.notPermitted");
        }
        if (!unit.contains(mentee.orgPath())) {
            throw new BusinessRuleException("menteePersonId", "mentoring.error.menteeOutside");
        }
        PersonRef mentor = people.find(a.mentorPersonId()).filter(p -> unit.contains(p.orgPath()) || access.mayManage(p.orgPath()))
                .orElseThrow(() -> new BusinessRuleException("mentorPersonId", "mentoring.error.mentorOutside"));
        if (a.mentorPersonId() == a.menteePersonId()) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.import.selfMentoring");
        }
        if (a.goals() != null && a.goals().length() > 2000) {
            throw new BusinessRuleException("goals", "mentoring.error.tooLong", 2000);
        }
        LocalDate today = LocalDate.now(clock);
        if (a.start().isAfter(today.plusMonths(1))) {
            throw new BusinessRuleException("start", "mentoring.error.startTooLate");
        }
        if (a.end() != null) {
            if (a.end().isBefore(a.start())) {
                throw new BusinessRuleException("end", "validation.date.order");
            }
            return;
        }
        if (!MentoringService.MENTEE_STATUSES.contains(mentee.partyStatus())) {
            throw new BusinessRuleException("menteePersonId", "mentoring.error.menteeStatus", mentee.fullName());
        }
        if (!assignments.findByMenteePersonIdAndEndDateIsNull(mentee.id()).isEmpty()) {
            throw new BusinessRuleException("menteePersonId", "mentoring.error.alreadyMentored", mentee.fullName());
        }
        Optional<Mentor> registered = mentors.findByPersonId(mentor.id());
        if (registered.isEmpty() && !mentor.partyStatus().isMember()) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorNotRegistered", mentor.fullName());
        }
        if (registered.isPresent() && !registered.get().isActive()) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorInactive", mentor.fullName());
        }
        int max = service.rulesFor(unit.path()).maxMenteesPerMentor();
        if (assignments.countByMentorPersonIdAndEndDateIsNull(mentor.id()) + earlierForMentor >= max) {
            throw new BusinessRuleException("mentorPersonId", "mentoring.error.mentorFull", mentor.fullName(), max);
        }
    }

    @Override
    public Optional<Long> existing(NewAssignment a) {
        return jdbc.sql("select min(id) from mentoring_assignment where mentor_person_id = :mentor and mentee_person_id = :mentee"
                        + " and (start_date = :start or end_date is null and :current = 1)")
                .param("mentor", a.mentorPersonId()).param("mentee", a.menteePersonId()).param("start", a.start())
                .param("current", a.end() == null ? 1 : 0).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long create(NewAssignment a) {
        checkOrThrow(a, 0);
        PersonRef mentee = people.find(a.menteePersonId()).orElseThrow();
        OrganizationRef unit = organizations.lockVisible(a.organizationId() != null ? a.organizationId() : mentee.organizationId());
        String goals = VietnameseText.clean(a.goals());
        if (a.end() == null) {
            return assigning.assignInternal(unit, a.mentorPersonId(), a.menteePersonId(), a.start(), goals,
                    service.rulesFor(unit.path())).getId();
        }
        MentoringGroup group = pastGroup(a, mentee, service.rulesFor(unit.path()).menteesPerGroup());
        MentoringAssignment assignment = new MentoringAssignment(group, a.menteePersonId(), a.start(), goals, clock.instant());
        assignment.end(a.end(), null);
        assignments.save(assignment);
        events.publishEvent(AuditRecord.of("ASSIGN", "MentoringAssignment", assignment.getId(), assignment.getOrgPath(),
                group.getName() + " → " + mentee.fullName(), Changes.created(assignment.snapshot())));
        return assignment.getId();
    }

    /** A past group of the mentor in the mentee's organization, formed and ended on the same dates, with room left. */
    private MentoringGroup pastGroup(NewAssignment a, PersonRef mentee, int menteesPerGroup) {
        Optional<Long> withRoom = jdbc.sql("select g.id from mentoring_group g where g.mentor_person_id = :mentor"
                        + " and g.organization_id = :org and g.formed_on = :start and g.ended_on = :end"
                        + " and (select count(*) from mentoring_assignment x where x.group_id = g.id) < :room order by g.id")
                .param("mentor", a.mentorPersonId()).param("org", mentee.organizationId()).param("start", a.start())
                .param("end", a.end()).param("room", menteesPerGroup).query(Long.class).list().stream().findFirst();
        if (withRoom.isPresent()) {
            return groups.findById(withRoom.get()).orElseThrow();
        }
        OrganizationRef home = organizations.find(mentee.organizationId()).orElseThrow();
        String mentorName = people.find(a.mentorPersonId()).map(PersonRef::fullName).orElse("");
        MentoringGroup group = new MentoringGroup(home.id(), home.path(), a.mentorPersonId(), mentorName, a.start(), clock.instant());
        group.end(a.end());
        groups.saveAndFlush(group);
        events.publishEvent(AuditRecord.of("CREATE", "MentoringGroup", group.getId(), group.getOrgPath(), mentorName,
                Changes.created(group.snapshot())));
        return group;
    }
}
