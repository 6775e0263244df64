package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.chibo.support.ConcurrentWriters;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PeopleCountCheck;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * Eight clients write the people of one battalion's cells at the same moment on PostgreSQL, so that they share the
 * cells' rows of {@code person_status_count} (one per organization and status): each transaction makes two to four
 * person writes, one statement each, in an order of its own: a person moved to a random cell of the battalion, a
 * status step (MASS → SYMPATHISER → PROBATIONARY → OFFICIAL → STRUCK_OFF → MASS), a person entered in a random cell or
 * one of the client's own deleted. No transaction fails (no deadlock between the count rows), and the kept counts equal
 * the person rows, row by row and summed under the battalion and every organization above it, after the writes and once
 * the written people are deleted again, which leaves the shared demo as it was. Before V56, 69 and 58 of the 240
 * transactions failed with a deadlock (40P01); since V56 the people-count writers take turns.
 */
@PostgresIntegrationTest
class PostgresPeopleCountsConcurrencyTest {

    private static final int CLIENTS = 8;
    private static final int TRANSACTIONS = 30;
    private static final String NAME = "Kiểm thử đồng thời ";
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-07T02:00:00Z"));
    private static final List<String> STATUSES = List.of("MASS", "SYMPATHISER", "PROBATIONARY", "OFFICIAL", "STRUCK_OFF");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PersonCounts counts;

    @Test
    void eightWritersOfOneBattalionNeverFailAndTheCountsStayEqualToThePeople() throws Exception {
        long battalion = demo.sampleBattalion();
        List<Long> cells = demo.ids("select id from organization where parent_id = " + battalion
                + " and type = 'CELL' and status = 'ACTIVE' order by id");
        assertThat(cells).as("cells of the battalion").hasSizeGreaterThanOrEqualTo(2);
        try {
            Random seed = new Random(20261207L);
            for (int c = 0; c < CLIENTS; c++) {
                for (int i = 0; i < 4; i++) {
                    insert(c, cells.get(seed.nextInt(cells.size())), STATUSES.get(seed.nextInt(STATUSES.size())));
                }
            }
            ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS, 20261207L,
                    (client, random) -> write(client, random, cells)).print("person_status_count, one battalion");
            System.out.printf("person_status_count, one battalion: %.0f transactions a second%n",
                    outcome.committed() * 1000.0 / Math.max(1, outcome.millis()));
            PeopleCountCheck check = new PeopleCountCheck(jdbc);
            Map<String, String> differ = ConcurrentWriters.differences(check.kept(), check.raw());
            System.out.println("person_status_count: kept rows unequal to the raw count after the writes: " + differ.size());
            assertThat(outcome.failures()).as("failed transactions by SQLState (40P01: deadlock, 23505: unique violation)")
                    .isEmpty();
            assertThat(outcome.committed()).isEqualTo(CLIENTS * TRANSACTIONS);
            assertThat(differ).as("kept ≠ raw after the concurrent writes").isEmpty();
            assertThat(jdbc.sql("select count(*) from person where full_name like :n").param("n", NAME + "%")
                    .query(Long.class).single()).as("people written").isGreaterThan(CLIENTS);
            assertSumsEqualThePeople("after the concurrent writes", battalion);
        } finally {
            jdbc.sql("delete from person where full_name like :n").param("n", NAME + "%").update();
        }
        PeopleCountCheck check = new PeopleCountCheck(jdbc);
        assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("once the writes are deleted: kept ≠ raw").isEmpty();
        assertSumsEqualThePeople("once the writes are deleted", battalion);
    }

    /**
     * What taking turns costs where the writers shared no count row before: eight clients each writing the people of
     * the cells of a unit of its own, in the same transactions of two to four statements. Before V56 they ran side by
     * side; since, they queue on the people's lock. Measured (printed, in transactions a second) three times each way,
     * alternately with V56's lock trigger disabled and enabled (the only place that switches it off, and it is switched
     * on again), rather than bounded; no transaction fails and the counts stay right.
     */
    @Test
    void eightWritersOfEightUnitsTakeTurnsAndTheCountsStayEqualToThePeople() throws Exception {
        List<Long> units = demo.ids("select parent_id from organization where type = 'CELL' and status = 'ACTIVE'"
                + " group by parent_id order by parent_id");
        assertThat(units).as("units with cells").hasSizeGreaterThanOrEqualTo(CLIENTS);
        List<List<Long>> cells = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            cells.add(demo.ids("select id from organization where parent_id = " + units.get(c)
                    + " and type = 'CELL' and status = 'ACTIVE' order by id"));
        }
        try {
            for (int c = 0; c < CLIENTS; c++) {
                for (int i = 0; i < 4; i++) {
                    insert(c, cells.get(c).get(i % cells.get(c).size()), STATUSES.get(i));
                }
            }
            for (int run = 1; run <= 6; run++) {
                // alternately without and with V56's lock, so that both see the same load of the machine
                boolean inTurn = run % 2 == 0;
                jdbc.sql("alter table person " + (inTurn ? "enable" : "disable") + " trigger people_count_lock").update();
                ConcurrentWriters.Outcome outcome = ConcurrentWriters.run(transactionManager, CLIENTS, TRANSACTIONS,
                        20261208L + run, (client, random) -> write(jdbc, demo, client, random, cells.get(client)));
                outcome.print("person_status_count, " + CLIENTS + " units, " + (inTurn ? "in turn (V56)"
                        : "side by side (lock trigger disabled)"));
                System.out.printf("person_status_count, %s: %.0f transactions a second%n", inTurn ? "in turn" : "side by side",
                        outcome.committed() * 1000.0 / Math.max(1, outcome.millis()));
                assertThat(outcome.failures()).as("failed transactions by SQLState").isEmpty();
            }
            PeopleCountCheck check = new PeopleCountCheck(jdbc);
            assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("after the writes: kept ≠ raw").isEmpty();
        } finally {
            jdbc.sql("alter table person enable trigger people_count_lock").update();
            jdbc.sql("delete from person where full_name like :n").param("n", NAME + "%").update();
        }
        PeopleCountCheck check = new PeopleCountCheck(jdbc);
        assertThat(ConcurrentWriters.differences(check.kept(), check.raw())).as("once the writes are deleted: kept ≠ raw").isEmpty();
    }

    /** The kept counts summed under the battalion and every organization above it equal the person rows counted raw. */
    private void assertSumsEqualThePeople(String when, long battalion) {
        for (Long organization = battalion; organization != null;
                organization = jdbc.sql("select parent_id from organization where id = :id").param("id", organization)
                        .query(Long.class).optional().orElse(null)) {
            String path = demo.pathOf(organization);
            Map<String, Long> raw = new java.util.TreeMap<>();
            jdbc.sql("select party_status, count(*) from person where org_path like :p group by party_status")
                    .param("p", path + "%").query((rs, n) -> raw.put(rs.getString(1), rs.getLong(2))).list();
            Map<String, Long> kept = new java.util.TreeMap<>();
            counts.byStatus(path).forEach((status, n) -> {
                if (n != 0) {
                    kept.put(status.name(), n);
                }
            });
            assertThat(kept).as(when + ": people by status under " + path).isEqualTo(raw);
        }
    }

    private long insert(int client, long cell, String status) {
        return jdbc.sql("""
                        insert into person (full_name, search_key, sort_key, gender, organization_id, org_path, party_status,
                            version, created_at, updated_at)
                        values (:n, :n, :n, 'MALE', :o, :p, :s, 0, :at, :at) returning id""")
                .param("n", NAME + client).param("o", cell).param("p", demo.pathOf(cell)).param("s", status).param("at", AT)
                .query(Long.class).single();
    }

    /** One client's transaction: two to four person writes in the battalion's cells, one statement each. */
    static void write(JdbcClient jdbc, DemoFixture demo, int client, Random random, List<Long> cells) {
        List<Long> mine = demo.ids("select id from person where full_name = '" + NAME + client + "' order by id");
        int statements = 2 + random.nextInt(3);
        for (int s = 0; s < statements; s++) {
            int kind = mine.size() < 2 ? 3 : random.nextInt(6);
            long id = mine.isEmpty() ? 0 : mine.get(random.nextInt(mine.size()));
            long cell = cells.get(random.nextInt(cells.size()));
            switch (kind) {
                case 0, 1 -> jdbc.sql("update person set organization_id = :o, org_path = :p, version = version + 1 where id = :id")
                        .param("o", cell).param("p", demo.pathOf(cell)).param("id", id).update();
                case 2 -> {
                    // a status step of the cycle MASS → SYMPATHISER → PROBATIONARY → OFFICIAL → STRUCK_OFF → MASS
                    jdbc.sql("""
                                    update person set party_status = case party_status when 'MASS' then 'SYMPATHISER'
                                        when 'SYMPATHISER' then 'PROBATIONARY' when 'PROBATIONARY' then 'OFFICIAL'
                                        when 'OFFICIAL' then 'STRUCK_OFF' else 'MASS' end, version = version + 1 where id = :id""")
                            .param("id", id).update();
                }
                case 3, 4 -> {
                    long added = jdbc.sql("""
                                    insert into person (full_name, search_key, sort_key, gender, organization_id, org_path,
                                        party_status, version, created_at, updated_at)
                                    values (:n, :n, :n, 'FEMALE', :o, :p, :s, 0, :at, :at) returning id""")
                            .param("n", NAME + client).param("o", cell).param("p", demo.pathOf(cell))
                            .param("s", STATUSES.get(random.nextInt(STATUSES.size()))).param("at", AT).query(Long.class).single();
                    mine = new ArrayList<>(mine);
                    mine.add(added);
                }
                default -> {
                    jdbc.sql("delete from person where id = :id").param("id", id).update();
                    mine = new ArrayList<>(mine);
                    mine.remove(Long.valueOf(id));
                }
            }
        }
    }

    private void write(int client, Random random, List<Long> cells) {
        write(jdbc, demo, client, random, cells);
    }
}
