package vn.chibo.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.Rulebook;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The board's deadlines panel and the secretaries' deadline to-dos are computed in the database (issue 14: the
 * national root's board read every running candidate and worked out each deadline in Java, 8.7 s). This test keeps
 * that Java calculation as the reference — every running candidate read, the rules in force looked up for its
 * organization, {@link Deadline#of} — and proves the counts and the first lines equal for the region, a division and
 * a cell, with candidates at every running stage (extended or not, ties on the same due day, weekend starts), before
 * and after a division adapts the rules, a cell inside it adapts them again and a new revision for everyone.
 */
@IntegrationTest
@Transactional
class DeadlinesInSqlTest {

    @Autowired
    DeadlineQuery deadlines;
    @Autowired
    PipelineBoard board;
    @Autowired
    DevelopmentRuleKind rulebooks;
    @Autowired
    DevelopmentFigures figures;
    @Autowired
    vn.chibo.rules.RuleDocuments documents;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDeadlinesInSqlEqualTheDeadlinesWorkedOutCandidateByCandidate() {
        LocalDate today = demo.today();
        String region = demo.pathOf(demo.scopeOf("canbo"));
        String division = demo.pathOf(demo.division());
        long cellId = jdbc.sql("select min(organization_id) from development_candidate where org_path like :p and org_path <> :d")
                .param("p", division + "%").param("d", division).query(Long.class).single();
        String cell = demo.pathOf(cellId);
        spreadOverRunningSteps(region, today);
        compare(List.of(region, division, cell), today);

        demo.signIn("admin");
        DevelopmentRules shipped = rulebooks.rulesFor(division, today);
        // the division counts fewer working days and has a holiday next week; a cell inside it goes back to longer ones
        rulebooks.revise("PHAT_TRIEN_DANG", with(shipped, 20, 10, 15, 12, 5, today.plusDays(3)).toJson(), today.getYear(), null,
                demo.division());
        compare(List.of(region, division, cell), today);
        rulebooks.revise("PHAT_TRIEN_DANG", with(shipped, 45, 20, 25, 20, 8, today.minusDays(40)).toJson(), today.getYear(), null,
                cellId);
        rulebooks.revise("PHAT_TRIEN_DANG", with(shipped, 50, 25, 20, 25, 12, today.plusDays(1)).toJson(), today.getYear(), null,
                null);
        compare(List.of(region, division, cell), today);

        var panel = board.board(demo.scopeOf("canbo"));
        var expected = reference(region, today);
        assertThat(panel.overdueCount()).isEqualTo(expected.stream().filter(l -> l.deadline().overdue()).count());
        assertThat(panel.overdue()).extracting(PipelineBoard.DeadlineLine::candidateId).containsExactlyElementsOf(expected.stream()
                .filter(l -> l.deadline().overdue()).limit(PipelineBoard.LIST_LIMIT).map(DeadlineQuery.Line::candidateId).toList());
        assertThat(panel.overdue()).allMatch(l -> !l.name().isEmpty());
        compareReviewFigures(region, today);
    }

    /**
     * The review figure "overdue at the period's end" ({@link DevelopmentFigures}) per sub-organization and per year
     * equals the former per-candidate calculation, including years before the first rule set (today's rules then).
     */
    private void compareReviewFigures(String region, LocalDate today) {
        List<String> buckets = jdbc.sql("select path from organization where parent_id = :id order by path")
                .param("id", demo.scopeOf("canbo")).query(String.class).list();
        var scope = new vn.chibo.statistics.FigureScope(vn.chibo.organization.Subtree.of(region), buckets,
                vn.chibo.statistics.ReviewPeriod.ofYears(today.getYear() - 2, today.getYear())).withYears();
        var set = figures.figures(scope);
        Map<String, Long> expectedByBucket = new HashMap<>();
        Map<Integer, Long> expectedByYear = new HashMap<>();
        List<Rulebook> all = documents.published(Rulebook.Kind.DEVELOPMENT);
        Map<Integer, LocalDate> days = new java.util.LinkedHashMap<>();
        days.put(0, today);
        for (int year : scope.years()) {
            days.put(year, scope.period().within(year).to().isBefore(today) ? scope.period().within(year).to() : today);
        }
        jdbc.sql("select org_path, stage, cell_resolution_on, decision_on, probation_end, recognition_cell_on, decision_extended,"
                        + " recognition_extended from development_candidate where org_path like :p and stage in ('CELL_RESOLVED',"
                        + " 'COMMITTEE_RESOLVED', 'DECIDED', 'PROBATION', 'RECOGNITION_RESOLVED')").param("p", region + "%")
                .query(rs -> {
                    String path = rs.getString(1);
                    var facts = new Deadline.DeadlineFacts(Stage.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                            rs.getBoolean(7), rs.getBoolean(8));
                    for (var part : days.entrySet()) {
                        DevelopmentRules rules = formerRules(all, path, part.getValue(), today);
                        Deadline deadline = rules == null ? null : Deadline.of(facts, rules, part.getValue());
                        if (deadline != null && deadline.overdue()) {
                            if (part.getKey() == 0) {
                                String bucket = buckets.stream().filter(path::startsWith).findFirst().orElse(region);
                                expectedByBucket.merge(bucket, 1L, Long::sum);
                            } else {
                                expectedByYear.merge(part.getKey(), 1L, Long::sum);
                            }
                        }
                    }
                });
        assertThat(expectedByYear.get(today.getYear() - 2)).as("overdue steps in a year before the first rule set").isPositive();
        for (String bucket : buckets) {
            assertThat(number(set.bucket(bucket).get("development.overdue"))).as("overdue under %s", bucket)
                    .isEqualTo(expectedByBucket.getOrDefault(bucket, 0L));
        }
        assertThat(number(set.total().get("development.overdue")))
                .isEqualTo(expectedByBucket.values().stream().mapToLong(Long::longValue).sum());
        for (int year : scope.years()) {
            assertThat(number(set.year(year).get("development.overdue"))).as("overdue at the end of %d", year)
                    .isEqualTo(expectedByYear.getOrDefault(year, 0L));
        }
    }

    private static long number(Number value) {
        return value == null ? 0 : value.longValue();
    }

    /** The rules the review figures took before: in force on the day, else today; the nearest owner, then the newest. */
    private static DevelopmentRules formerRules(List<Rulebook> all, String path, LocalDate on, LocalDate today) {
        for (LocalDate day : new LocalDate[] {on, today}) {
            var chosen = all.stream().filter(r -> r.covers(day, path))
                    .max(Comparator.comparingInt((Rulebook r) -> r.getOwnerPath() == null ? 0 : r.getOwnerPath().length())
                            .thenComparingInt(Rulebook::getRevision));
            if (chosen.isPresent()) {
                return DevelopmentRules.parse(chosen.get().getDefinitionJson());
            }
        }
        return null;
    }

    private void compare(List<String> paths, LocalDate today) {
        for (String path : paths) {
            List<DeadlineQuery.Line> all = reference(path, today);
            List<DeadlineQuery.Line> overdue = all.stream().filter(l -> l.deadline().overdue()).toList();
            List<DeadlineQuery.Line> dueSoon = all.stream().filter(l -> l.deadline().dueSoon()).toList();
            for (int limit : new int[] {PipelineBoard.LIST_LIMIT, 3, 1}) {
                DeadlineQuery.Panel panel = deadlines.panel(path, today, limit);
                assertThat(panel.overdueCount()).as("overdue in %s", path).isEqualTo(overdue.size());
                assertThat(panel.dueSoonCount()).as("due soon in %s", path).isEqualTo(dueSoon.size());
                assertThat(panel.overdue()).as("first %d overdue in %s", limit, path)
                        .containsExactlyElementsOf(overdue.stream().limit(limit).toList());
                assertThat(panel.dueSoon()).as("first %d due soon in %s", limit, path)
                        .containsExactlyElementsOf(dueSoon.stream().limit(limit).toList());
            }
            assertThat(deadlines.dueWithin(path, today, CandidateDeadlineTodo.SOON_WORKING_DAYS)).as("to-dos of %s", path)
                    .containsExactlyElementsOf(all.stream()
                            .filter(l -> l.deadline().workingDaysLeft() <= CandidateDeadlineTodo.SOON_WORKING_DAYS).toList());
        }
        List<DeadlineQuery.Line> region = reference(paths.get(0), today);
        assertThat(region.stream().filter(l -> l.deadline().overdue()).count()).as("the region has overdue steps to list")
                .isGreaterThan(PipelineBoard.LIST_LIMIT);
        assertThat(region.stream().filter(l -> l.deadline().dueSoon()).count()).as("the region has due steps").isGreaterThan(3);
        assertThat(region.stream().filter(l -> l.deadline().overdue() || l.deadline().dueSoon()).map(DeadlineQuery.Line::stage))
                .as("every running stage").containsAll(EnumSet.of(Stage.CELL_RESOLVED, Stage.COMMITTEE_RESOLVED, Stage.DECIDED,
                        Stage.PROBATION, Stage.RECOGNITION_RESOLVED));
    }

    /**
     * Open candidates of the region moved to running steps: every stage and extension, starts spread over five months
     * (weekends included), a group on one Friday–Sunday three years ago (the same due day), a probation without its end
     * date and a few steps of two and a half years ago.
     */
    private void spreadOverRunningSteps(String region, LocalDate today) {
        List<Long> ids = jdbc.sql("select id from development_candidate where org_path like :p and stage in ('SOURCE',"
                        + " 'SYMPATHISER', 'CANDIDATE') order by id").param("p", region + "%").query(Long.class).list();
        assertThat(ids).as("open candidates to move").hasSizeGreaterThan(150);
        // the most overdue: a Friday, Saturday and Sunday due on the same Monday, ids not in start order (the same-day rule)
        LocalDate friday = today.minusYears(3).with(DayOfWeek.FRIDAY);
        Stage[] stages = {Stage.CELL_RESOLVED, Stage.COMMITTEE_RESOLVED, Stage.DECIDED, Stage.PROBATION, Stage.RECOGNITION_RESOLVED};
        for (int i = 0; i < 150; i++) {
            Stage stage = stages[i % stages.length];
            LocalDate start = i < 30 && stage != Stage.PROBATION ? friday.plusDays(i % 3)
                    : i >= 140 ? today.minusYears(2).minusMonths(6).minusDays(i) // before the first rule set's years
                    : today.minusDays((i * 3L) % 130).plusDays(stage == Stage.PROBATION ? 20 : 0);
            boolean extended = i % 4 == 1;
            jdbc.sql("update development_candidate set stage = :s, cell_resolution_on = :d, decision_on = :d, probation_end = :e,"
                            + " recognition_cell_on = :d, decision_extended = :x, recognition_extended = :x where id = :id")
                    .param("s", stage.name()).param("d", start).param("e", i == 33 ? null : start).param("x", extended)
                    .param("id", ids.get(i)).update();
        }
    }

    private static DevelopmentRules with(DevelopmentRules r, int decision, int extension, int ceremony, int recognition, int dueSoon,
                                         LocalDate holiday) {
        List<LocalDate> holidays = Stream.concat(r.holidays().stream(), Stream.of(holiday)).distinct().sorted().toList();
        return new DevelopmentRules(r.minAgeMonths(), r.maxAgeMonths(), r.minEducationGrade(), r.introducersRequired(),
                r.introducerMonthsTogether(), r.certificateValidYears(), r.approvalNumerator(), r.approvalDenominator(),
                r.dossierRequired(), decision, recognition, extension, ceremony, r.probationMonths(), dueSoon, holidays);
    }

    /**
     * The former calculation ({@code PipelineBoard.deadlines} and {@code CandidateDeadlineTodo} until issue 14): every
     * running candidate of the subtree, the rules in force for its organization, its deadline; the most urgent first.
     */
    private List<DeadlineQuery.Line> reference(String path, LocalDate today) {
        Map<String, DevelopmentRules> rulesByPath = new HashMap<>();
        List<DeadlineQuery.Line> lines = new ArrayList<>();
        jdbc.sql("select id, person_id, organization_id, org_path, stage, cell_resolution_on, decision_on, probation_end,"
                        + " recognition_cell_on, decision_extended, recognition_extended from development_candidate where"
                        + " org_path like :p and stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED', 'DECIDED', 'PROBATION',"
                        + " 'RECOGNITION_RESOLVED')").param("p", path + "%")
                .query((rs, n) -> {
                    DevelopmentRules rules = rulesByPath.computeIfAbsent(rs.getString(4), p -> rulebooks.rulesFor(p, today));
                    Deadline deadline = Deadline.of(new Deadline.DeadlineFacts(Stage.valueOf(rs.getString(5)),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class), rs.getBoolean(10), rs.getBoolean(11)), rules, today);
                    if (deadline != null) {
                        lines.add(new DeadlineQuery.Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), Stage.valueOf(rs.getString(5)),
                                deadline));
                    }
                    return null;
                }).list();
        lines.sort(Comparator.comparing((DeadlineQuery.Line l) -> l.deadline().due()).thenComparingLong(DeadlineQuery.Line::candidateId));
        return lines;
    }
}
