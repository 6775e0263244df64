package vn.chibo.emulation.internal;

import static vn.chibo.emulation.internal.ProgrammeService.MEMBER_PAGE_SIZE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.internal.BoardCounts.Figures;
import vn.chibo.emulation.internal.ProgrammeService.MemberBoard;
import vn.chibo.emulation.internal.ProgrammeService.MemberGroup;
import vn.chibo.emulation.internal.ProgrammeService.MemberLine;
import vn.chibo.emulation.internal.ProgrammeService.MyProgramme;
import vn.chibo.emulation.internal.ProgrammeService.Summary;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;

/** Programmes whose model judges party members (Đảng viên 5 tốt): figures per sub-organization counted in the database, boards, a member's own. */
@Component
class MemberBoards {

    private final ProgrammeRepository programmes;
    private final ProgrammeSubjectRepository subjects;
    private final BoardCounts figures;
    private final RegistrationRepository registrations;
    private final SelfReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final ProgrammeDeployment deployment;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    MemberBoards(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, BoardCounts figures,
                 RegistrationRepository registrations, SelfReviewRepository reviews, AssessmentRepository assessments,
                 ProgrammeDeployment deployment, OrganizationDirectory organizations, PersonDirectory people, Clock clock) {
        this.programmes = programmes;
        this.subjects = subjects;
        this.figures = figures;
        this.registrations = registrations;
        this.reviews = reviews;
        this.assessments = assessments;
        this.deployment = deployment;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    private Summary summarise(Programme programme, Figures total, String period) {
        return new Summary((int) total.subjects(), (int) total.registered(), (int) total.reviewed(),
                ProgrammeBoards.target(total.subjects(), programme.getTargetPercent()), period, (int) total.recognised());
    }

    /** Members, registrations, reviews this period and recognitions of a members' programme under a path, in the account's scope. */
    Summary memberSummary(Programme programme, String within) {
        String period = deployment.currentPeriod(programme);
        Figures total = BoardCounts.visible(CurrentUser.get(), within == null ? "/" : within)
                .map(visible -> BoardCounts.total(figures.rows(programme.getId(), true, visible, visible, period)))
                .orElse(Figures.NONE);
        return summarise(programme, total, period);
    }

    /**
     * Figures per direct sub-organization of {@code within} for the subject cells below it (a subject cell directly
     * below is a line of its own, marked as such), counted in the database; when {@code within} is itself a subject
     * cell, one page of its members.
     */
    MemberBoard memberBoard(Programme programme, OrganizationRef within, int page) {
        String period = deployment.currentPeriod(programme);
        List<BoardCounts.Row> rows = BoardCounts.visible(CurrentUser.get(), within.path())
                .map(visible -> figures.rows(programme.getId(), true, Subtree.of(within.path()), visible, period))
                .orElse(List.of());
        Map<Long, Figures> byChild = new HashMap<>();
        Set<Long> subjectCells = new HashSet<>();
        Figures self = null;
        for (BoardCounts.Row row : rows) {
            if (row.child() == null) {
                self = self == null ? row.figures() : self.plus(row.figures());
                continue;
            }
            byChild.merge(row.child(), row.figures(), Figures::plus);
            if (row.direct() && row.subjectOrganizations() > 0) {
                subjectCells.add(row.child());
            }
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        List<MemberGroup> groups = byChild.entrySet().stream().filter(e -> children.containsKey(e.getKey()))
                .map(e -> new MemberGroup(children.get(e.getKey()), subjectCells.contains(e.getKey()), e.getValue().subjects(),
                        e.getValue().registered(), e.getValue().reviewed(), e.getValue().recognised()))
                .sorted(Comparator.comparing(g -> g.organization().path()))
                .toList();
        List<MemberLine> lines = List.of();
        int pages = 1;
        int current = 0;
        boolean selfIsSubject = rows.stream().anyMatch(r -> r.child() == null && r.subjectOrganizations() > 0);
        if (selfIsSubject) {
            pages = (int) Math.max(1, (self.subjects() + MEMBER_PAGE_SIZE - 1) / MEMBER_PAGE_SIZE);
            current = Math.max(0, Math.min(page, pages - 1));
            lines = memberLines(programme, within.id(), current, period);
        }
        return new MemberBoard(within, summarise(programme, BoardCounts.total(rows), period), groups, lines, current, pages);
    }

    private List<MemberLine> memberLines(Programme programme, long cellId, int page, String period) {
        List<PersonRef> members = people.membersOf(cellId, page * MEMBER_PAGE_SIZE, MEMBER_PAGE_SIZE);
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, Registration> byPerson = registrations.findByProgrammeIdAndPersonIdIn(programme.getId(),
                members.stream().map(PersonRef::id).toList()).stream().collect(Collectors.toMap(Registration::getPersonId, r -> r));
        List<Long> ids = byPerson.values().stream().map(Registration::getId).toList();
        Set<Long> reviewed = ids.isEmpty() ? Set.of() : new HashSet<>(reviews.reviewedIn(ids, period));
        Map<Long, Assessment> assessed = ids.isEmpty() ? Map.of() : assessments.findByRegistrationIdIn(ids).stream()
                .collect(Collectors.toMap(Assessment::getRegistrationId, a -> a));
        return members.stream().map(person -> {
            Registration registration = byPerson.get(person.id());
            return new MemberLine(person, registration, registration != null && reviewed.contains(registration.getId()),
                    registration == null ? null : assessed.get(registration.getId()));
        }).toList();
    }

    /** This year's members' programmes of the signed-in member: registered or open to him (for his start page). */
    List<MyProgramme> myProgrammes() {
        ChiboUser user = CurrentUser.get();
        if (user.personId() == null) {
            return List.of();
        }
        PersonRef person = people.find(user.personId()).orElse(null);
        if (person == null) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        Map<Long, Registration> registered = registrations.findByPersonIdAndYear(person.id(), year).stream()
                .collect(Collectors.toMap(Registration::getProgrammeId, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Programme> open = new LinkedHashMap<>();
        if (person.partyStatus().isMember()) {
            subjects.programmesOf(person.organizationId(), year).stream().filter(deployment::judgesMembers)
                    .forEach(p -> open.put(p.getId(), p));
        }
        registered.keySet().forEach(id -> open.computeIfAbsent(id, k -> programmes.findById(k).orElseThrow()));
        return open.values().stream().filter(deployment::judgesMembers).map(p -> {
            Registration registration = registered.get(p.getId());
            String period = deployment.currentPeriod(p);
            boolean reviewed = registration != null && !reviews.findByRegistrationIdAndPeriod(registration.getId(), period).isEmpty();
            return new MyProgramme(p, registration, period, reviewed,
                    registration == null ? null : assessments.findByRegistrationId(registration.getId()).orElse(null));
        }).toList();
    }
}
