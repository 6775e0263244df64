package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.organization.Subtree;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The presence counts per range of whole years (Flyway V60, V61, {@code mentoring_presence}), kept by triggers in the
 * writer's transaction: for every organization of the tree, everything counted and every range of one to five years
 * ending in the horizon year or the two before it, the organization's kept figure (its subtree's) equals the distinct
 * mentors (mentees) with an assignment there overlapping the range, the assignments (groups) overlapping it, or the
 * mentees admitted in it, counted raw, as loaded and after random plain-SQL writes (assignments, groups, admission
 * decisions), an import, and a moved, merged and split subtree. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class MentoringPresenceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PresenceHorizon horizon;
    @Autowired
    PresenceCounts presence;
    @Autowired
    MentoringScenarios scenarios;
    @Autowired
    EntityManager entityManager;

    int kept;

    @BeforeEach
    void keepTheRanges() {
        kept = horizon.raise(horizon.wanted());
        assertThat(kept).isEqualTo(demo.today().getYear() + 1);
    }

    /** What is counted and its raw count under an organization {@code o} over {@code :from}..{@code :to}. */
    static final Map<String, String> RAW = Map.of(
            "MENTOR", "count(distinct a.mentor_person_id) from organization o join mentoring_assignment a"
                    + " on a.org_path like concat(o.path, '%') where a.start_date <= :to and (a.end_date is null or a.end_date >= :from)",
            "MENTEE", "count(distinct a.mentee_person_id) from organization o join mentoring_assignment a"
                    + " on a.org_path like concat(o.path, '%') where a.start_date <= :to and (a.end_date is null or a.end_date >= :from)",
            "ASSIGNMENT", "count(*) from organization o join mentoring_assignment a"
                    + " on a.org_path like concat(o.path, '%') where a.start_date <= :to and (a.end_date is null or a.end_date >= :from)",
            "GROUP", "count(*) from organization o join mentoring_group g"
                    + " on g.org_path like concat(o.path, '%') where g.formed_on <= :to and (g.ended_on is null or g.ended_on >= :from)",
            "ADMITTED", "count(distinct c.person_id) from organization o join development_candidate c"
                    + " on c.org_path like concat(o.path, '%') where c.decision_on between :from and :to and exists (select 1"
                    + " from mentoring_assignment a where a.mentee_person_id = c.person_id and a.start_date <= c.decision_on)");

    /**
     * Every organization's kept figures equal the raw counts of its subtree (distinct people, rows), for everything
     * counted and every range of one to five years ending in the horizon year or the two before it.
     */
    void assertPresenceEqualsTheRows(String when) {
        entityManager.flush();
        for (int last = kept - 2; last <= kept; last++) {
            for (int first = last - PresenceRanges.LONGEST + 1; first <= last; first++) {
                for (var counted : RAW.entrySet()) {
                    Map<Long, Long> raw = sums("select o.id, " + counted.getValue() + " group by o.id", first, last,
                            counted.getKey());
                    Map<Long, Long> kept = sums("select p.organization_id, p.people from mentoring_presence p"
                            + " where p.counted = :counted and p.first_year = :first and p.last_year = :last", first, last,
                            counted.getKey());
                    assertThat(kept).as(when + ": " + counted.getKey() + " " + first + "–" + last).isEqualTo(raw);
                }
            }
        }
    }

    private Map<Long, Long> sums(String sql, int first, int last, String role) {
        Map<Long, Long> sums = new HashMap<>();
        var statement = jdbc.sql(sql);
        if (sql.contains(":from")) {
            statement = statement.param("from", Date.valueOf(LocalDate.of(first, 1, 1)))
                    .param("to", Date.valueOf(LocalDate.of(last, 12, 31)));
        } else {
            statement = statement.param("counted", role).param("first", first).param("last", last);
        }
        statement.query(rs -> {
            if (rs.getLong(2) != 0) {
                sums.put(rs.getLong(1), rs.getLong(2));
            }
        });
        return sums;
    }

    @Test
    void theDemoAsLoadedIsCounted() {
        assertThat(jdbc.sql("select count(*) from mentoring_presence where people <> 0").query(Long.class).single()).isPositive();
        assertPresenceEqualsTheRows("as loaded");
    }

    @Test
    void theReviewReadsTheKeptRangesForWholeYearsOnly() {
        String division = demo.pathOf(demo.division());
        int year = demo.today().getYear();
        ReviewPeriod threeYears = ReviewPeriod.ofYears(year - 2, year);
        FigureSet before = new FigureSet();
        assertThat(presence.figures(before, scope(division, threeYears), PresenceCounts.ACTIVITY)).isTrue();
        // a count kept wrong on purpose shows where the figure is read from
        assertThat(jdbc.sql("update mentoring_presence set people = people + 7 where counted = 'MENTOR' and first_year = :f"
                + " and last_year = :l and organization_id = :o").param("f", year - 2).param("l", year)
                .param("o", demo.division()).update()).isEqualTo(1);
        FigureSet after = new FigureSet();
        presence.figures(after, scope(division, threeYears), PresenceCounts.ACTIVITY);
        assertThat(after.total().get("mentoring.mentors").longValue())
                .isEqualTo(before.total().get("mentoring.mentors").longValue() + 7);
        FigureSet admitted = new FigureSet();
        assertThat(presence.figures(admitted, scope(division, threeYears), PresenceCounts.ADMISSIONS)).isTrue();
        assertThat(admitted.total().get("mentoring.menteesAdmitted").longValue()).as("mentees admitted").isPositive();
        assertThat(admitted.total()).doesNotContainKey("mentoring.mentors");
        assertThat(presence.figures(new FigureSet(), scope(division, new ReviewPeriod(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 6, 30))), PresenceCounts.ACTIVITY)).as("part of a year").isFalse();
        assertThat(presence.figures(new FigureSet(), scope(division, ReviewPeriod.ofYears(year - 5, year)),
                PresenceCounts.ACTIVITY)).as("six years").isFalse();
        assertThat(presence.figures(new FigureSet(), scope(division, ReviewPeriod.ofYear(kept + 1)),
                PresenceCounts.ADMISSIONS)).as("after the horizon").isFalse();
    }

    private static FigureScope scope(String path, ReviewPeriod period) {
        return new FigureScope(Subtree.of(path), List.of(), period, true);
    }

    @Test
    void aRaiseCountsOnlyTheRangesNotKeptYet() {
        long before = jdbc.sql("select count(*) from mentoring_presence").query(Long.class).single();
        assertThat(horizon.raise(kept)).isEqualTo(kept);
        assertThat(horizon.raise(kept - 1)).isEqualTo(kept);
        assertThat(jdbc.sql("select count(*) from mentoring_presence").query(Long.class).single()).isEqualTo(before);
        assertThat(horizon.raise(kept + 1)).isEqualTo(kept + 1);
        kept = kept + 1;
        assertPresenceEqualsTheRows("one year further");
    }

    @Test
    void randomWritesKeepTheCountsEqualToTheRows() {
        MentoringScenarios.RandomWrites writes = scenarios.randomWrites(20261207);
        List<Long> candidates = demo.ids("select id from development_candidate order by id");
        List<Long> menteeCandidates = demo.ids("select id from development_candidate c where exists (select 1"
                + " from mentoring_assignment a where a.mentee_person_id = c.person_id) order by id");
        assertThat(menteeCandidates).as("mentees among the candidates").isNotEmpty();
        LocalDate today = demo.today();
        for (int i = 0; i < 150; i++) {
            LocalDate day = today.minusDays(writes.random.nextInt(6 * 365)).plusDays(writes.random.nextInt(40));
            long cell = writes.pick(writes.cells);
            int kind = writes.random.nextInt(MentoringScenarios.RandomWrites.SHARED_KINDS + 5);
            if (!writes.write(kind, day, cell, 900)) {
                switch (kind - MentoringScenarios.RandomWrites.SHARED_KINDS) {
                    case 0 -> jdbc.sql("update mentoring_assignment set mentee_person_id = :m, goals = 'Kiểm thử' where id = :id")
                            .param("m", writes.pick(writes.people)).param("id", writes.pick(writes.assignments)).update();
                    case 1 -> jdbc.sql("update mentoring_group set formed_on = :f where id = :id")
                            .param("f", Date.valueOf(day.minusDays(writes.random.nextInt(900))))
                            .param("id", writes.pick(writes.groups)).update();
                    // an admission decided, moved back or taken back, of a mentee or of anyone
                    case 2 -> jdbc.sql("update development_candidate set decision_on = :d where id = :id")
                            .param("d", writes.random.nextInt(5) == 0 ? null : Date.valueOf(day))
                            .param("id", writes.random.nextBoolean() ? writes.pick(candidates) : writes.pick(menteeCandidates))
                            .update();
                    case 3 -> jdbc.sql("update development_candidate set organization_id = :o, org_path = :p where id = :id")
                            .param("o", cell).param("p", demo.pathOf(cell)).param("id", writes.pick(menteeCandidates)).update();
                    default -> jdbc.sql("update mentoring_assignment set start_date = :s where id = (select min(id)"
                                    + " from mentoring_assignment where mentee_person_id = (select person_id"
                                    + " from development_candidate where id = :c))")
                            .param("s", Date.valueOf(day)).param("c", writes.pick(menteeCandidates)).update();
                }
            }
            if (i % 50 == 49) {
                assertPresenceEqualsTheRows("after " + (i + 1) + " random writes");
            }
        }
        // one statement writing many rows of several people at once
        jdbc.sql("update mentoring_assignment set end_date = start_date where mod(id, 7) = 3").update();
        jdbc.sql("update mentoring_group set ended_on = formed_on where mod(id, 5) = 2").update();
        jdbc.sql("update development_candidate set decision_on = case when decision_on is null then stage_since end"
                + " where mod(id, 3) = 1").update();
        assertPresenceEqualsTheRows("after statements ending many assignments and groups, and deciding or taking back many"
                + " admissions");
    }

    @Test
    void anImportKeepsTheCounts() {
        scenarios.importTwoAssignments(LocalDate.of(2022, 2, 1));
        assertPresenceEqualsTheRows("after an import");
    }

    @Test
    void aMovedMergedAndSplitSubtreeLeavesTheCountsRight() {
        scenarios.moveMergeAndSplit(demo.today().minusYears(2), this::assertPresenceEqualsTheRows);
    }

}
