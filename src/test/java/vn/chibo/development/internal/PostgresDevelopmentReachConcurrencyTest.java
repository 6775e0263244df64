package vn.chibo.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Eight clients record the development steps of one battalion's candidates at the same moment on PostgreSQL: each
 * transaction records steps of two candidates of two cells in a random order (one client's cell A then cell B is
 * another's B then A), or moves two of its steps to other years, or deletes two, so that they share the cells' rows of
 * {@code development_reach_count} (one per organization, year and previous year) and often the same candidate and
 * stage. No transaction fails (no deadlock, no unique violation on a year's first row) and the kept counts equal the
 * rows worked out from the events after the writes and once the steps are deleted again, which leaves the shared demo
 * as it was.
 * Before V53, 8 and 26 of the 240 transactions failed with a deadlock in two runs, and 25 kept rows were wrong (two
 * clients' steps of one candidate and stage, each counted without the other's). Since V53 the writers of each kind
 * take turns.
 */
@PostgresIntegrationTest
class PostgresDevelopmentReachConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int TRANSACTIONS = 30;
    private static final String BY = "kiểm thử đồng thời ";
    private static final String[] STAGES = {"SOURCE", "SYMPATHISER", "CANDIDATE"};
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
    PlatformTransactionManager transactionManager;

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheCountsStayEqualToTheEvents() throws Exception {
        long battalion = demo.sampleBattalion();
        List<Long> candidates = demo.ids("select c.id from development_candidate c join organization o on o.id = c.organization_id"
                + " where o.parent_id = " + battalion + " order by c.id");
        assertThat(demo.ids("select distinct organization_id from development_candidate where id in ("
                + String.join(",", candidates.stream().map(String::valueOf).toList()) + ")"))
                .as("cells of the battalion with candidates").hasSizeGreaterThanOrEqualTo(2);
        try {
            ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS, 20261207L,
                    (client, random) -> write(client, random, candidates)).print("development_reach_count");
            Map<String, String> differ = ConcurrentWriters.differences(kept(), raw());
            System.out.println("development_reach_count: kept rows unequal to the raw count after the writes: " + differ.size());
            assertThat(outcome.failures()).as("failed transactions by SQLState (40P01: deadlock, 23505: unique violation)")
                    .isEmpty();
            assertThat(outcome.committed()).isEqualTo(CLIENTS * TRANSACTIONS);
            assertThat(differ).as("kept ≠ raw after the concurrent writes").isEmpty();
            assertThat(jdbc.sql("select count(*) from development_event where recorded_by like :b").param("b", BY + "%")
                    .query(Long.class).single()).as("steps recorded").isGreaterThan(CLIENTS * TRANSACTIONS / 2);
        } finally {
            jdbc.sql("delete from development_event where recorded_by like :b").param("b", BY + "%").update();
        }
        assertThat(ConcurrentWriters.differences(kept(), raw())).as("once the steps are deleted: kept ≠ raw").isEmpty();
    }

    /** One client's transaction of several statements on two of the battalion's candidates. */
    private void write(int client, Random random, List<Long> candidates) {
        List<Long> mine = demo.ids("select id from development_event where recorded_by = '" + BY + client + "' order by id");
        int kind = mine.size() < 2 ? 0 : random.nextInt(4);
        long a = candidates.get(random.nextInt(candidates.size()));
        long b = candidates.get(random.nextInt(candidates.size()));
        String stage = STAGES[random.nextInt(STAGES.length)];
        switch (kind) {
            case 0, 1 -> {
                for (long candidate : new long[] {a, b}) {
                    jdbc.sql("insert into development_event (candidate_id, stage, occurred_on, recorded_by, recorded_at)"
                                    + " values (:c, :s, :on, :by, :at)")
                            .param("c", candidate).param("s", stage).param("on", day(random)).param("by", BY + client)
                            .param("at", Timestamp.from(demo.now())).update();
                }
            }
            case 2 -> {
                for (int i = 0; i < 2; i++) {
                    jdbc.sql("update development_event set occurred_on = :on where id = :id").param("on", day(random))
                            .param("id", mine.get(random.nextInt(mine.size()))).update();
                }
            }
            default -> {
                for (int i = 0; i < 2; i++) {
                    jdbc.sql("delete from development_event where id = :id").param("id", mine.get(random.nextInt(mine.size())))
                            .update();
                }
            }
        }
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private Map<String, Long> raw() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(RAW).query(rs -> {
            counts.put(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4), rs.getLong(5));
        });
        return counts;
    }

    private Map<String, Long> kept() {
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
}
