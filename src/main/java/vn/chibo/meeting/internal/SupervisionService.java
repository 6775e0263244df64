package vn.chibo.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MeetingParts.Supervision;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Phân công cấp ủy viên dự sinh hoạt: superior committee members assigned to attend an organization's meetings, and
 * which of those meetings each attended. Assigned by administrators and officers whose scope holds the organization.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    private final MeetingStore store;
    private final SupervisionStore supervisions;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionService(MeetingStore store, SupervisionStore supervisions, OrganizationDirectory organizations,
                       PersonDirectory people, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.supervisions = supervisions;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** A committee member of a superior committee who may be assigned. */
    public record Candidate(long personId, String fullName, long committeeId, String committeeName, String position) {
    }

    /** Members of the committees above the organization (its ancestors), today, other than its own members. */
    public List<Candidate> candidates(OrganizationRef organization) {
        List<Long> ancestors = new ArrayList<>();
        for (String segment : organization.path().split("/")) {
            if (!segment.isEmpty() && Long.parseLong(segment) != organization.id()) {
                ancestors.add(Long.valueOf(segment));
            }
        }
        Map<Long, OrganizationRef> committees = organizations.findAll(ancestors);
        List<Candidate> candidates = new ArrayList<>();
        for (var leader : people.leadersAt(ancestors, LocalDate.now(clock))) {
            boolean ownMember = people.find(leader.personId()).map(p -> p.organizationId() == organization.id()).orElse(false);
            if (MeetingService.COMMITTEE_POSITIONS.contains(leader.position()) && !ownMember) {
                OrganizationRef committee = committees.get(leader.organizationId());
                candidates.add(new Candidate(leader.personId(), leader.fullName(), leader.organizationId(),
                        committee == null ? "" : committee.name(), leader.position().name()));
            }
        }
        // nearest committee first
        candidates.sort(java.util.Comparator.comparing((Candidate c) -> -ancestors.indexOf(c.committeeId())));
        return candidates;
    }

    public List<Supervision> of(OrganizationRef organization) {
        return supervisions.supervisionsUnder(organization.path()).stream().filter(s -> s.organizationId() == organization.id()).toList();
    }

    @Transactional
    public Supervision assign(long organizationId, long personId, long committeeId, LocalDate from, LocalDate to) {
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!MeetingAccess.mayAssignSupervisors(CurrentUser.get(), organization.path())) {
            throw new ForbiddenException("assign a committee member");
        }
        Candidate candidate = candidates(organization).stream()
                .filter(c -> c.personId() == personId && c.committeeId() == committeeId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("personId", "meeting.supervision.error.notCommitteeMember"));
        if (from == null) {
            throw new BusinessRuleException("fromDate", "meeting.supervision.error.from");
        }
        if (to != null && !to.isAfter(from)) {
            throw new BusinessRuleException("toDate", "meeting.supervision.error.order");
        }
        boolean overlapping = supervisions.supervisionsUnder(organization.path()).stream()
                .anyMatch(s -> s.organizationId() == organizationId && s.personId() == personId
                        && (s.toDate() == null || s.toDate().isAfter(from)) && (to == null || s.fromDate().isBefore(to)));
        if (overlapping) {
            throw new BusinessRuleException("personId", "meeting.supervision.error.overlap");
        }
        long id = supervisions.insertSupervision(personId, candidate.fullName(), committeeId, organizationId, organization.path(), from, to,
                CurrentUser.actorName());
        // planned meetings in the period invite him
        for (Meeting meeting : store.ofOrganization(organizationId, from, to == null ? LocalDate.of(9999, 12, 31) : to.minusDays(1))) {
            if (meeting.status() == MeetingStatus.PLANNED && meeting.kind().isPartyMeeting()
                    && !store.isAttendee(meeting.id(), personId)) {
                store.insertAttendee(meeting.id(), personId, candidate.fullName(),
                        vn.chibo.shared.text.VietnameseText.personSortKey(candidate.fullName()), MeetingParts.Role.GUEST, null,
                        MeetingParts.GuestKind.SUPERVISOR, candidate.committeeName(), id);
            }
        }
        events.publishEvent(AuditRecord.of("ASSIGN", "MeetingSupervision", id, organization.path(),
                candidate.fullName() + " → " + organization.name(), Map.of("from", new Object[] {null, from})));
        return supervisions.supervision(id).orElseThrow();
    }

    @Transactional
    public Supervision end(long supervisionId, LocalDate on, long version) {
        Supervision supervision = supervisions.supervision(supervisionId).orElseThrow(() -> new NotFoundException("Supervision", supervisionId));
        OrganizationRef organization = organizations.requireVisible(supervision.organizationId());
        if (!MeetingAccess.mayAssignSupervisors(CurrentUser.get(), organization.path())) {
            throw new ForbiddenException("end an assignment");
        }
        LocalDate end = on == null ? LocalDate.now(clock) : on;
        if (!end.isAfter(supervision.fromDate())) {
            throw new BusinessRuleException("toDate", "meeting.supervision.error.order");
        }
        supervisions.endSupervision(supervisionId, end, version);
        events.publishEvent(AuditRecord.of("END", "MeetingSupervision", supervisionId, organization.path(),
                supervision.personName(), Map.of("to", new Object[] {supervision.toDate(), end})));
        return supervisions.supervision(supervisionId).orElseThrow();
    }

    /** One assignment with the party meetings held in its window (within the period) and those the member attended. */
    public record Coverage(Supervision supervision, String organizationName, String committeeName, int meetingsHeld, int attended) {
    }

    /**
     * Coverage of a subtree over a period as the overview shows it: assignments, cells covered, meetings held while
     * assigned and attended, all counted; the first {@code shown} assignments (tree order) with their own counts.
     */
    public record CoverageSummary(long assignments, long cells, long held, long attended, List<Coverage> first) {
    }

    /** The coverage counted in the database ({@link CoverageQuery}), with the first {@code shown} assignments. */
    public CoverageSummary coverageSummary(OrganizationRef within, LocalDate from, LocalDate to, int shown) {
        return new CoverageQuery(store.jdbc()).summary(within, from, to, shown);
    }

    /** The coverage counted in the database with page {@code page} (from 0) of {@code size} assignments (tree order). */
    public CoverageSummary coverageSummary(OrganizationRef within, LocalDate from, LocalDate to, int page, int size) {
        return new CoverageQuery(store.jdbc()).summary(within, from, to, page, size);
    }

    /** Assignments under a subtree overlapping a period, with attendance. */
    public List<Coverage> coverage(OrganizationRef within, LocalDate from, LocalDate to) {
        List<Supervision> assignments = supervisions.supervisionsUnder(within.path()).stream()
                .filter(s -> !s.fromDate().isAfter(to) && (s.toDate() == null || s.toDate().isAfter(from))).toList();
        if (assignments.isEmpty()) {
            return List.of();
        }
        List<Long> organizationIds = assignments.stream().map(Supervision::organizationId).distinct().toList();
        Map<Long, List<Object[]>> meetingsByOrg = new HashMap<>();
        for (List<Long> ids : MeetingStore.chunks(organizationIds, 500)) {
            store.jdbc().sql("""
                            select m.id, m.organization_id, m.meeting_date from meeting m where m.organization_id in (:ids)
                            and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE' and m.meeting_date >= :from and m.meeting_date <= :to""")
                    .param("ids", ids).param("from", from).param("to", to)
                    .query(rs -> {
                        meetingsByOrg.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                                .add(new Object[] {rs.getLong(1), rs.getObject(3, LocalDate.class)});
                    });
        }
        Map<Long, java.util.Set<Long>> attendedBySupervision = new HashMap<>();
        List<Long> supervisionIds = assignments.stream().map(Supervision::id).toList();
        for (List<Long> ids : MeetingStore.chunks(supervisionIds, 500)) {
            store.jdbc().sql("select supervision_id, meeting_id from meeting_attendee where supervision_id in (:ids) and attendance = 'PRESENT'")
                    .param("ids", ids)
                    .query(rs -> {
                        attendedBySupervision.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
                    });
        }
        Map<Long, OrganizationRef> names = organizations.findAll(assignments.stream()
                .flatMap(s -> java.util.stream.Stream.of(s.organizationId(), s.committeeId())).distinct().toList());
        List<Coverage> result = new ArrayList<>();
        for (Supervision s : assignments) {
            int held = 0;
            int attended = 0;
            java.util.Set<Long> present = attendedBySupervision.getOrDefault(s.id(), java.util.Set.of());
            for (Object[] meeting : meetingsByOrg.getOrDefault(s.organizationId(), List.of())) {
                if (s.activeOn((LocalDate) meeting[1])) {
                    held++;
                    if (present.contains((Long) meeting[0])) {
                        attended++;
                    }
                }
            }
            result.add(new Coverage(s, names.containsKey(s.organizationId()) ? names.get(s.organizationId()).name() : "",
                    names.containsKey(s.committeeId()) ? names.get(s.committeeId()).name() : "", held, attended));
        }
        return result;
    }
}
