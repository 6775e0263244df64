package vn.chibo.emulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.EmulationOverview.ProgrammeFigures;
import vn.chibo.emulation.internal.ProgrammeService.Board;
import vn.chibo.emulation.internal.ProgrammeService.GroupLine;
import vn.chibo.emulation.internal.ProgrammeService.SubjectLine;
import vn.chibo.emulation.internal.ProgrammeService.Summary;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;

/** A programme's progress: its subjects with registration, review and recognition, the drill-down board, the start-page figures. */
@Component
class ProgrammeBoards {

    private final ProgrammeSubjectRepository subjects;
    private final RegistrationRepository registrations;
    private final SelfReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final ProgrammeDeployment deployment;
    private final MemberBoards memberBoards;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgrammeBoards(ProgrammeSubjectRepository subjects, RegistrationRepository registrations, SelfReviewRepository reviews,
                    AssessmentRepository assessments, ProgrammeDeployment deployment, MemberBoards memberBoards,
                    OrganizationDirectory organizations, JdbcClient jdbc, Clock clock) {
        this.subjects = subjects;
        this.registrations = registrations;
        this.reviews = reviews;
        this.assessments = assessments;
        this.deployment = deployment;
        this.memberBoards = memberBoards;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Figures by counting in the database, without loading the subjects (the start page of a whole region). */
    List<ProgrammeFigures> currentYear() {
        ChiboUser user = CurrentUser.get();
        return ofYear(user.isAdmin() ? "/" : user.scopePath(), LocalDate.now(clock).getYear());
    }

    List<ProgrammeFigures> ofYear(long organizationId, int year) {
        return ofYear(organizations.requireVisible(organizationId).path(), year);
    }

    /** The year's programmes the account may see, counted within the subtree at {@code scope}. */
    List<ProgrammeFigures> ofYear(String scope, int year) {
        if (scope == null || !(scope.equals("/") || Subtree.isPath(scope))) {
            return List.of();
        }
        String within = Subtree.ofPrefix(scope).sql("s.org_path");
        return deployment.visible().stream().filter(p -> p.getYear() == year).map(p -> {
            String period = deployment.currentPeriod(p);
            if (deployment.judgesMembers(p)) {
                Summary members = memberBoards.memberSummary(p, scope);
                return new ProgrammeFigures(p.getId(), p.getName(), p.getYear(), members.subjects(), members.registered(),
                        members.reviewed(), period, members.recognised(), members.target());
            }
            int subjectCount = count("select count(*) from programme_subject s where s.programme_id = :p and " + within, p, null);
            int registered = count("select count(*) from registration s where s.programme_id = :p and " + within, p, null);
            int reviewed = count("select count(distinct s.id) from registration s join self_review r on r.registration_id = s.id"
                    + " where s.programme_id = :p and r.review_period = :period and " + within, p, period);
            int recognised = count("select count(*) from registration s join assessment a on a.registration_id = s.id"
                    + " where s.programme_id = :p and a.status = 'DECIDED' and a.decided_recognised = true and " + within, p, null);
            int target = BigDecimal.valueOf(subjectCount).multiply(p.getTargetPercent())
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
            return new ProgrammeFigures(p.getId(), p.getName(), p.getYear(), subjectCount, registered, reviewed, period,
                    recognised, target);
        }).filter(f -> f.subjects() > 0).toList();
    }

    private int count(String sql, Programme programme, String period) {
        var statement = jdbc.sql(sql).param("p", programme.getId());
        if (period != null) {
            statement = statement.param("period", period);
        }
        return statement.query(Integer.class).single();
    }

    /** The subjects the account may see, with registration, review and assessment; every query scoped to its subtree in SQL. */
    List<SubjectLine> subjectLines(Programme programme) {
        ChiboUser user = CurrentUser.get();
        String scope = user.isAdmin() ? "/" : user.scopePath();
        if (scope == null || !(scope.equals("/") || Subtree.isPath(scope))) {
            return List.of();
        }
        String within = Subtree.ofPrefix(scope).likePattern();
        String period = deployment.currentPeriod(programme);
        Map<Long, Registration> byOrg = registrations.findOwnWithin(programme.getId(), within).stream()
                .collect(Collectors.toMap(Registration::getOrganizationId, r -> r));
        Set<Long> reviewed = new HashSet<>(reviews.reviewedWithin(programme.getId(), within, period));
        Map<Long, Assessment> assessed = assessments.findOwnWithin(programme.getId(), within).stream()
                .collect(Collectors.toMap(Assessment::getRegistrationId, a -> a));
        List<SubjectLine> lines = new ArrayList<>();
        List<ProgrammeSubject> visibleSubjects = subjects.findWithin(programme.getId(), within).stream()
                .filter(subject -> user.canSee(subject.getOrgPath())).toList();
        Map<Long, OrganizationRef> organizationsById = organizations.findAll(
                visibleSubjects.stream().map(ProgrammeSubject::getOrganizationId).toList());
        for (ProgrammeSubject subject : visibleSubjects) {
            Registration registration = byOrg.get(subject.getOrganizationId());
            OrganizationRef organization = organizationsById.get(subject.getOrganizationId());
            lines.add(new SubjectLine(organization, registration, registration != null && reviewed.contains(registration.getId()),
                    registration == null ? null : assessed.get(registration.getId())));
        }
        return lines;
    }

    Board board(List<SubjectLine> lines, OrganizationRef within) {
        Map<Long, List<SubjectLine>> byChild = new LinkedHashMap<>();
        List<SubjectLine> direct = new ArrayList<>();
        for (SubjectLine line : lines) {
            String path = line.organization().path();
            if (!path.startsWith(within.path())) {
                continue;
            }
            String rest = path.substring(within.path().length());
            int slash = rest.indexOf('/');
            if (rest.isEmpty() || slash == rest.length() - 1) {
                direct.add(line);
            } else {
                byChild.computeIfAbsent(Long.valueOf(rest.substring(0, slash)), k -> new ArrayList<>()).add(line);
            }
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        List<GroupLine> groups = byChild.entrySet().stream()
                .map(e -> new GroupLine(children.get(e.getKey()), e.getValue().size(),
                        (int) e.getValue().stream().filter(l -> l.registration() != null).count(),
                        (int) e.getValue().stream().filter(SubjectLine::reviewed).count(),
                        (int) e.getValue().stream().filter(ProgrammeBoards::recognised).count()))
                .sorted(Comparator.comparing(g -> g.organization().path()))
                .toList();
        return new Board(within, groups, direct);
    }

    private static boolean recognised(SubjectLine line) {
        return line.assessment() != null && line.assessment().getStatus() == Assessment.Status.DECIDED
                && Boolean.TRUE.equals(line.assessment().getDecidedRecognised());
    }

    Summary summary(Programme programme, List<SubjectLine> lines) {
        int count = lines.size();
        int target = BigDecimal.valueOf(count).multiply(programme.getTargetPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        return new Summary(count, (int) lines.stream().filter(l -> l.registration() != null).count(),
                (int) lines.stream().filter(SubjectLine::reviewed).count(), target, deployment.currentPeriod(programme),
                (int) lines.stream().filter(ProgrammeBoards::recognised).count());
    }
}
