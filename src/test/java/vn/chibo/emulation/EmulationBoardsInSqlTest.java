package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The emulation boards count in the database per sub-organization (issue 14: at national scale the board read every
 * subject, registration, review and assessment of the subtree into Java and took 1.4 s for the root). This test keeps
 * the former Java calculation — every subject of the account's scope with its registration, review and assessment,
 * folded per child of the organization shown — as the reference, and proves the SQL gives the same board line by line,
 * the same direct subjects, summaries and subject pages, for the region, a division and a cell, seen by the region's
 * officer, the division's and the cell's secretary, for every programme of the year (organizations' and members'),
 * after registrations, reviews and decisions are added.
 */
@IntegrationTest
@Transactional
class EmulationBoardsInSqlTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    private ChiboUser signIn(String username) {
        ChiboUser user = (ChiboUser) demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @Test
    void theBoardsInSqlEqualTheFiguresFoldedInJava() {
        List<Long> ids = jdbc.sql("select id from programme where programme_year = :y order by id")
                .param("y", demo.today().getYear()).query(Long.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        ids.forEach(this::addRegistrationsReviewsAndDecisions);
        long region = demo.scopeOf("canbo");
        long[][] views = {{region, region}, {region, demo.division()}, {region, demo.sampleCell()}};
        int compared = 0;
        for (String account : List.of("canbo", "canbo.sudoan", "bithu", "admin")) {
            for (long id : ids) {
                ChiboUser user = signIn(account);
                Programme programme;
                try {
                    programme = programmes.get(id);
                } catch (vn.chibo.shared.web.NotFoundException notSeen) {
                    continue;
                }
                for (long[] view : views) {
                    OrganizationRef within = organizations.find(view[1]).orElseThrow();
                    if (programmes.judgesMembers(programme)) {
                        compareMembers(user, programme, within);
                    } else {
                        compareOrganizations(user, programme, within);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
        signIn("canbo");
        assertThat(programmes.summary(programmes.get(ids.get(0))).recognised()).as("the demo has decisions to compare")
                .isPositive();
    }

    // ---- organizations' programmes ----------------------------------------------------------------

    private void compareOrganizations(ChiboUser user, Programme programme, OrganizationRef within) {
        String what = user.getUsername() + " · " + programme.getName() + " · " + within.name();
        List<Line> lines = referenceLines(user, programme);
        ProgrammeService.Board board = programmes.board(programme, within);
        Map<Long, long[]> groups = new LinkedHashMap<>();
        List<Line> direct = new ArrayList<>();
        for (Line line : lines) {
            if (!line.path.startsWith(within.path())) {
                continue;
            }
            String rest = line.path.substring(within.path().length());
            int slash = rest.indexOf('/');
            if (rest.isEmpty() || slash == rest.length() - 1) {
                direct.add(line);
            } else {
                long[] g = groups.computeIfAbsent(Long.valueOf(rest.substring(0, slash)), k -> new long[4]);
                g[0]++;
                g[1] += line.registration == null ? 0 : 1;
                g[2] += line.reviewed ? 1 : 0;
                g[3] += line.recognised() ? 1 : 0;
            }
        }
        assertThat(board.groups()).as(what + " groups").extracting(g -> List.of(g.organization().id(), (long) g.subjects(),
                        (long) g.registered(), (long) g.reviewed(), (long) g.recognised()))
                .containsExactlyInAnyOrderElementsOf(groups.entrySet().stream()
                        .map(e -> List.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList());
        assertThat(board.groups()).extracting(g -> g.organization().path()).isSorted();
        assertThat(board.subjects()).as(what + " direct subjects").extracting(EmulationBoardsInSqlTest::shown)
                .containsExactlyElementsOf(direct.stream().map(Line::shown).toList());
        ProgrammeService.Summary expected = summary(programme, lines);
        assertThat(programmes.summary(programme)).as(what + " summary").isEqualTo(expected);
        assertThat(programmes.summary(programme, board)).as(what + " summary from the board").isEqualTo(expected);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * ProgrammeService.SUBJECT_PAGE_SIZE < lines.size() + 1; page++) {
            programmes.subjects(programme, within, page).forEach(l -> paged.add(shown(l)));
        }
        assertThat(paged).as(what + " subject pages").containsExactlyElementsOf(lines.stream()
                .filter(l -> l.path.startsWith(within.path())).map(Line::shown).toList());
        assertThat(programmes.subjectCount(programme, within)).isEqualTo(paged.size());
    }

    private static String shown(ProgrammeService.SubjectLine l) {
        return l.organization().id() + " " + (l.registration() == null ? null : l.registration().id()) + " " + l.reviewed()
                + " " + (l.assessment() == null ? null : l.assessment().status() + "/" + l.assessment().decidedRecognised());
    }

    private record Line(long organizationId, String path, Long registration, boolean reviewed, String status, Boolean decided) {

        boolean recognised() {
            return "DECIDED".equals(status) && Boolean.TRUE.equals(decided);
        }

        String shown() {
            return organizationId + " " + registration + " " + reviewed + " " + (status == null ? null : status + "/" + decided);
        }
    }

    /** The former ProgrammeBoards.subjectLines: every subject of the account's scope with what belongs to it. */
    private List<Line> referenceLines(ChiboUser user, Programme programme) {
        String scope = user.isAdmin() ? "/" : user.scopePath();
        String period = programmes.currentPeriod(programme);
        Map<Long, Long> byOrg = new HashMap<>();
        jdbc.sql("select organization_id, id from registration where programme_id = :p and person_id is null and org_path like :s")
                .param("p", programme.getId()).param("s", scope + "%")
                .query(rs -> {
                    byOrg.put(rs.getLong(1), rs.getLong(2));
                });
        Set<Long> reviewed = new HashSet<>(jdbc.sql("select distinct v.registration_id from self_review v join registration r"
                        + " on r.id = v.registration_id where r.programme_id = :p and r.person_id is null and r.org_path like :s"
                        + " and v.review_period = :period")
                .param("p", programme.getId()).param("s", scope + "%").param("period", period).query(Long.class).list());
        Map<Long, String[]> assessed = new HashMap<>();
        jdbc.sql("select a.registration_id, a.status, a.decided_recognised from assessment a join registration r"
                        + " on r.id = a.registration_id where r.programme_id = :p and r.person_id is null and r.org_path like :s")
                .param("p", programme.getId()).param("s", scope + "%")
                .query(rs -> {
                    assessed.put(rs.getLong(1), new String[] {rs.getString(2),
                            rs.getObject(3) == null ? null : String.valueOf(rs.getBoolean(3))});
                });
        return jdbc.sql("select organization_id, org_path from programme_subject where programme_id = :p and org_path like :s"
                        + " order by org_path")
                .param("p", programme.getId()).param("s", scope + "%")
                .query((rs, n) -> {
                    Long registration = byOrg.get(rs.getLong(1));
                    String[] a = registration == null ? null : assessed.get(registration);
                    return new Line(rs.getLong(1), rs.getString(2), registration,
                            registration != null && reviewed.contains(registration), a == null ? null : a[0],
                            a == null || a[1] == null ? null : Boolean.valueOf(a[1]));
                }).list().stream().filter(l -> user.canSee(l.path)).toList();
    }

    private ProgrammeService.Summary summary(Programme programme, List<Line> lines) {
        int count = lines.size();
        int target = java.math.BigDecimal.valueOf(count).multiply(programme.getTargetPercent())
                .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING).intValue();
        return new ProgrammeService.Summary(count, (int) lines.stream().filter(l -> l.registration != null).count(),
                (int) lines.stream().filter(Line::reviewed).count(), target, programmes.currentPeriod(programme),
                (int) lines.stream().filter(Line::recognised).count());
    }

    // ---- members' programmes ----------------------------------------------------------------------

    private record Cell(long id, String path, long[] figures) {
    }

    /** The former MemberBoards.cellFigures: each subject cell of the account's scope under a path, with its figures. */
    private List<Cell> referenceCells(ChiboUser user, Programme programme, String within) {
        String period = programmes.currentPeriod(programme);
        Map<Long, long[]> byCell = new LinkedHashMap<>();
        List<Cell> cells = jdbc.sql("select organization_id, org_path from programme_subject where programme_id = :p"
                        + " and org_path like :w order by org_path")
                .param("p", programme.getId()).param("w", within + "%")
                .query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2), new long[4])).list()
                .stream().filter(c -> user.canSee(c.path)).toList();
        cells.forEach(c -> byCell.put(c.id, c.figures));
        jdbc.sql("select organization_id, count(*) from person where party_status in ('PROBATIONARY', 'OFFICIAL')"
                        + " group by organization_id")
                .query(rs -> {
                    add(byCell, rs.getLong(1), 0, rs.getLong(2));
                });
        jdbc.sql("select r.organization_id, r.id, a.status, a.decided_recognised,"
                        + " (select count(*) from self_review v where v.registration_id = r.id and v.review_period = :period)"
                        + " from registration r left join assessment a on a.registration_id = r.id"
                        + " where r.programme_id = :p and r.person_id is not null and r.org_path like :w")
                .param("p", programme.getId()).param("w", within + "%").param("period", period)
                .query(rs -> {
                    add(byCell, rs.getLong(1), 1, 1);
                    add(byCell, rs.getLong(1), 2, rs.getLong(5) > 0 ? 1 : 0);
                    add(byCell, rs.getLong(1), 3, "DECIDED".equals(rs.getString(3)) && rs.getBoolean(4) ? 1 : 0);
                });
        return cells;
    }

    private static void add(Map<Long, long[]> byCell, long cell, int index, long value) {
        long[] figures = byCell.get(cell);
        if (figures != null) {
            figures[index] += value;
        }
    }

    private void compareMembers(ChiboUser user, Programme programme, OrganizationRef within) {
        String what = user.getUsername() + " · " + programme.getName() + " · " + within.name();
        List<Cell> cells = referenceCells(user, programme, within.path());
        Map<Long, long[]> groups = new LinkedHashMap<>();
        Set<Long> cellIds = new HashSet<>();
        long[] total = new long[4];
        Cell self = null;
        for (Cell cell : cells) {
            cellIds.add(cell.id);
            for (int i = 0; i < 4; i++) {
                total[i] += cell.figures[i];
            }
            String rest = cell.path.substring(within.path().length());
            if (rest.isEmpty()) {
                self = cell;
                continue;
            }
            long[] g = groups.computeIfAbsent(Long.valueOf(rest.substring(0, rest.indexOf('/'))), k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                g[i] += cell.figures[i];
            }
        }
        ProgrammeService.MemberBoard board = programmes.memberBoard(programme, within, 0);
        assertThat(board.groups()).as(what + " groups").extracting(g -> List.of(g.organization().id(), g.subjectCell() ? 1L : 0L,
                        g.members(), g.registered(), g.reviewed(), g.recognised()))
                .containsExactlyElementsOf(groups.entrySet().stream()
                        .sorted(java.util.Comparator.comparing(e -> organizations.find(e.getKey()).orElseThrow().path()))
                        .map(e -> List.of(e.getKey(), cellIds.contains(e.getKey()) ? 1L : 0L, e.getValue()[0], e.getValue()[1],
                                e.getValue()[2], e.getValue()[3])).toList());
        ProgrammeService.Summary summary = board.summary();
        assertThat(new long[] {summary.subjects(), summary.registered(), summary.reviewed(), summary.recognised()})
                .as(what + " summary").containsExactly(total);
        assertThat(programmes.memberSummary(programme, within.path())).as(what + " member summary").isEqualTo(summary);
        long pages = self == null ? 1 : Math.max(1, (self.figures[0] + ProgrammeService.MEMBER_PAGE_SIZE - 1)
                / ProgrammeService.MEMBER_PAGE_SIZE);
        assertThat(board.pages()).as(what + " pages").isEqualTo((int) pages);
        assertThat(board.members().isEmpty()).as(what + " members listed").isEqualTo(self == null || self.figures[0] == 0);
    }

    // ---- data added before comparing ---------------------------------------------------------------

    /**
     * A few more registrations of subjects in the division (organizations', or members' of its cells), one reviewed in
     * the current period, one decided recognised and one decided not recognised, one proposal.
     */
    private void addRegistrationsReviewsAndDecisions(long programmeId) {
        String division = demo.pathOf(demo.division());
        boolean members = jdbc.sql("select count(*) from programme p join rulebook r on r.id = p.rulebook_id"
                + " where p.id = :p and r.subject_kind = 'MEMBER'").param("p", programmeId).query(Long.class).single() > 0;
        List<Object[]> subjects = members
                ? jdbc.sql("select m.organization_id, m.org_path, m.id from person m join programme_subject s on"
                        + " s.organization_id = m.organization_id and s.programme_id = :p where m.party_status = 'OFFICIAL'"
                        + " and m.org_path like :d and not exists (select 1 from registration r where r.programme_id = :p"
                        + " and r.person_id = m.id) order by m.id")
                .param("p", programmeId).param("d", division + "%")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).list()
                : jdbc.sql("select s.organization_id, s.org_path from programme_subject s where s.programme_id = :p"
                        + " and s.org_path like :d and not exists (select 1 from registration r where r.programme_id = :p"
                        + " and r.organization_id = s.organization_id and r.person_id is null) order by s.org_path")
                .param("p", programmeId).param("d", division + "%")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), null}).list();
        signIn("canbo");
        Programme programme = programmes.get(programmeId);
        String period = programmes.currentPeriod(programme);
        for (int i = 0; i < Math.min(4, subjects.size()); i++) {
            Object[] subject = subjects.get(i);
            Long person = (Long) subject[2];
            jdbc.sql("insert into registration (programme_id, organization_id, org_path, registered_on, meeting_reference,"
                            + " created_by, created_at, version, person_id, person_key) values (:p, :o, :path, :on, 'NQ', 'test', :at, 0,"
                            + " :person, :key)")
                    .param("p", programmeId).param("o", subject[0]).param("path", subject[1]).param("on", demo.today())
                    .param("at", java.sql.Timestamp.from(demo.now())).param("person", person)
                    .param("key", person == null ? 0L : person).update();
            long registration = jdbc.sql("select max(id) from registration").query(Long.class).single();
            if (i == 0 || i == 1) {
                jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at,"
                                + " version) values (:r, :period, 'C1.1', true, 'test', :at, 0)")
                        .param("r", registration).param("period", period)
                        .param("at", java.sql.Timestamp.from(demo.now())).update();
            }
            if (i >= 1) {
                jdbc.sql("insert into assessment (registration_id, rulebook_id, status, decided_recognised, updated_at, version)"
                                + " values (:r, :rb, :status, :decided, :at, 0)")
                        .param("r", registration).param("rb", programme.getRulebookId())
                        .param("status", i == 3 ? "PROPOSED" : "DECIDED").param("decided", i == 3 ? null : i == 1)
                        .param("at", java.sql.Timestamp.from(demo.now())).update();
            }
        }
    }
}
