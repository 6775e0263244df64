package vn.chibo.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.chibo.support.ConcurrentWriters;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * Eight clients classify the members of one battalion's cells in one round at the same moment on PostgreSQL: each
 * transaction proposes, decides (with a grade) or reopens three entries one statement each, in a random order, or two
 * entries in one statement, so that they share the round's group rows of {@code classification_group_count} (one per
 * group, kind, status and grade) and move entries between them in opposite directions (one client's decision is
 * another's reopening). No transaction fails and the kept counts equal counts of the entries after the writes and once
 * every entry is restored, which leaves the shared demo as it was.
 * Before V53, 127 and 143 of the 240 transactions failed with a deadlock in two runs. Since V53 the writers of each
 * kind take turns.
 */
@PostgresIntegrationTest
class PostgresClassificationCountsConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int TRANSACTIONS = 30;
    private static final String[][] STEPS = {{"PENDING", null}, {"PROPOSED", null}, {"DECIDED", "GOOD"}, {"DECIDED", "EXCELLENT"},
        {"DECIDED", "COMPLETED"}};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheCountsStayEqualToTheEntries() throws Exception {
        long battalion = demo.sampleBattalion();
        String path = demo.pathOf(battalion);
        long round = demo.ids("select round_id from classification_entry where org_path like '" + path + "%'"
                + " group by round_id order by count(*) desc, round_id").get(0);
        List<Long> entries = demo.ids("select id from classification_entry where round_id = " + round + " and org_path like '"
                + path + "%' order by id");
        assertThat(entries).as("entries of the battalion in one round").hasSizeGreaterThanOrEqualTo(6);
        List<Map<String, Object>> before = jdbc.sql("select id, status, decided_grade from classification_entry where round_id = :r"
                + " and org_path like :p").param("r", round).param("p", path + "%").query().listOfRows();
        try {
            ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS, 20261207L,
                    (client, random) -> write(random, entries)).print("classification_group_count");
            Map<String, String> differ = ConcurrentWriters.differences(kept(), raw());
            System.out.println("classification_group_count: kept rows unequal to the raw count after the writes: " + differ.size());
            assertThat(outcome.failures()).as("failed transactions by SQLState (40P01: deadlock, 23505: unique violation)")
                    .isEmpty();
            assertThat(outcome.committed()).isEqualTo(CLIENTS * TRANSACTIONS);
            assertThat(differ).as("kept ≠ raw after the concurrent writes").isEmpty();
        } finally {
            for (Map<String, Object> e : before) {
                jdbc.sql("update classification_entry set status = :s, decided_grade = :g where id = :id").param("s", e.get("status"))
                        .param("g", e.get("decided_grade")).param("id", e.get("id")).update();
            }
        }
        assertThat(ConcurrentWriters.differences(kept(), raw())).as("once the entries are restored: kept ≠ raw").isEmpty();
    }

    /** One client's transaction: three entries one by one, or two in one statement, each to a random step. */
    private void write(Random random, List<Long> entries) {
        if (random.nextInt(4) == 0) {
            String[] step = STEPS[random.nextInt(STEPS.length)];
            jdbc.sql("update classification_entry set status = :s, decided_grade = :g where id in (:a, :b)").param("s", step[0])
                    .param("g", step[1]).param("a", entries.get(random.nextInt(entries.size())))
                    .param("b", entries.get(random.nextInt(entries.size()))).update();
            return;
        }
        for (int i = 0; i < 3; i++) {
            String[] step = STEPS[random.nextInt(STEPS.length)];
            jdbc.sql("update classification_entry set status = :s, decided_grade = :g where id = :id").param("s", step[0])
                    .param("g", step[1]).param("id", entries.get(random.nextInt(entries.size()))).update();
        }
    }

    private Map<String, Long> kept() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select round_id, quota_group, subject_kind, status, grade, stray_org_id, entries from classification_group_count")
                .query(rs -> {
                    if (rs.getLong(7) != 0) {
                        counts.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                                + rs.getString(5) + "/" + rs.getLong(6), rs.getLong(7));
                    }
                });
        return counts;
    }

    private Map<String, Long> raw() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),"
                        + " case when org_path like deciding_org_path || '%' then 0 else organization_id end, count(*)"
                        + " from classification_entry group by 1, 2, 3, 4, 5, 6")
                .query(rs -> {
                    counts.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                            + rs.getString(5) + "/" + rs.getLong(6), rs.getLong(7));
                });
        return counts;
    }
}
