package vn.chibo.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.Subtree;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * The registrations' review marks ({@code registration_review}, Flyway V45: one per registration and period with
 * self-review rows, counting them), kept by a trigger on {@code self_review} in the writer's transaction: equal to the
 * rows grouped by registration and period, with the registration's programme and path, after random plain-SQL inserts,
 * updates and deletes, the application's review sheet and a moved subtree; and the late self-reviews counted from them
 * equal a count over the rows. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class RegistrationReviewTest {

    private static final List<String> PERIODS = List.of("2026-10", "2026-11", "2026-12", "2026-Q4", "2026");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    LateSelfReviewsTodo lateSelfReviews;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck paths;
    @Autowired
    EntityManager entityManager;

    private void assertMarksEqualTheRows(String when) {
        entityManager.flush();
        String raw = "select v.registration_id, v.review_period, min(s.programme_id), min(s.org_path), count(*)"
                + " from self_review v join registration s on s.id = v.registration_id group by v.registration_id, v.review_period";
        String kept = "select registration_id, review_period, programme_id, org_path, indicator_rows from registration_review";
        List<List<Object>> rows = jdbc.sql(raw + " order by 1, 2").query((rs, n) -> List.<Object>of(rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5))).list();
        assertThat(rows).as(when + ": rows to mark").isNotEmpty();
        assertThat(jdbc.sql(kept + " order by 1, 2").query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getString(4), rs.getLong(5))).list()).as(when).containsExactlyElementsOf(rows);
        assertLateCountsEqualTheRows(when);
    }

    /** Every programme, for the region, a division and a cell, at several period ends: marks against rows. */
    private void assertLateCountsEqualTheRows(String when) {
        List<Long> programmeIds = jdbc.sql("select id from programme order by id").query(Long.class).list();
        List<String> subtrees = List.of(demo.pathOf(demo.scopeOf("canbo")), demo.pathOf(demo.division()),
                demo.pathOf(demo.sampleCell()));
        for (long programme : programmeIds) {
            for (String path : subtrees) {
                for (String period : PERIODS) {
                    for (LocalDate ended : List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 11, 30))) {
                        long raw = jdbc.sql("select count(*) from registration s where s.programme_id = :p"
                                        + " and s.registered_on <= :ended and s.org_path like :path and not exists (select 1"
                                        + " from self_review r where r.registration_id = s.id and r.review_period = :period)")
                                .param("p", programme).param("ended", ended).param("path", path + "%").param("period", period)
                                .query(Long.class).single();
                        assertThat(lateSelfReviews.late(programme, Subtree.of(path), ended, period))
                                .as(when + ": late in " + programme + " " + path + " " + period + " by " + ended).isEqualTo(raw);
                    }
                }
            }
        }
    }

    private void insertReview(long registration, String period, String indicator) {
        jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at,"
                        + " version) select :r, :period, :code, true, 'test', :at, 0 where not exists (select 1 from self_review"
                        + " where registration_id = :r and review_period = :period and indicator_code = :code)")
                .param("r", registration).param("period", period).param("code", indicator)
                .param("at", Timestamp.from(demo.now())).update();
    }

    @Test
    void theDemoAsLoadedIsMarked() {
        assertMarksEqualTheRows("as loaded");
    }

    @Test
    void randomInsertsUpdatesAndDeletesKeepTheMarksEqualToTheRows() {
        Random random = new Random(45);
        List<Long> registrations = demo.ids("select id from registration order by id");
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 25; i++) {
                insertReview(registrations.get(random.nextInt(registrations.size())), PERIODS.get(random.nextInt(PERIODS.size())),
                        "T" + random.nextInt(3));
            }
            List<Long> rows = demo.ids("select id from self_review order by id");
            for (int i = 0; i < 10; i++) {
                jdbc.sql("delete from self_review where id = :id").param("id", rows.get(random.nextInt(rows.size()))).update();
            }
            // a period's every row at once, and rows moved to another period or registration
            List<Long> whole = demo.ids("select registration_id from self_review order by id");
            long registration = whole.get(random.nextInt(whole.size()));
            jdbc.sql("delete from self_review where registration_id = :r and review_period = (select min(review_period)"
                    + " from self_review where registration_id = :r)").param("r", registration).update();
            jdbc.sql("update self_review set review_period = :p, indicator_code = 'U' || cast(id as varchar(20))"
                            + " where id in (select id from self_review where registration_id = :r)")
                    .param("p", PERIODS.get(random.nextInt(PERIODS.size()))).param("r", whole.get(random.nextInt(whole.size())))
                    .update();
            jdbc.sql("update self_review set met = not met where registration_id = :r").param("r", registration).update();
            assertMarksEqualTheRows("after round " + round);
        }
    }

    @Test
    void theReviewSheetAndAMovedSubtreeKeepTheMarks() {
        demo.signIn("dangvien");
        long programme = demo.memberProgramme();
        long registration = demo.memberRegistration(programme, demo.personOf("dangvien"));
        String period = programmes.currentPeriod(programmes.get(programme));
        jdbc.sql("delete from self_review where registration_id = :r and review_period = :p").param("r", registration)
                .param("p", period).update();
        assertMarksEqualTheRows("a period's review deleted");
        programmes.saveReview(registration, period, Map.of(), Map.of());
        programmes.saveReview(registration, period, anyValue(registration, period), Map.of());
        assertMarksEqualTheRows("after the review sheet");
        assertThat(demo.ids("select registration_id from registration_review where registration_id = " + registration
                + " and review_period = '" + period + "'")).hasSize(1);

        treeChanges.start().moveBattalionElsewhere();
        assertMarksEqualTheRows("after a move");
        assertThat(paths.staleRowQueries().keySet()).contains(new PathCopyCheck.Column("registration_review", "org_path"));
        assertThat(paths.staleRows()).isEmpty();
    }

    /** One indicator of the registration's sheet given a value (a yes/no one when there is any). */
    private Map<String, String> anyValue(long registration, String period) {
        var indicator = programmes.sheet(registration, period).lines().get(0).indicator();
        return Map.of(indicator.code(), indicator.kind() == vn.chibo.rules.RulebookDefinition.IndicatorKind.MET ? "true" : "0");
    }
}
