package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * Writers of one battalion's cells at the same moment on PostgreSQL: eight clients open, end and delete assignments whose
 * mentor comes from another cell of the battalion (so that each such mentor's spells weigh -1 on the battalion's and the
 * regiment's yearly rows, the rows every writer of the battalion then shares), each write in a transaction of its own.
 * No write fails (no deadlock between the count rows), and the board read from the kept counts equals the rows counted
 * raw afterwards and once the writes are taken back. The writes are committed, then deleted, so the shared demo is as
 * it was.
 */
@PostgresIntegrationTest
class PostgresMentoringCountsConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int WRITES = 30;
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-06T02:00:00Z"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    MentoringBoard board;
    @Autowired
    PlatformTransactionManager transactionManager;

    record Cell(long id, String path, long group, List<Long> mentors, List<Long> mentees) {
    }

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheCountsStayEqualToTheRows() throws Exception {
        List<Cell> cells = cellsOfTheSampleBattalion();
        assertThat(cells).as("cells of the battalion with mentors and mentees").hasSizeGreaterThanOrEqualTo(2);
        List<Long> inserted = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(20261206L + c);
                done.add(clients.submit(() -> {
                    start.await();
                    for (int w = 0; w < WRITES; w++) {
                        try {
                            Long opened = transactions.execute(status -> write(random, cells, inserted));
                            if (opened != null) {
                                inserted.add(opened);
                            }
                        } catch (RuntimeException e) {
                            failures.merge(sqlState(e), 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            assertThat(failures).as("failed writes by SQLState (40P01: deadlock)").isEmpty();
            assertThat(inserted).hasSizeGreaterThan(CLIENTS * WRITES / 4);
            assertThat(jdbc.sql("select count(*) from mentoring_mentor_event e join organization o on o.id = e.organization_id"
                    + " where e.delta < 0 and o.type <> 'CELL'").query(Long.class).single())
                    .as("spells weighing on the cells' common ancestors").isPositive();
            assertBoardEqualsTheRows("after the concurrent writes", cells.get(0).id());
        } finally {
            clients.shutdownNow();
            for (long id : inserted) {
                jdbc.sql("delete from mentoring_assignment where id = :id").param("id", id).update();
            }
        }
        assertBoardEqualsTheRows("once the writes are taken back", cells.get(0).id());
    }

    /**
     * One client's write: a cross-cell assignment opened (its id returned, listed once committed), or one of those opened
     * before ended, or deleted (it stays listed: the clean-up's delete then finds nothing).
     */
    private Long write(Random random, List<Cell> cells, List<Long> inserted) {
        int kind = random.nextInt(4);
        if (kind >= 2 || inserted.isEmpty()) {
            Cell from = cells.get(random.nextInt(cells.size()));
            Cell into = cells.get(random.nextInt(cells.size()));
            long id = jdbc.sql("""
                            insert into mentoring_assignment (group_id, mentor_person_id, mentee_person_id, organization_id, org_path,
                                start_date, end_date, version, created_at)
                            values (:g, :m, :e, :o, :p, :s, null, 0, :at) returning id""")
                    .param("g", into.group()).param("m", from.mentors().get(random.nextInt(from.mentors().size())))
                    .param("e", into.mentees().get(random.nextInt(into.mentees().size()))).param("o", into.id())
                    .param("p", into.path()).param("s", Date.valueOf(demo.today().minusDays(30 + random.nextInt(700))))
                    .param("at", AT).query(Long.class).single();
            return id;
        }
        long id;
        synchronized (inserted) {
            id = inserted.get(random.nextInt(inserted.size()));
        }
        if (kind == 0) {
            jdbc.sql("update mentoring_assignment set end_date = :end, end_reason = 'TRANSFERRED' where id = :id and end_date is null")
                    .param("end", Date.valueOf(demo.today().minusDays(random.nextInt(20)))).param("id", id).update();
        } else {
            jdbc.sql("delete from mentoring_assignment where id = :id").param("id", id).update();
        }
        return null;
    }

    private List<Cell> cellsOfTheSampleBattalion() {
        long battalion = demo.sampleBattalion();
        List<Cell> cells = new ArrayList<>();
        for (var row : jdbc.sql("select id, path from organization where parent_id = :b and type = 'CELL' and status = 'ACTIVE'"
                + " order by id").param("b", battalion).query().listOfRows()) {
            long cell = ((Number) row.get("id")).longValue();
            List<Long> mentors = demo.ids("select distinct mentor_person_id from mentoring_assignment where organization_id = " + cell
                    + " and end_date is null order by 1");
            List<Long> mentees = demo.ids("select id from person where organization_id = " + cell + " order by id");
            List<Long> groups = demo.ids("select id from mentoring_group where organization_id = " + cell + " order by id");
            if (!mentors.isEmpty() && !mentees.isEmpty() && !groups.isEmpty()) {
                cells.add(new Cell(cell, (String) row.get("path"), groups.get(0), mentors, mentees));
            }
        }
        return cells;
    }

    /** The board equals the raw counts for the region, the division and a cell of the battalion, this year and three. */
    private void assertBoardEqualsTheRows(String when, long cell) {
        demo.signIn("admin");
        try {
            int year = demo.today().getYear();
            long region = demo.ids("select id from organization where parent_id is null order by id").get(0);
            long battalion = jdbc.sql("select parent_id from organization where id = :c").param("c", cell).query(Long.class).single();
            for (long organization : List.of(region, demo.division(), battalion, cell)) {
                for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)},
                        new LocalDate[] {LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31)})) {
                    MentoringBoard.Board shown = board.board(organization, period[0], period[1]);
                    var raw = new RawBoardCounts(jdbc).count(demo.pathOf(organization), period[0], demo.today(), shown.period());
                    assertThat(RawBoardCounts.of(shown)).as(when + ": " + demo.pathOf(organization) + " from " + period[0])
                            .isEqualTo(RawBoardCounts.folded(raw, shown));
                }
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }
}
