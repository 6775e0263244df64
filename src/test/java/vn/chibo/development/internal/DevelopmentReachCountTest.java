package vn.chibo.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * Candidates who reached each stage, kept per organization and year ({@code development_reach_count}, Flyway V48) by
 * triggers in the writer's transaction: equal to the rows worked out from the events after random plain-SQL writes
 * (several events of one candidate and stage in one statement, backdated events, changed dates and stages, deletes,
 * candidates moved between cells) and after moved, merged and split subtrees; and the board's "reached" figures, read
 * from it for whole years and from the events otherwise, equal the distinct count of the review figures' rule, per
 * child and in total. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class DevelopmentReachCountTest {

    private static final String RAW = """
            select c.organization_id, r.reach_year, r.previous_year, r.stage, count(*) from (
                select candidate_id, stage, reach_year,
                    coalesce(lag(reach_year) over (partition by candidate_id, stage order by reach_year), 0) as previous_year
                from (select distinct candidate_id, stage, cast(extract(year from occurred_on) as int) as reach_year
                      from development_event) y) r
            join development_candidate c on c.id = r.candidate_id
            group by c.organization_id, r.reach_year, r.previous_year, r.stage""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PipelineBoard board;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck paths;
    @Autowired
    EntityManager entityManager;

    Map<String, Long> raw() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(RAW).query(rs -> {
            counts.put(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4), rs.getLong(5));
        });
        return counts;
    }

    Map<String, Long> kept() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select * from development_reach_count").query(rs -> {
            for (Stage stage : Stage.values()) {
                long n = rs.getLong(stage.name().toLowerCase(java.util.Locale.ROOT));
                if (n != 0) {
                    counts.put(rs.getLong("organization_id") + "/" + rs.getInt("reach_year") + "/" + rs.getInt("previous_year")
                            + "/" + stage.name(), n);
                }
            }
        });
        return counts;
    }

    void assertKeptEqualsRaw(String when) {
        entityManager.flush();
        assertThat(kept()).as(when).isEqualTo(raw());
        // the path of each kept row is its organization's
        assertThat(jdbc.sql("select count(*) from development_reach_count r join organization o on o.id = r.organization_id"
                + " where r.org_path <> o.path").query(Long.class).single()).as(when).isZero();
    }

    java.sql.Timestamp at() {
        return java.sql.Timestamp.from(demo.now());
    }

    <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @Test
    void theDemoAsLoadedIsCounted() {
        assertThat(raw()).hasSizeGreaterThan(20);
        assertKeptEqualsRaw("as loaded");
    }

    @Test
    void randomEventWritesAndCandidateMovesKeepTheCountsEqualToTheEvents() {
        Random random = new Random(20261206);
        List<Long> candidates = demo.ids("select id from development_candidate order by id");
        List<Long> cells = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' order by id");
        Stage[] stages = Stage.values();
        for (int i = 0; i < 300; i++) {
            LocalDate on = LocalDate.of(2022 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
            switch (random.nextInt(7)) {
                case 0, 1 -> jdbc.sql("insert into development_event (candidate_id, stage, occurred_on, recorded_by, recorded_at)"
                                + " values (:c, :s, :on, 'kiểm thử', :at)").param("at", at())
                        .param("c", pick(random, candidates)).param("s", stages[random.nextInt(stages.length)].name())
                        .param("on", on).update();
                case 2 -> {
                    // several events of one candidate and stage in one statement, in two years
                    long candidate = pick(random, candidates);
                    String stage = stages[random.nextInt(stages.length)].name();
                    jdbc.sql("insert into development_event (candidate_id, stage, occurred_on, recorded_by, recorded_at)"
                                    + " select cast(:c as bigint), cast(:s as varchar(30)), occurred_on, 'kiểm thử', cast(:at as timestamp)"
                                    + " from development_event where candidate_id = :c union all select cast(:c as bigint),"
                                    + " cast(:s as varchar(30)), cast(:on as date), 'kiểm thử', cast(:at as timestamp) from organization"
                                    + " where parent_id is null")
                            .param("c", candidate).param("s", stage).param("on", on).param("at", at()).update();
                }
                case 3 -> jdbc.sql("update development_event set occurred_on = :on where id = (select min(id) from"
                                + " development_event where candidate_id = :c)")
                        .param("on", on).param("c", pick(random, candidates)).update();
                case 4 -> jdbc.sql("update development_event set stage = :s where id = (select max(id) from"
                                + " development_event where candidate_id = :c)")
                        .param("s", stages[random.nextInt(stages.length)].name()).param("c", pick(random, candidates)).update();
                case 5 -> jdbc.sql("delete from development_event where id = (select max(id) from development_event"
                                + " where candidate_id = :c)").param("c", pick(random, candidates)).update();
                default -> {
                    long cell = pick(random, cells);
                    jdbc.sql("update development_candidate set organization_id = :o, org_path = :p where id = :id")
                            .param("o", cell).param("p", demo.pathOf(cell)).param("id", pick(random, candidates)).update();
                }
            }
            if (i % 100 == 99) {
                assertKeptEqualsRaw("after " + (i + 1) + " random writes");
            }
        }
    }

    @Test
    void aMovedMergedAndSplitSubtreeLeavesTheCountsRight() {
        TreeChanges.Steps tree = treeChanges.start();
        tree.moveBattalionElsewhere();
        assertKeptEqualsRaw("after a move");
        assertThat(paths.staleRowQueries().keySet()).contains(new PathCopyCheck.Column("development_reach_count", "org_path"));
        assertThat(paths.staleRows()).isEmpty();

        TreeChanges.Merge merge = tree.mergeTwoCells();
        assertKeptEqualsRaw("after a merge");

        tree.splitACell(merge.into());
        assertKeptEqualsRaw("after a split");
        assertThat(paths.staleRows()).isEmpty();
    }

    /** The review figures' rule: distinct candidates with an event at the stage in the period, per direct child. */
    Map<Long, Map<Stage, Long>> rawReached(long root, LocalDate from, LocalDate to) {
        Map<Long, Map<Stage, Long>> counts = new HashMap<>();
        for (long child : demo.ids("select id from organization where parent_id = " + root)) {
            jdbc.sql("select e.stage, count(distinct e.candidate_id) from development_event e join development_candidate c"
                            + " on c.id = e.candidate_id where c.org_path like :p and e.occurred_on between :f and :t group by e.stage")
                    .param("p", demo.pathOf(child) + "%").param("f", from).param("t", to)
                    .query(rs -> {
                        counts.computeIfAbsent(child, c -> new EnumMap<>(Stage.class)).put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                    });
        }
        return counts;
    }

    void assertBoardReachedEqualsRaw(long root, LocalDate from, LocalDate to) {
        PipelineBoard.Board b = board.board(root, from, to);
        Map<Long, Map<Stage, Long>> raw = rawReached(root, from, to);
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        jdbc.sql("select e.stage, count(distinct e.candidate_id) from development_event e join development_candidate c"
                        + " on c.id = e.candidate_id where c.org_path like :p and e.occurred_on between :f and :t group by e.stage")
                .param("p", demo.pathOf(root) + "%").param("f", from).param("t", to)
                .query(rs -> {
                    total.put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        assertThat(b.reached()).as(from + " – " + to).isEqualTo(total);
        for (PipelineBoard.Row row : b.rows()) {
            assertThat(row.reached()).as(row.organization().name() + " " + from + " – " + to)
                    .isEqualTo(raw.getOrDefault(row.organization().id(), Map.of()));
        }
    }

    @Test
    void theBoardsReachedFiguresEqualTheDistinctCountsForYearsAndOtherPeriods() {
        demo.signIn("canbo");
        long region = demo.scopeOf("canbo");
        long candidate = demo.ids("select min(id) from development_candidate where org_path like '" + demo.pathOf(region) + "%'")
                .get(0);
        int year = demo.today().getYear();
        // a candidate who reached the same stage in two years of the range counts once
        jdbc.sql("insert into development_event (candidate_id, stage, occurred_on, recorded_by, recorded_at) values"
                + " (:c, 'CANDIDATE', :a, 'kiểm thử', :at), (:c, 'CANDIDATE', :b, 'kiểm thử', :at)").param("at", at())
                .param("c", candidate).param("a", LocalDate.of(year - 2, 3, 1)).param("b", LocalDate.of(year, 3, 1)).update();
        for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 3, 31)})) {
            assertBoardReachedEqualsRaw(region, period[0], period[1]);
            assertBoardReachedEqualsRaw(demo.division(), period[0], period[1]);
        }
        assertThat(board.board(region).reachedIn(Stage.CANDIDATE)).isPositive();
    }

    @Test
    void theBoardReadsTheKeptCountsForWholeYears() {
        demo.signIn("canbo");
        long region = demo.scopeOf("canbo");
        int year = demo.today().getYear();
        long before = board.board(region).reachedIn(Stage.SOURCE);
        long cell = demo.sampleCell();
        // a count kept wrong on purpose shows where the board reads from
        jdbc.sql("insert into development_reach_count (organization_id, reach_year, previous_year, org_path, source)"
                + " values (:o, :y, -1, :p, 1000)").param("o", cell).param("y", year).param("p", demo.pathOf(cell)).update();
        assertThat(board.board(region).reachedIn(Stage.SOURCE)).isEqualTo(before + 1000);
        assertThat(board.board(region, LocalDate.of(year, 1, 2), LocalDate.of(year, 12, 31)).reachedIn(Stage.SOURCE))
                .as("not a whole year: counted from the events").isLessThan(1000);
    }

    @Test
    void theStageCountsPerChildEqualTheCandidatesUnderIt() {
        demo.signIn("canbo");
        long region = demo.scopeOf("canbo");
        PipelineBoard.Board b = board.board(region);
        for (PipelineBoard.Row row : b.rows()) {
            Map<Stage, Long> raw = new EnumMap<>(Stage.class);
            jdbc.sql("select stage, count(*) from development_candidate where org_path like :p group by stage")
                    .param("p", row.organization().path() + "%").query(rs -> {
                        raw.put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                    });
            assertThat(row.counts()).as(row.organization().name()).isEqualTo(raw);
        }
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, count(*) from development_candidate where org_path like :p group by stage")
                .param("p", demo.pathOf(region) + "%").query(rs -> {
                    total.put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        assertThat(b.total()).isEqualTo(total);
        assertThat(new ArrayList<>(total.values())).isNotEmpty();
    }
}
