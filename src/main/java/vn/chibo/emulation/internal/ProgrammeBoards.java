package vn.chibo.emulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.EmulationOverview.ProgrammeFigures;
import vn.chibo.emulation.internal.BoardCounts.Figures;
import vn.chibo.emulation.internal.ProgrammeService.Assessed;
import vn.chibo.emulation.internal.ProgrammeService.Board;
import vn.chibo.emulation.internal.ProgrammeService.GroupLine;
import vn.chibo.emulation.internal.ProgrammeService.Registered;
import vn.chibo.emulation.internal.ProgrammeService.SubjectLine;
import vn.chibo.emulation.internal.ProgrammeService.Summary;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;

/**
 * A programme's progress: the drill-down board (figures per sub-organization counted in the database, the subjects
 * directly at the organization), its subjects page by page, the summary and the start-page figures.
 */
@Component
class ProgrammeBoards {

    private final BoardCounts figures;
    private final ProgrammeDeployment deployment;
    private final MemberBoards memberBoards;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgrammeBoards(BoardCounts figures, ProgrammeDeployment deployment, MemberBoards memberBoards,
                    OrganizationDirectory organizations, JdbcClient jdbc, Clock clock) {
        this.figures = figures;
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

    /**
     * The year's programmes the account may see, counted within the subtree at {@code scope}: per programme its subjects
     * (for a model that judges members, the party members of the subject cells, from the kept people counts),
     * registrations and those recognised (the counts kept per organization, V49, that the boards read), those reviewed in
     * the current period (their kept marks, V45). Each count is a range of a path index (the start page of the country
     * asked the members' board counts per programme: 250 ms each, and probed 21,000 registrations' reviews for "Chi bộ
     * 4 tốt": 95 ms).
     */
    List<ProgrammeFigures> ofYear(String scope, int year) {
        if (scope == null || !(scope.equals("/") || Subtree.isPath(scope))) {
            return List.of();
        }
        Optional<Subtree> members = BoardCounts.visible(CurrentUser.get(), scope);
        return deployment.visible().stream().filter(p -> p.getYear() == year).map(p -> {
            boolean judgesMembers = deployment.judgesMembers(p);
            if (judgesMembers && members.isEmpty()) {
                return null;
            }
            String within = (judgesMembers ? members.get() : Subtree.ofPrefix(scope)).sql("s.org_path");
            String period = deployment.currentPeriod(p);
            int subjectCount = count(judgesMembers
                    ? "select coalesce(sum(c.people), 0) from programme_subject s join person_status_count c"
                    + " on c.organization_id = s.organization_id and c.party_status in ('PROBATIONARY', 'OFFICIAL')"
                    + " where s.programme_id = :p and " + within
                    : "select count(*) from programme_subject s where s.programme_id = :p and " + within, p, null);
            // registered and recognised from the counts the boards read (V49), one row per organization
            int[] counted = jdbc.sql("select coalesce(sum(s.registered), 0), coalesce(sum(s.recognised), 0)"
                            + " from registration_count s where s.programme_id = :p and " + within)
                    .param("p", p.getId()).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
            int registered = counted[0];
            int reviewed = count("select count(*) from registration_review s where s.programme_id = :p"
                    + " and s.review_period = :period and " + within, p, period);
            int recognised = counted[1];
            int target = target(subjectCount, p.getTargetPercent());
            return new ProgrammeFigures(p.getId(), p.getName(), p.getYear(), subjectCount, registered, reviewed, period,
                    recognised, target);
        }).filter(f -> f != null && f.subjects() > 0).toList();
    }

    private int count(String sql, Programme programme, String period) {
        var statement = jdbc.sql(sql).param("p", programme.getId());
        if (period != null) {
            statement = statement.param("period", period);
        }
        return statement.query(Integer.class).single();
    }

    /** The programme's figures over everything the account may see (its scope; an administrator's: the whole programme). */
    Summary summary(Programme programme) {
        String period = deployment.currentPeriod(programme);
        Figures total = BoardCounts.visible(CurrentUser.get(), "/")
                .map(visible -> BoardCounts.total(figures.rows(programme.getId(), false, visible, visible, period)))
                .orElse(Figures.NONE);
        return summary(programme, total, period);
    }

    /** The summary over the account's scope: the board's own when the board shows exactly that, otherwise counted. */
    Summary summary(Programme programme, Board shown) {
        Optional<Subtree> scope = BoardCounts.visible(CurrentUser.get(), "/");
        Optional<Subtree> board = BoardCounts.visible(CurrentUser.get(), shown.within().path());
        return scope.isPresent() && scope.equals(board) ? shown.summary() : summary(programme);
    }

    private Summary summary(Programme programme, Figures total, String period) {
        return new Summary((int) total.subjects(), (int) total.registered(), (int) total.reviewed(),
                target(total.subjects(), programme.getTargetPercent()), period, (int) total.recognised());
    }

    static int target(long subjects, BigDecimal percent) {
        return BigDecimal.valueOf(subjects).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
    }

    /**
     * The board within one organization: figures per direct sub-organization for the subjects below it (counted in
     * the database), and the subjects that are the organization itself or one of its direct sub-organizations.
     */
    Board board(Programme programme, OrganizationRef within) {
        String period = deployment.currentPeriod(programme);
        Optional<Subtree> visible = BoardCounts.visible(CurrentUser.get(), within.path());
        if (visible.isEmpty()) {
            return new Board(within, List.of(), List.of(), summary(programme, Figures.NONE, period));
        }
        Subtree at = Subtree.of(within.path());
        List<BoardCounts.Row> rows = figures.rows(programme.getId(), false, at, visible.get(), period);
        Map<Long, Figures> byChild = new HashMap<>();
        rows.stream().filter(r -> r.child() != null && !r.direct())
                .forEach(r -> byChild.merge(r.child(), r.figures(), Figures::plus));
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        List<GroupLine> groups = byChild.entrySet().stream().filter(e -> children.containsKey(e.getKey()))
                .map(e -> new GroupLine(children.get(e.getKey()), (int) e.getValue().subjects(), (int) e.getValue().registered(),
                        (int) e.getValue().reviewed(), (int) e.getValue().recognised()))
                .sorted(Comparator.comparing(g -> g.organization().path()))
                .toList();
        // the organization itself and its direct sub-organizations: a probe per path, not a walk over the subtree
        List<SubjectLine> direct = lines(programme.getId(), visible.get(), " and s.org_path in (select o.path from organization o"
                + " where o.id = " + within.id() + " or o.parent_id = " + within.id() + ")", period, Integer.MAX_VALUE, 0);
        return new Board(within, groups, direct, summary(programme, BoardCounts.total(rows), period));
    }

    /** Subjects the account may see under an organization (and itself), in tree order, one page. */
    List<SubjectLine> subjects(Programme programme, OrganizationRef within, int page, int size) {
        return BoardCounts.visible(CurrentUser.get(), within.path())
                .map(visible -> lines(programme.getId(), visible, "", deployment.currentPeriod(programme), size,
                        (long) Math.max(0, page) * size))
                .orElse(List.of());
    }

    /** How many subjects the account may see under an organization (and itself). */
    long subjectCount(Programme programme, OrganizationRef within) {
        return BoardCounts.visible(CurrentUser.get(), within.path())
                .map(visible -> jdbc.sql("select count(*) from programme_subject s where s.programme_id = :p and "
                        + visible.sql("s.org_path")).param("p", programme.getId()).query(Long.class).single())
                .orElse(0L);
    }

    /** Subjects with their registration, review in the period and assessment, in one statement; then their organizations. */
    private List<SubjectLine> lines(long programmeId, Subtree visible, String condition, String period, int limit, long offset) {
        List<Object[]> rows = jdbc.sql("select s.organization_id, r.id, r.registered_on, r.meeting_reference,"
                        + " case when r.id is not null and exists (select 1 from self_review v where v.registration_id = r.id"
                        + " and v.review_period = :period) then 1 else 0 end, a.status, a.decided_recognised"
                        + " from programme_subject s left join registration r on r.programme_id = s.programme_id"
                        + " and r.organization_id = s.organization_id and r.person_id is null and " + visible.sql("r.org_path")
                        + " left join assessment a on a.registration_id = r.id"
                        + " where s.programme_id = :p and " + visible.sql("s.org_path") + condition
                        + " order by s.org_path, s.organization_id" + (limit == Integer.MAX_VALUE ? "" : " limit :limit offset :offset"))
                .param("p", programmeId).param("period", period)
                .params(limit == Integer.MAX_VALUE ? Map.of() : Map.of("limit", limit, "offset", offset))
                .query((rs, n) -> {
                    long registration = rs.getLong(2);
                    Registered registered = rs.wasNull() ? null
                            : new Registered(registration, rs.getObject(3, LocalDate.class), rs.getString(4));
                    String status = rs.getString(6);
                    Boolean recognised = rs.getObject(7) == null ? null : rs.getBoolean(7);
                    return new Object[] {rs.getLong(1), registered, rs.getInt(5) == 1,
                            status == null ? null : new Assessed(Assessment.Status.valueOf(status), recognised)};
                }).list();
        Map<Long, OrganizationRef> byId = organizations.findAll(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().filter(r -> byId.containsKey((Long) r[0]))
                .map(r -> new SubjectLine(byId.get((Long) r[0]), (Registered) r[1], (Boolean) r[2], (Assessed) r[3]))
                .toList();
    }
}
