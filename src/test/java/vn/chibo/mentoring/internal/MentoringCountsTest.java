package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;

/**
 * The mentoring board's yearly counts ({@code mentoring_count}, {@code mentoring_review_count} and the mentors' spells,
 * Flyway V46), kept by triggers in the writer's transaction: the board read from them equals the rows counted raw, per
 * child, for whole years, parts of years and past days, after random plain-SQL writes (assignments opened, ended, moved
 * between cells, given to another mentor, deleted; groups, sessions, outcomes, reviews, awards), an import, and moved, merged and
 * split subtrees. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class MentoringCountsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    MentoringBoard board;
    @Autowired
    MentoringScenarios scenarios;
    @Autowired
    EntityManager entityManager;

    /** The board equals the raw counts for the region, the division and a cell, for whole years, parts and past days. */
    void assertBoardEqualsTheRows(String when) {
        entityManager.flush();
        demo.signIn("admin");
        int year = demo.today().getYear();
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31)},
                new LocalDate[] {LocalDate.of(year - 1, 3, 15), LocalDate.of(year, 8, 20)},
                new LocalDate[] {LocalDate.of(year, 2, 10), LocalDate.of(year, 6, 30)});
        long region = demo.ids("select id from organization where parent_id is null order by id").get(0);
        for (long organization : List.of(region, demo.division(), demo.sampleCell())) {
            for (LocalDate[] period : periods) {
                MentoringBoard.Board shown = board.board(organization, period[0], period[1]);
                LocalDate end = period[1].isAfter(demo.today()) ? demo.today() : period[1];
                var raw = new RawBoardCounts(jdbc).count(demo.pathOf(organization), period[0], end, shown.period());
                assertThat(RawBoardCounts.of(shown))
                        .as(when + ": " + demo.pathOf(organization) + " " + period[0] + ".." + period[1])
                        .isEqualTo(RawBoardCounts.folded(raw, shown));
            }
        }
        // the spells kept are the spells counted again from the assignments
        assertThat(jdbc.sql("select mentor_person_id, organization_id, org_path, event_day, delta from mentoring_mentor_event")
                .query((rs, n) -> rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getDate(4) + "|"
                        + rs.getLong(5)).set()).as(when)
                .isEqualTo(jdbc.sql(MentorSpells.EVENTS.replace("{mentors}", "1 = 1")).query((rs, n) -> rs.getLong(1) + "|"
                        + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getDate(4) + "|" + rs.getLong(5)).set());
    }

    @Test
    void theDemoAsLoadedIsCounted() {
        assertThat(jdbc.sql("select count(*) from mentoring_count").query(Long.class).single()).isPositive();
        assertBoardEqualsTheRows("as loaded");
    }

    @Test
    void theBoardReadsTheCountsNotTheRows() {
        demo.signIn("bithu");
        long cell = demo.sampleCell();
        int year = demo.today().getYear();
        MentoringBoard.Figures before = board.board(cell).total();
        // a count kept wrong on purpose shows where the board reads its figures from
        jdbc.sql("update mentoring_count set sessions_held = sessions_held + 1000, running_mentors = running_mentors + 7"
                + " where organization_id = :o and count_year = :y").param("o", cell).param("y", year).update();
        MentoringBoard.Figures after = board.board(cell).total();
        assertThat(after.sessionsThisMonth).isEqualTo(before.sessionsThisMonth + 1000);
        assertThat(after.mentors).isEqualTo(before.mentors + 7);
    }

    @Test
    void aMentorInTwoCellsIsOneMentorOfTheirCommonAncestorAndOneOfEachCell() {
        long cell = demo.sampleCell();
        long other = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' and id <> " + cell
                + " and path like '" + demo.pathOf(demo.division()) + "%' order by id").get(0);
        long mentor = jdbc.sql("select min(mentor_person_id) from mentoring_assignment where organization_id = :c"
                + " and end_date is null").param("c", cell).query(Long.class).single();
        long group = jdbc.sql("select min(id) from mentoring_group where organization_id = :c").param("c", other)
                .query(Long.class).single();
        long mentee = demo.ids("select id from person where organization_id = " + other + " order by id").get(0);
        insertAssignment(group, mentor, mentee, other, demo.today().minusMonths(2), null);
        assertBoardEqualsTheRows("a mentor mentoring in two cells");
    }

    @Test
    void randomWritesKeepTheCountsEqualToTheRows() {
        MentoringScenarios.RandomWrites writes = scenarios.randomWrites(20261206);
        LocalDate today = demo.today();
        for (int i = 0; i < 240; i++) {
            LocalDate day = today.minusDays(writes.random.nextInt(3 * 365)).plusDays(writes.random.nextInt(40));
            long cell = writes.pick(writes.cells);
            int kind = writes.random.nextInt(MentoringScenarios.RandomWrites.SHARED_KINDS + 4);
            if (!writes.write(kind, day, cell, 400)) {
                switch (kind - MentoringScenarios.RandomWrites.SHARED_KINDS) {
                    case 0 -> jdbc.sql("""
                                    insert into mentoring_session (group_id, org_path, held_on, topics, recorded_by, version, created_at)
                                    values (:g, :p, :d, 'Kiểm thử', 'test', 0, :at)""")
                            .param("g", writes.pick(writes.groups)).param("p", demo.pathOf(cell)).param("d", Date.valueOf(day))
                            .param("at", MentoringScenarios.AT).update();
                    case 1 -> insertAward(writes.pick(writes.people), day, i);
                    case 2 -> jdbc.sql("update award_record set decision_date = :d where id = (select min(id) from award_record"
                            + " where id >= :id and person_id is not null)").param("d", Date.valueOf(day))
                            .param("id", writes.random.nextInt(300)).update();
                    default -> {
                        jdbc.sql("update mentoring_outcome set occurred_on = :d where id = (select min(id) from mentoring_outcome"
                                + " where id >= :id)").param("d", Date.valueOf(day)).param("id", writes.random.nextInt(500)).update();
                        jdbc.sql("update mentoring_review set rating = case rating when 'GOOD' then 'AVERAGE' else 'GOOD' end,"
                                + " org_path = :p where id = (select min(id) from mentoring_review where id >= :id)")
                                .param("p", demo.pathOf(cell)).param("id", writes.random.nextInt(500)).update();
                    }
                }
            }
            if (i % 80 == 79) {
                assertBoardEqualsTheRows("after " + (i + 1) + " random writes");
            }
        }
        jdbc.sql("delete from mentoring_session where topics = 'Kiểm thử' and id % 2 = 0").update();
        assertBoardEqualsTheRows("after deleting sessions");
    }

    @Test
    void anImportKeepsTheCounts() {
        scenarios.importTwoAssignments(LocalDate.of(2024, 2, 1));
        assertBoardEqualsTheRows("after an import");
    }

    @Test
    void aMovedMergedAndSplitSubtreeLeavesTheCountsRight() {
        scenarios.moveMergeAndSplit(demo.today().minusMonths(5), this::assertBoardEqualsTheRows, new PathCopyCheck.Column("mentoring_count", "org_path"),
                new PathCopyCheck.Column("mentoring_mentor_event", "org_path"));
    }

    void insertAward(long person, LocalDate on, int i) {
        jdbc.sql("""
                        insert into award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key,
                            sort_key, award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at,
                            updated_at, version)
                        select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, 'CERTIFICATE_OF_MERIT',
                            'REGION', :number, :on, 'Kiểm thử', 'test', :at, :at, 0 from person p where p.id = :p""")
                .param("number", "KT-" + i + "/QĐ").param("on", Date.valueOf(on)).param("at", MentoringScenarios.AT).param("p", person).update();
    }

    long insertAssignment(long group, long mentor, long mentee, long cell, LocalDate start, LocalDate end) {
        return scenarios.insertAssignment(group, mentor, mentee, cell, start, end);
    }
}
