package vn.chibo.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.chibo.support.ConcurrentWriters;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * Eight clients write the meetings of one battalion's cells at the same moment on PostgreSQL, so that they share the
 * battalion's rows of {@code meeting_month_roll} (one per unit, month and period): each transaction records two
 * meetings in two cells and two months in a random order (one client's January-then-March is another's
 * March-then-January), or changes the status, score and attendance of two of its meetings of two months in a random
 * order, or moves one to another cell and month, or deletes one; or, on four meetings all clients share, makes a live
 * entry (the meeting locked first by {@code MeetingStore.lock}, then recounted) or rescores two in either order. No
 * transaction fails (no deadlock on the rollup's rows, no unique violation on a month's first row), and the rollup
 * equals the meetings after the writes and once they are deleted again, which leaves the shared demo as it was; so do
 * the counts per child of every ancestor (V59), whose national and regional rows every client shares.
 * Before V53 (without the shared meetings), 40 to 44 of the 240 transactions failed with a deadlock; with V53 but a
 * {@code MeetingStore.lock} that did not take the turn first, 22. Since V53 the writers of each kind take turns.
 */
@PostgresIntegrationTest
class PostgresMeetingMonthRollConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int TRANSACTIONS = 30;
    private static final String TOPIC = "Kiểm thử đồng thời ";
    private static final String COLUMNS = "organization_id, org_path, kind, combined_thematic, period, topic, meeting_date,"
            + " start_time, status, official_count, probationary_count, present_count, excused_count, unexcused_count, speaker_count,"
            + " contribution_count, supervisor_present, score, grade, flat, created_by, created_at, updated_at, version";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MeetingStore store;

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheRollupStaysEqualToTheMeetings() throws Exception {
        long battalion = demo.sampleBattalion();
        List<Long> cells = demo.ids("select id from organization where parent_id = " + battalion
                + " and type = 'CELL' and status = 'ACTIVE' order by id");
        assertThat(cells).as("cells of the battalion").hasSizeGreaterThanOrEqualTo(2);
        long template = demo.ids("select min(id) from meeting where status = 'HELD' and kind = 'REGULAR'").get(0);
        YearMonth month = YearMonth.from(demo.today()).minusMonths(1);
        List<YearMonth> months = List.of(month.minusMonths(2), month.minusMonths(1), month);
        List<Long> shared = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                shared.add(insertCopy(template, cells.get(i % cells.size()), TOPIC + "shared", months.get(i % months.size()).atDay(5)));
            }
            ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS, 20261207L,
                    (client, random) -> write(client, random, cells, months, template, shared)).print("meeting_month_roll");
            MonthRollCheck check = new MonthRollCheck(jdbc);
            Map<String, String> differ = ConcurrentWriters.differences(check.kept(), check.raw());
            Map<String, String> differPerChild = ConcurrentWriters.differences(check.keptPerChild(), check.rawPerChild());
            System.out.println("meeting_month_roll: kept rows unequal to the raw count after the writes: " + differ.size()
                    + "; meeting_child_month: " + differPerChild.size());
            assertThat(outcome.failures()).as("failed transactions by SQLState (40P01: deadlock, 23505: unique violation)")
                    .isEmpty();
            assertThat(outcome.committed()).isEqualTo(CLIENTS * TRANSACTIONS);
            assertThat(differ).as("kept ≠ raw after the concurrent writes").isEmpty();
            assertThat(differPerChild).as("kept per child ≠ raw after the concurrent writes").isEmpty();
            assertThat(check.keptThematicQuarters()).as("thematic quarters after the concurrent writes")
                    .isEqualTo(check.rawThematicQuarters());
            assertThat(jdbc.sql("select count(*) from meeting where topic like :t").param("t", TOPIC + "%").query(Long.class)
                    .single()).as("meetings written").isGreaterThan(CLIENTS * TRANSACTIONS / 4);
        } finally {
            jdbc.sql("delete from meeting where topic like :t").param("t", TOPIC + "%").update();
        }
        MonthRollCheck check = new MonthRollCheck(jdbc);
        assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("once the writes are deleted: kept ≠ raw").isEmpty();
        assertThat(ConcurrentWriters.differences(check.keptPerChild(), check.rawPerChild())).as("once deleted: per child ≠ raw")
                .isEmpty();
    }

    /**
     * What taking turns costs where the writers shared no count row before: eight clients each rescoring a meeting of a
     * cell of its own unit, one statement a transaction. Before V53 they ran side by side; since, they queue on the
     * meetings' lock. Measured (printed) three times each way, alternately with V53's lock trigger disabled and enabled
     * (the only place that switches it off, and it is switched on again), rather than bounded; no transaction fails
     * and the rollup stays right.
     */
    @Test
    void eightWritersOfEightUnitsTakeTurnsAndTheRollupStaysEqualToTheMeetings() throws Exception {
        List<Long> cells = demo.ids("select min(id) from organization where type = 'CELL' and status = 'ACTIVE'"
                + " group by parent_id order by 1");
        assertThat(cells).as("cells of different units").hasSizeGreaterThanOrEqualTo(2);
        long template = demo.ids("select min(id) from meeting where status = 'HELD' and kind = 'REGULAR'").get(0);
        LocalDate date = YearMonth.from(demo.today()).minusMonths(1).atDay(10);
        List<Long> meetings = new java.util.ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                meetings.add(insertCopy(template, cells.get(c % cells.size()), TOPIC + "unit " + c, date));
            }
            for (int run = 1; run <= 6; run++) {
                // alternately without and with V53's lock, so that both see the same load of the machine
                boolean inTurn = run % 2 == 0;
                jdbc.sql("alter table meeting " + (inTurn ? "enable" : "disable") + " trigger meeting_count_lock").update();
                ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, 100, 20261208L + run,
                        (client, random) -> jdbc.sql("update meeting set present_count = :n, score = :score where id = :id")
                                .param("n", random.nextInt(30)).param("score", new BigDecimal(random.nextInt(10000)).movePointLeft(2))
                                .param("id", meetings.get(client)).update())
                        .print("meeting_month_roll, " + Math.min(CLIENTS, cells.size()) + " units, one statement a transaction, "
                                + (inTurn ? "in turn (V53)" : "side by side (lock trigger disabled)"));
                assertThat(outcome.failures()).as("failed transactions by SQLState").isEmpty();
            }
            MonthRollCheck check = new MonthRollCheck(jdbc);
            assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("after the writes: kept ≠ raw").isEmpty();
            assertThat(ConcurrentWriters.differences(check.keptPerChild(), check.rawPerChild())).as("after the writes: per child ≠ raw")
                    .isEmpty();
        } finally {
            jdbc.sql("alter table meeting enable trigger meeting_count_lock").update();
            jdbc.sql("delete from meeting where topic like :t").param("t", TOPIC + "%").update();
        }
        MonthRollCheck check = new MonthRollCheck(jdbc);
        assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("once the writes are deleted: kept ≠ raw").isEmpty();
        assertThat(ConcurrentWriters.differences(check.keptPerChild(), check.rawPerChild())).as("once deleted: per child ≠ raw")
                .isEmpty();
    }

    /** A held thematic meeting copied from the template into a cell and day (thematic: no one-per-month key). */
    private long insertCopy(long template, long cell, String topic, LocalDate date) {
        return jdbc.sql("insert into meeting (" + COLUMNS + ") select :cell, :path, 'THEMATIC', false, :period, :topic, :date,"
                        + " start_time, 'HELD', official_count, probationary_count, present_count, excused_count,"
                        + " unexcused_count, speaker_count, contribution_count, supervisor_present, score, grade, flat,"
                        + " created_by, created_at, updated_at, 0 from meeting where id = :id returning id")
                .param("cell", cell).param("path", demo.pathOf(cell)).param("period", YearMonth.from(date).toString())
                .param("topic", topic).param("date", date).param("id", template).query(Long.class).single();
    }

    /** One client's transaction of several statements, on the battalion's cells and three months. */
    private void write(int client, Random random, List<Long> cells, List<YearMonth> months, long template, List<Long> shared) {
        List<Long> mine = demo.ids("select id from meeting where topic = '" + TOPIC + client + "' order by id");
        int kind = mine.size() < 2 ? 0 : random.nextInt(7);
        switch (kind) {
            case 0, 1 -> {
                // two meetings recorded in two cells and two months, in either order
                int first = random.nextInt(months.size());
                int second = (first + 1 + random.nextInt(months.size() - 1)) % months.size();
                for (int m : new int[] {first, second}) {
                    LocalDate date = months.get(m).atDay(1 + random.nextInt(28));
                    long cell = cells.get(random.nextInt(cells.size()));
                    insertCopy(template, cell, TOPIC + client, date);
                }
            }
            case 2 -> {
                // two of its meetings rescored and their attendance changed, in either order
                long a = mine.get(random.nextInt(mine.size()));
                long b = mine.get(random.nextInt(mine.size()));
                for (long id : random.nextBoolean() ? new long[] {a, b} : new long[] {b, a}) {
                    jdbc.sql("update meeting set status = :s, score = :score, grade = :g, present_count = present_count + 1"
                                    + " where id = :id")
                            .param("s", random.nextInt(4) == 0 ? "PLANNED" : "HELD")
                            .param("score", new BigDecimal(random.nextInt(10000)).movePointLeft(2))
                            .param("g", random.nextBoolean() ? "GOOD" : "FAIR").param("id", id).update();
                }
            }
            case 3 -> {
                YearMonth to = months.get(random.nextInt(months.size()));
                long cell = cells.get(random.nextInt(cells.size()));
                jdbc.sql("update meeting set organization_id = :o, org_path = :p, meeting_date = :d, period = :period where id = :id")
                        .param("o", cell).param("p", demo.pathOf(cell)).param("d", to.atDay(1 + random.nextInt(28)))
                        .param("period", to.toString()).param("id", mine.get(random.nextInt(mine.size()))).update();
            }
            case 4 -> jdbc.sql("delete from meeting where id = :id").param("id", mine.get(random.nextInt(mine.size()))).update();
            case 5 -> {
                // a live entry in a meeting all clients write: the meeting locked first (MeetingStore.lock), then recounted
                long id = shared.get(random.nextInt(shared.size()));
                store.lock(id).orElseThrow();
                jdbc.sql("update meeting set present_count = present_count + 1 where id = :id").param("id", id).update();
            }
            default -> {
                // two of the meetings all clients write rescored in either order, as a batch of rescoring does
                long a = shared.get(random.nextInt(shared.size()));
                long b = shared.get(random.nextInt(shared.size()));
                for (long id : new long[] {a, b}) {
                    jdbc.sql("update meeting set score = :score where id = :id")
                            .param("score", new BigDecimal(random.nextInt(10000)).movePointLeft(2)).param("id", id).update();
                }
            }
        }
    }
}
