package vn.chibo.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
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
 * Eight clients write the emulation records of one battalion's cells at the same moment on PostgreSQL: each
 * transaction enters the self-review of two registrations of two cells for a month (a few indicator rows each) in a
 * random order, or takes two such reviews back, or decides or reopens the assessments of two registrations in a random
 * order; the registrations are shared, so that two clients often review the same registration and month. The clients
 * share the cells' rows of {@code registration_count} and {@code self_review_count} and the registrations' marks of
 * {@code registration_review}. No transaction fails and the kept counts equal counts of the rows after the writes and
 * once they are taken back (reviews deleted, assessments restored), which leaves the shared demo as it was.
 * Before V53 no transaction failed but 11 kept rows were wrong (two clients' first review rows of one registration
 * and month, each counted as the first). Since V53 the writers of each kind take turns.
 */
@PostgresIntegrationTest
class PostgresRegistrationCountConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int TRANSACTIONS = 30;
    private static final String CODE = "KTC";
    private static final List<String> PERIODS = List.of("2026-10", "2026-11");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheCountsStayEqualToTheRows() throws Exception {
        long battalion = demo.sampleBattalion();
        String under = "select r.id from registration r join organization o on o.id = r.organization_id where o.parent_id = "
                + battalion;
        List<Long> registrations = demo.ids(under + " order by r.id");
        List<Long> assessed = demo.ids("select registration_id from assessment where registration_id in (" + under
                + ") order by registration_id");
        assertThat(registrations).as("registrations of the battalion's cells").hasSizeGreaterThanOrEqualTo(4);
        assertThat(assessed).as("assessed registrations of the battalion's cells").hasSizeGreaterThanOrEqualTo(2);
        List<Map<String, Object>> assessments = jdbc.sql("select id, status, decided_recognised from assessment"
                + " where registration_id in (" + under + ")").query().listOfRows();
        try {
            ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS, 20261207L,
                    (client, random) -> write(client, random, registrations, assessed)).print("registration counts");
            Map<String, String> differ = differences();
            System.out.println("registration counts: kept rows unequal to the raw count after the writes: " + differ.size());
            assertThat(outcome.failures()).as("failed transactions by SQLState (40P01: deadlock, 23505: unique violation)")
                    .isEmpty();
            assertThat(outcome.committed()).isEqualTo(CLIENTS * TRANSACTIONS);
            assertThat(differ).as("kept ≠ raw after the concurrent writes").isEmpty();
            assertThat(jdbc.sql("select count(*) from self_review where indicator_code like '" + CODE + "%'").query(Long.class)
                    .single()).as("review rows written").isPositive();
        } finally {
            jdbc.sql("delete from self_review where indicator_code like '" + CODE + "%'").update();
            for (Map<String, Object> a : assessments) {
                jdbc.sql("update assessment set status = :s, decided_recognised = :d where id = :id").param("s", a.get("status"))
                        .param("d", a.get("decided_recognised")).param("id", a.get("id")).update();
            }
        }
        assertThat(differences()).as("once the writes are taken back: kept ≠ raw").isEmpty();
    }

    /** One client's transaction of several statements on two of the battalion's registrations. */
    private void write(int client, Random random, List<Long> registrations, List<Long> assessed) {
        String period = PERIODS.get(random.nextInt(PERIODS.size()));
        int kind = random.nextInt(6);
        if (kind < 3) {
            // a month's self-review of two registrations, a few indicator rows each, in either order
            for (int i = 0; i < 2; i++) {
                long registration = registrations.get(random.nextInt(registrations.size()));
                String code = CODE + client + "_" + Long.toString(random.nextLong() & 0xffffffffL, 36);
                jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at,"
                                + " version) select cast(:r as bigint), cast(:p as varchar(10)), :code || c.n, true, 'kiểm thử',"
                                + " cast(:at as timestamp), 0 from (select 'A' as n union all select 'B' union all select 'C') c")
                        .param("r", registration).param("p", period).param("code", code)
                        .param("at", Timestamp.from(demo.now())).update();
            }
        } else if (kind < 5) {
            // two reviews of a month taken back, in either order
            for (int i = 0; i < 2; i++) {
                jdbc.sql("delete from self_review where registration_id = :r and review_period = :p and indicator_code like :c")
                        .param("r", registrations.get(random.nextInt(registrations.size()))).param("p", period)
                        .param("c", CODE + "%").update();
            }
        } else {
            // the assessments of two registrations decided (recognised or not) or reopened, in either order
            for (int i = 0; i < 2; i++) {
                boolean decided = random.nextBoolean();
                jdbc.sql("update assessment set status = :s, decided_recognised = :d where registration_id = :r")
                        .param("s", decided ? "DECIDED" : "PROPOSED").param("d", decided ? random.nextBoolean() : null)
                        .param("r", assessed.get(random.nextInt(assessed.size()))).update();
            }
        }
    }

    private Map<String, Long> read(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder key = new StringBuilder();
            for (int i = 1; i < columns; i++) {
                key.append(rs.getString(i)).append('/');
            }
            if (rs.getLong(columns) != 0) {
                counts.put(key.toString(), rs.getLong(columns));
            }
        });
        return counts;
    }

    /** Kept ≠ raw, the four kept counts together (keys prefixed with the table). */
    private Map<String, String> differences() {
        Map<String, String> differ = new java.util.TreeMap<>();
        for (String[] pair : new String[][] {
            {"registered ", "select programme_id, organization_id, 'r', registered from registration_count",
                "select programme_id, organization_id, 'r', count(*) from registration group by programme_id, organization_id"},
            {"recognised ", "select programme_id, organization_id, 'a', recognised from registration_count",
                "select r.programme_id, r.organization_id, 'a', count(*) from registration r join assessment a"
                    + " on a.registration_id = r.id where a.status = 'DECIDED' and a.decided_recognised = true"
                    + " group by r.programme_id, r.organization_id"},
            {"self_review_count ", "select programme_id, organization_id, review_period, reviewed from self_review_count",
                "select r.programme_id, r.organization_id, v.review_period, count(distinct r.id) from self_review v"
                    + " join registration r on r.id = v.registration_id group by r.programme_id, r.organization_id, v.review_period"},
            {"registration_review ", "select registration_id, review_period, indicator_rows from registration_review",
                "select registration_id, review_period, count(*) from self_review group by registration_id, review_period"}}) {
            ConcurrentWriters.differences(read(pair[1]), read(pair[2])).forEach((k, v) -> differ.put(pair[0] + k, v));
        }
        return differ;
    }
}
