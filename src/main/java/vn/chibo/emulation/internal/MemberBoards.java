package vn.chibo.emulation.internal;

import static vn.chibo.emulation.internal.ProgrammeService.MEMBER_PAGE_SIZE;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

/** Programmes whose model judges party members (Đảng viên 5 tốt): figures per cell counted in the database, boards, a member's own. */
@Component
class MemberBoards {

    private final ProgrammeRepository programmes;
    private final ProgrammeSubjectRepository subjects;
    private final RegistrationRepository registrations;
    private final SelfReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final ProgrammeDeployment deployment;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberBoards(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, RegistrationRepository registrations,
                 SelfReviewRepository reviews, AssessmentRepository assessments, ProgrammeDeployment deployment,
                 OrganizationDirectory organizations, PersonDirectory people, JdbcClient jdbc, Clock clock) {
        this.programmes = programmes;
        this.subjects = subjects;
        this.registrations = registrations;
        this.reviews = reviews;
        this.assessments = assessments;
        this.deployment = deployment;
        this.organizations = organizations;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One cell taking part in a members' programme, with its figures counted in the database. */
    record CellFigures(long organizationId, String path, long members, long registered, long reviewed, long recognised) {
    }

    /** Subject cells under a path that the account may see, with their members' figures; a few grouped queries. */
    private List<CellFigures> cellFigures(Programme programme, String within, String period) {
        ChiboUser user = CurrentUser.get();
        String prefix = within == null ? "/" : within;
        Subtree subtree = Subtree.ofPrefix(prefix);
        List<ProgrammeSubject> cells = subjects.findWithin(programme.getId(), subtree.likePattern()).stream()
                .filter(s -> user.canSee(s.getOrgPath())).toList();
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> members = people.countMembersByOrganization(commonPrefix(cells));
        String base = " from registration r%s where r.programme_id = :p and r.person_id is not null and "
                + subtree.sql("r.org_path").replace("%", "%%") + "%s group by r.organization_id";
        Map<Long, Long> registered = grouped("select r.organization_id, count(*)" + base.formatted("", ""), programme, null);
        Map<Long, Long> reviewed = grouped("select r.organization_id, count(distinct r.id)" + base.formatted(
                " join self_review s on s.registration_id = r.id", " and s.review_period = :period"), programme, period);
        Map<Long, Long> recognised = grouped("select r.organization_id, count(*)" + base.formatted(
                " join assessment a on a.registration_id = r.id", " and a.status = 'DECIDED' and a.decided_recognised = true"),
                programme, null);
        return cells.stream().map(c -> new CellFigures(c.getOrganizationId(), c.getOrgPath(),
                members.getOrDefault(c.getOrganizationId(), 0L), registered.getOrDefault(c.getOrganizationId(), 0L),
                reviewed.getOrDefault(c.getOrganizationId(), 0L), recognised.getOrDefault(c.getOrganizationId(), 0L))).toList();
    }

    /** The longest path prefix shared by the cells: counting members under it instead of the whole tree. */
    private static String commonPrefix(List<ProgrammeSubject> cells) {
        String prefix = cells.get(0).getOrgPath();
        for (ProgrammeSubject cell : cells) {
            while (!cell.getOrgPath().startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        return prefix;
    }

    private Map<Long, Long> grouped(String sql, Programme programme, String period) {
        var statement = jdbc.sql(sql).param("p", programme.getId());
        if (period != null) {
            statement = statement.param("period", period);
        }
        Map<Long, Long> result = new HashMap<>();
        statement.query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2))).list();
        return result;
    }

    private Summary summarise(Programme programme, List<CellFigures> figures, String period) {
        int members = (int) figures.stream().mapToLong(CellFigures::members).sum();
        int target = BigDecimal.valueOf(members).multiply(programme.getTargetPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        return new Summary(members, (int) figures.stream().mapToLong(CellFigures::registered).sum(),
                (int) figures.stream().mapToLong(CellFigures::reviewed).sum(), target, period,
                (int) figures.stream().mapToLong(CellFigures::recognised).sum());
    }

    /** Members, registrations, reviews this period and recognitions of a members' programme under a path, in the account's scope. */
    Summary memberSummary(Programme programme, String within) {
        String period = deployment.currentPeriod(programme);
        return summarise(programme, cellFigures(programme, within, period), period);
    }

    MemberBoard memberBoard(Programme programme, OrganizationRef within, int page) {
        String period = deployment.currentPeriod(programme);
        List<CellFigures> figures = cellFigures(programme, within.path(), period);
        Map<Long, List<CellFigures>> byChild = new LinkedHashMap<>();
        CellFigures self = null;
        for (CellFigures cell : figures) {
            String rest = cell.path().substring(within.path().length());
            if (rest.isEmpty()) {
                self = cell;
            } else {
                byChild.computeIfAbsent(Long.valueOf(rest.substring(0, rest.indexOf('/'))), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        Set<Long> cellIds = figures.stream().map(CellFigures::organizationId).collect(Collectors.toSet());
        List<MemberGroup> groups = byChild.entrySet().stream().filter(e -> children.containsKey(e.getKey()))
                .map(e -> new MemberGroup(children.get(e.getKey()), cellIds.contains(e.getKey()),
                        e.getValue().stream().mapToLong(CellFigures::members).sum(),
                        e.getValue().stream().mapToLong(CellFigures::registered).sum(),
                        e.getValue().stream().mapToLong(CellFigures::reviewed).sum(),
                        e.getValue().stream().mapToLong(CellFigures::recognised).sum()))
                .sorted(Comparator.comparing(g -> g.organization().path()))
                .toList();
        List<MemberLine> lines = List.of();
        int pages = 1;
        int current = 0;
        if (self != null) {
            pages = (int) Math.max(1, (self.members() + MEMBER_PAGE_SIZE - 1) / MEMBER_PAGE_SIZE);
            current = Math.max(0, Math.min(page, pages - 1));
            lines = memberLines(programme, within.id(), current, period);
        }
        return new MemberBoard(within, summarise(programme, figures, period), groups, lines, current, pages);
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
