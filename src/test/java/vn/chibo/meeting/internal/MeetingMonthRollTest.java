package vn.chibo.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * The meetings' monthly rollup per unit ({@code meeting_month_roll}, Flyway V47) and its counts per child of every
 * ancestor ({@code meeting_child_month}, V59), kept by triggers on {@code meeting} in the writer's transaction, equal
 * the figures added up from the meeting rows after random plain-SQL writes, a multi-row import, a rescoring in batches
 * and a moved, merged and split subtree; and the overview read from them equals
 * the overview read from the meeting rows, line by line, for every level from the region down to a cell, including
 * after a cell is dissolved and another is dated as founded after its meetings. Every change rolls back.
 */
@IntegrationTest
@Transactional
class MeetingMonthRollTest {

    private static final String COPY_COLUMNS = "organization_id, org_path, kind, combined_thematic, period, topic, meeting_date,"
            + " start_time, status, official_count, probationary_count, present_count, excused_count, unexcused_count, speaker_count,"
            + " contribution_count, supervisor_present, score, grade, flat, created_by, created_at, updated_at, version";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    MeetingReports reports;
    @Autowired
    MeetingScorer scorer;
    @Autowired
    SupervisionService supervision;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck paths;
    @Autowired
    EntityManager entityManager;

    void assertRollupEqualsTheMeetings(String when) {
        entityManager.flush();
        MonthRollCheck check = new MonthRollCheck(jdbc);
        assertThat(check.kept()).as(when).isEqualTo(check.raw());
        assertThat(check.keptPerChild()).as("per child of every ancestor, " + when).isEqualTo(check.rawPerChild());
        assertThat(check.keptThematicMonths()).as("thematic months, " + when).isEqualTo(check.rawThematicMonths());
        assertThat(check.keptThematicQuarters()).as("thematic quarters per child, " + when).isEqualTo(check.rawThematicQuarters());
    }

    <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A thematic meeting copied from a held meeting into another cell and month (thematic: no one-per-month key). */
    long copyAsThematic(long meetingId, long cell, LocalDate date) {
        jdbc.sql("insert into meeting (" + COPY_COLUMNS + ") select :cell, :path, 'THEMATIC', false, :period, topic, :date,"
                        + " start_time, status, official_count, probationary_count, present_count, excused_count, unexcused_count,"
                        + " speaker_count, contribution_count, supervisor_present, score, grade, flat, created_by, created_at,"
                        + " updated_at, 0 from meeting where id = :id")
                .param("cell", cell).param("path", demo.pathOf(cell)).param("period", YearMonth.from(date).toString())
                .param("date", date).param("id", meetingId).update();
        return jdbc.sql("select max(id) from meeting").query(Long.class).single();
    }

    @Test
    void theDemoAsLoadedIsRolledUpPerUnitMonthAndPeriod() {
        assertThat(new MonthRollCheck(jdbc).raw()).hasSizeGreaterThan(20);
        assertRollupEqualsTheMeetings("as loaded");
    }

    @Test
    void theCountsPerChildOfEveryAncestorAddUpToTheUnitsBelowEachChild() {
        MonthRollCheck check = new MonthRollCheck(jdbc);
        assertThat(check.rawPerChild()).as("the demo has units two levels or more below the root").hasSizeGreaterThan(20);
        assertRollupEqualsTheMeetings("as loaded");
        // the root's rows per child hold what its units strictly below hold, figure by figure
        String root = jdbc.sql("select path from organization where parent_id is null order by id limit 1").query(String.class).single();
        String sums = "sum(held), sum(regular), sum(thematic), sum(present), sum(score_sum), sum(flat)";
        assertThat(jdbc.sql("select " + sums + " from meeting_child_month where ancestor = :root").param("root", root)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5).longValue(),
                        rs.getLong(6))).single())
                .isEqualTo(jdbc.sql("select " + sums + " from meeting_month_roll where unit like :below and unit <> :root")
                        .param("below", root + "%").param("root", root)
                        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getBigDecimal(5).longValue(), rs.getLong(6))).single());
    }

    @Test
    void everyUnexcusedAbsenceAndEverySupervisorPresentIsInTheMeetingsKeptFactsWhichAlertsAndCoverageFollow() {
        long absences = jdbc.sql("select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id"
                + " where a.attendance = 'UNEXCUSED' and a.role = 'MEMBER' and a.person_id is not null"
                + " and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE'").query(Long.class).single();
        long uncounted = jdbc.sql("select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id"
                + " where a.attendance = 'UNEXCUSED' and a.role = 'MEMBER' and m.unexcused_count = 0").query(Long.class).single();
        assertThat(absences).as("the demo has unexcused absences").isPositive();
        assertThat(uncounted).as("absences in meetings whose count says none").isZero();
        long supervisors = jdbc.sql("select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id"
                + " where a.supervision_id is not null and a.attendance = 'PRESENT'").query(Long.class).single();
        long unseen = jdbc.sql("select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id"
                + " where a.supervision_id is not null and a.attendance = 'PRESENT' and not m.supervisor_present")
                .query(Long.class).single();
        assertThat(supervisors).as("the demo has supervisors present").isPositive();
        assertThat(unseen).as("supervisors present in meetings that kept none").isZero();
    }

    @Test
    void theSupervisionCoverageCountedInSqlEqualsTheAssignmentsCountedOneByOne() {
        LocalDate to = YearMonth.from(demo.today()).atEndOfMonth();
        LocalDate from = YearMonth.from(demo.today()).minusMonths(11).atDay(1);
        for (long id : new long[] {demo.scopeOf("canbo"), demo.division(), demo.sampleCell()}) {
            OrganizationRef within = directory.find(id).orElseThrow();
            List<SupervisionService.Coverage> each = supervision.coverage(within, from, to);
            SupervisionService.CoverageSummary summary = supervision.coverageSummary(within, from, to, 0, 50);
            assertThat(List.of(summary.assignments(), summary.cells(), summary.held(), summary.attended())).as(within.name())
                    .containsExactly((long) each.size(), each.stream().map(c -> c.supervision().organizationId()).distinct().count(),
                            each.stream().mapToLong(SupervisionService.Coverage::meetingsHeld).sum(),
                            each.stream().mapToLong(SupervisionService.Coverage::attended).sum());
        }
        assertThat(supervision.coverageSummary(directory.find(demo.scopeOf("canbo")).orElseThrow(), from, to, 0, 50).attended())
                .as("the demo's supervisors attended meetings").isPositive();
    }

    @Test
    void randomWritesAnImportAndARescoringKeepTheRollupEqualToTheMeetings() {
        Random random = new Random(20261206);
        List<Long> cells = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' order by id");
        List<Long> held = demo.ids("select id from meeting where status in ('HELD', 'CLOSED') order by id");
        List<Long> all = demo.ids("select id from meeting order by id");
        List<Long> inserted = new ArrayList<>();
        String[] statuses = {"PLANNED", "IN_PROGRESS", "HELD", "CLOSED"};
        String[] grades = {"GOOD", "FAIR", "AVERAGE", "POOR"};
        for (int i = 0; i < 300; i++) {
            long meeting = pick(random, all);
            switch (random.nextInt(8)) {
                case 0 -> inserted.add(copyAsThematic(pick(random, held), pick(random, cells),
                        demo.today().minusDays(random.nextInt(400))));
                case 1 -> jdbc.sql("update meeting set status = :s where id = :id and status <> 'CANCELLED'")
                        .param("s", statuses[random.nextInt(statuses.length)]).param("id", meeting).update();
                case 2 -> jdbc.sql("update meeting set score = :score, grade = :grade, flat = :flat where id = :id")
                        .param("score", random.nextBoolean() ? null : new java.math.BigDecimal(random.nextInt(10000)).movePointLeft(2))
                        .param("grade", random.nextBoolean() ? null : grades[random.nextInt(grades.length)])
                        .param("flat", random.nextBoolean()).param("id", meeting).update();
                case 3 -> jdbc.sql("update meeting set present_count = present_count + :n, speaker_count = :n,"
                                + " unexcused_count = :n, contribution_count = contribution_count + 1 where id = :id")
                        .param("n", random.nextInt(5)).param("id", meeting).update();
                case 4 -> {
                    if (!inserted.isEmpty()) {
                        long cell = pick(random, cells);
                        LocalDate date = demo.today().minusDays(random.nextInt(400));
                        jdbc.sql("update meeting set organization_id = :o, org_path = :p, meeting_date = :d, period = :period,"
                                        + " combined_thematic = :c where id = :id")
                                .param("o", cell).param("p", demo.pathOf(cell)).param("d", date)
                                .param("period", YearMonth.from(date).toString()).param("c", random.nextBoolean())
                                .param("id", pick(random, inserted)).update();
                    }
                }
                case 5 -> {
                    if (!inserted.isEmpty()) {
                        jdbc.sql("delete from meeting where id = :id").param("id", inserted.remove(random.nextInt(inserted.size())))
                                .update();
                    }
                }
                case 6 -> jdbc.sql("update meeting set present_count = present_count + 1, kind = case kind when 'THEMATIC' then"
                                + " 'COMMITTEE' when 'COMMITTEE' then 'THEMATIC' else kind end where organization_id = :o")
                        .param("o", pick(random, cells)).update();
                default -> jdbc.sql("update meeting set agenda = 'Kiểm thử' where id = :id").param("id", meeting).update();
            }
            if (i % 100 == 99) {
                assertRollupEqualsTheMeetings("after " + (i + 1) + " random writes");
            }
        }
        assertThat(inserted).isNotEmpty();

        long source = demo.sampleCell();
        long target = demo.cellOutsideDivision();
        int imported = jdbc.sql("insert into meeting (" + COPY_COLUMNS + ") select :cell, :path, 'THEMATIC', combined_thematic,"
                        + " period, topic, meeting_date, start_time, status, official_count, probationary_count, present_count,"
                        + " excused_count, unexcused_count, speaker_count, contribution_count, supervisor_present, score, grade,"
                        + " flat, created_by, created_at, updated_at, 0 from meeting where organization_id = :source")
                .param("cell", target).param("path", demo.pathOf(target)).param("source", source).update();
        assertThat(imported).isGreaterThan(1);
        assertRollupEqualsTheMeetings("after an import of many meetings in one statement");

        int rescored = jdbc.sql("update meeting set rubric_id = null, score = null, grade = null, flat = false,"
                + " present_count = 0 where status in ('HELD', 'CLOSED')").update();
        assertThat(rescored).isPositive();
        assertRollupEqualsTheMeetings("after scores were cleared");
        assertThat(scorer.countLoaded()).isPositive();
        assertThat(jdbc.sql("select count(*) from meeting where score is not null").query(Long.class).single()).isPositive();
        assertRollupEqualsTheMeetings("after a rescoring in batches");
        assertTheOverviewFromTheRollupEqualsTheMeetings("after the writes");
    }

    @Test
    void aMovedMergedAndSplitSubtreeMovesItsFiguresWithIt() {
        TreeChanges.Steps tree = treeChanges.start();
        tree.moveBattalionElsewhere();
        assertRollupEqualsTheMeetings("after a move");
        assertThat(paths.staleRows()).isEmpty();
        assertTheOverviewFromTheRollupEqualsTheMeetings("after a move");

        TreeChanges.Merge merge = tree.mergeTwoCells();
        assertRollupEqualsTheMeetings("after a merge");
        assertTheOverviewFromTheRollupEqualsTheMeetings("after a merge (the merged cell no longer active)");

        tree.splitACellTakingNoOne(merge.into());
        assertRollupEqualsTheMeetings("after a split");
        assertThat(paths.staleRows()).isEmpty();

        // cells the overview leaves out or counts from their founding: dissolved, and founded after its meetings
        jdbc.sql("update organization set status = 'DISSOLVED' where id = :id").param("id", merge.into()).update();
        jdbc.sql("update organization set valid_from = :d where id = :id").param("d", demo.today().minusMonths(2).withDayOfMonth(1))
                .param("id", demo.cellOutsideDivision()).update();
        assertTheOverviewFromTheRollupEqualsTheMeetings("with a dissolved cell and a cell founded after its meetings");
    }

    /** The first organizations in tree order and every level above two cells: the same figures from either source. */
    void assertTheOverviewFromTheRollupEqualsTheMeetings(String when) {
        entityManager.flush();
        YearMonth current = YearMonth.from(demo.today());
        java.util.Set<Long> within = new java.util.LinkedHashSet<>(demo.ids("select id from organization where type <> 'CELL'"
                + " order by path limit 12"));
        for (long cell : new long[] {demo.sampleCell(), demo.cellOutsideDivision()}) {
            java.util.Arrays.stream(demo.pathOf(cell).split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).forEach(within::add);
        }
        for (long id : within) {
            OrganizationRef organization = directory.find(id).orElseThrow();
            for (YearMonth[] period : List.of(new YearMonth[] {current.minusMonths(11), current},
                    new YearMonth[] {current.minusMonths(16), current.minusMonths(4)})) {
                MeetingReports.Overview rolled = reports.overview(organization, period[0], period[1], true);
                MeetingReports.Overview raw = reports.overview(organization, period[0], period[1], false);
                assertThat(summary(rolled)).as("%s: %s %s–%s", when, organization.name(), period[0], period[1])
                        .isEqualTo(summary(raw));
            }
        }
    }

    static List<String> summary(MeetingReports.Overview overview) {
        List<String> lines = new ArrayList<>();
        lines.add("total " + summary(overview.total(), overview.months()));
        overview.lines().forEach(l -> lines.add(l.organization().id() + " " + summary(l.figures(), overview.months())));
        lines.add("missed " + overview.missedCount());
        return lines;
    }

    static String summary(MeetingReports.Figures f, List<YearMonth> months) {
        return List.of(f.cells, f.expectedMonths, f.heldMonths, f.expectedQuarters, f.thematicQuarters, f.held, f.flat, f.invited,
                f.present, f.speakers, f.unexcused, f.scoreSum.stripTrailingZeros().toPlainString(), f.scored, f.missed,
                java.util.Arrays.toString(f.grades), f.attendanceTrend(months), f.speakingTrend(months)).toString();
    }
}
