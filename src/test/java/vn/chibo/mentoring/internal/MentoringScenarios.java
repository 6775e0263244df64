package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.mentoring.MentoringBulkEntry;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * The writes the tests of the mentoring counts kept by triggers (V46, V60) share: an assignment written in plain SQL,
 * two assignments imported, random writes of assignments and groups, and a subtree moved, merged and split with a
 * mentor on both sides of the move. Each check runs the test's own comparison with the rows after every step.
 */
@Component
class MentoringScenarios {

    static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-06T02:00:00Z"));

    private final JdbcClient jdbc;
    private final DemoFixture demo;
    private final MentoringBulkEntry bulk;
    private final TreeChanges treeChanges;
    private final PathCopyCheck paths;

    MentoringScenarios(JdbcClient jdbc, DemoFixture demo, MentoringBulkEntry bulk, TreeChanges treeChanges, PathCopyCheck paths) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.bulk = bulk;
        this.treeChanges = treeChanges;
        this.paths = paths;
    }

    long insertAssignment(long group, long mentor, long mentee, long cell, LocalDate start, LocalDate end) {
        jdbc.sql("""
                        insert into mentoring_assignment (group_id, mentor_person_id, mentee_person_id, organization_id, org_path,
                            start_date, end_date, version, created_at)
                        values (:g, :m, :e, :o, :p, :s, :end, 0, :at)""")
                .param("g", group).param("m", mentor).param("e", mentee).param("o", cell).param("p", demo.pathOf(cell))
                .param("s", Date.valueOf(start)).param("end", end == null ? null : Date.valueOf(end)).param("at", AT).update();
        return jdbc.sql("select max(id) from mentoring_assignment").query(Long.class).single();
    }

    /** The secretary of the sample cell mentors two of its masses, imported by the region officer. */
    void importTwoAssignments(LocalDate firstStart) {
        demo.signIn("canbo");
        long cell = demo.sampleCell();
        long mentor = demo.personOf("bithu");
        List<Long> masses = demo.ids("select id from person where organization_id = " + cell + " and party_status = 'MASS'"
                + " order by id");
        bulk.create(new MentoringBulkEntry.NewAssignment(mentor, masses.get(0), cell, firstStart,
                LocalDate.of(2025, 7, 31), "Giúp đỡ rèn luyện"));
        bulk.create(new MentoringBulkEntry.NewAssignment(mentor, masses.get(1), cell, LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28), "Giúp đỡ rèn luyện"));
    }

    /**
     * A mentor of the moved battalion given a mentee outside it from {@code since} (their common ancestor changes with
     * the move), then the battalion moved, two cells merged and a cell split, {@code check} after each step; the copied
     * paths of {@code copies} are checked against the tree.
     */
    void moveMergeAndSplit(LocalDate since, Consumer<String> check, PathCopyCheck.Column... copies) {
        TreeChanges.Steps tree = treeChanges.start();
        long battalion = tree.battalion();
        long outside = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' and path not like '"
                + demo.pathOf(battalion) + "%' and path like '" + demo.pathOf(demo.division()) + "%' order by id").get(0);
        long mentor = jdbc.sql("select min(mentor_person_id) from mentoring_assignment where org_path like :p and end_date is null")
                .param("p", demo.pathOf(battalion) + "%").query(Long.class).single();
        long group = jdbc.sql("select min(id) from mentoring_group where organization_id = :c").param("c", outside)
                .query(Long.class).single();
        long mentee = demo.ids("select id from person where organization_id = " + outside + " order by id").get(0);
        insertAssignment(group, mentor, mentee, outside, since, null);

        tree.moveBattalionElsewhere();
        check.accept("after a move");
        if (copies.length > 0) {
            assertThat(paths.staleRowQueries().keySet()).contains(copies);
        }
        assertThat(paths.staleRows()).isEmpty();

        TreeChanges.Merge merge = tree.mergeTwoCells();
        check.accept("after a merge");

        demo.signIn("admin");
        tree.splitACell(merge.into());
        check.accept("after a split");
        assertThat(paths.staleRows()).isEmpty();
    }

    /** Random plain-SQL writes over the region's active cells, the division's people and the demo's groups and assignments. */
    RandomWrites randomWrites(long seed) {
        return new RandomWrites(seed);
    }

    /**
     * The random writes the counts' tests share, kinds 0 to {@code SHARED_KINDS - 1}: an assignment opened (twice as
     * likely), ended or reopened, moved to another cell, handed to another mentor with an earlier start, one opened here
     * deleted, a group ended or reopened and moved. A test draws kinds of its own above them.
     */
    final class RandomWrites {

        static final int SHARED_KINDS = 7;

        final Random random;
        final List<Long> cells;
        final List<Long> people;
        final List<Long> groups;
        final List<Long> assignments;
        private final List<Long> inserted = new ArrayList<>();

        private RandomWrites(long seed) {
            random = new Random(seed);
            String division = demo.pathOf(demo.division());
            cells = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' order by id");
            people = demo.ids("select id from person where org_path like '" + division + "%' order by id");
            groups = demo.ids("select id from mentoring_group order by id");
            assignments = demo.ids("select id from mentoring_assignment order by id");
        }

        <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        /**
         * Writes the shared kind {@code kind} dated {@code day} in {@code cell}; an opened assignment ends up to
         * {@code endSpread} days later, or never. Returns false for a kind of the test's own.
         */
        boolean write(int kind, LocalDate day, long cell, int endSpread) {
            switch (kind) {
                case 0, 1 -> inserted.add(insertAssignment(pick(groups), pick(people), pick(people), cell, day,
                        random.nextBoolean() ? null : day.plusDays(random.nextInt(endSpread) - 20)));
                case 2 -> jdbc.sql("update mentoring_assignment set end_date = :e where id = :id")
                        .param("e", random.nextInt(4) == 0 ? null : Date.valueOf(day)).param("id", pick(assignments)).update();
                case 3 -> jdbc.sql("update mentoring_assignment set organization_id = :o, org_path = :p where id = :id")
                        .param("o", cell).param("p", demo.pathOf(cell)).param("id", pick(assignments)).update();
                case 4 -> jdbc.sql("update mentoring_assignment set mentor_person_id = :m, start_date = :s where id = :id")
                        .param("m", pick(people)).param("s", Date.valueOf(day.minusDays(200))).param("id", pick(assignments))
                        .update();
                case 5 -> {
                    if (!inserted.isEmpty()) {
                        jdbc.sql("delete from mentoring_assignment where id = :id")
                                .param("id", inserted.remove(random.nextInt(inserted.size()))).update();
                    }
                }
                case 6 -> jdbc.sql("update mentoring_group set ended_on = :e, org_path = :p where id = :id")
                        .param("e", random.nextBoolean() ? null : Date.valueOf(day)).param("p", demo.pathOf(cell))
                        .param("id", pick(groups)).update();
                default -> {
                    return false;
                }
            }
            return true;
        }
    }
}
