package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.migration.ChiboMigrations;
import vn.chibo.support.PeopleCountCheck;

/**
 * What keeping {@code person_status_count} in the writer's transaction costs (not part of the test suite): on a fresh
 * embedded PostgreSQL migrated to the current schema, 400 cells of 100 people; clients each run single-row
 * transactions that change a person's party status or move him to another cell, first with the V42 triggers on, then
 * off, alternately, three rounds each, with synchronous commits (as in production) and asynchronous ones (the
 * embedded server's default); throughput in updates per second, medians. The figure change journal's statement
 * triggers (V35) stay on in both, as in production.
 *
 * <pre>./mvnw test -Dtest=PersonStatusCountBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results are printed and written to {@code target/benchmarks/person-status-count.md}.
 */
class PersonStatusCountBenchmark {

    private static final int CELLS = 400;
    private static final int PEOPLE_PER_CELL = 100;
    private static final int UPDATES_PER_CLIENT = 1_500;
    private static final int ROUNDS = 3;
    private static final String[] STATUSES = {"MASS", "SYMPATHISER", "PROBATIONARY", "OFFICIAL"};
    /**
     * The triggers switched off for the "off" runs: V42's by default; {@code -Dpeople.triggers=subtree} V63's (the
     * counts per whole subtree, V42's staying on), {@code -Dpeople.triggers=name} V66's (the people per name), {@code journal} the figure change journal's
     * update trigger (V68's, which compares the old and new rows' watched columns), {@code all} the three counts'.
     */
    private static final String TRIGGERS = switch (System.getProperty("people.triggers", "")) {
        case "subtree" -> "person_subtree_count_insert, person_subtree_count_update, person_subtree_count_delete";
        case "name" -> "person_name_count_insert, person_name_count_update, person_name_count_delete";
        case "journal" -> "figure_change_update";
        case "all" -> "person_status_count_insert_delete, person_status_count_update, person_subtree_count_insert,"
                + " person_subtree_count_update, person_subtree_count_delete, person_name_count_insert,"
                + " person_name_count_update, person_name_count_delete";
        default -> "person_status_count_insert_delete, person_status_count_update";
    };

    @Test
    void timesPersonUpdatesWithAndWithoutTheCountTrigger() throws Exception {
        try (var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()) {
            DataSource dataSource = server.getPostgresDatabase();
            ChiboMigrations.configure(dataSource).load().migrate();
            load(dataSource);
            List<String> lines = new ArrayList<>();
            lines.add("| commit | clients | trigger | updates/s (" + ROUNDS + " rounds) | median |");
            lines.add("|---|---:|---|---|---:|");
            for (boolean synchronous : new boolean[] {true, false}) {
                for (int clients : new int[] {1, 4, 8}) {
                    List<Double> on = new ArrayList<>();
                    List<Double> off = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        on.add(run(dataSource, clients, true, round, synchronous));
                        off.add(run(dataSource, clients, false, round, synchronous));
                    }
                    String commit = synchronous ? "synchronous" : "asynchronous";
                    lines.add(line(commit, clients, "on", on));
                    lines.add(line(commit, clients, "off", off));
                    lines.add(String.format(Locale.ROOT, "| %s | %d | on / off | | %.2f× |", commit, clients,
                            median(on) / median(off)));
                }
            }
            String table = String.join("\n", lines);
            System.out.println(table);
            Path out = Path.of("target/benchmarks/person-status-count.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table + "\n");
        }
    }

    private static String line(String commit, int clients, String trigger, List<Double> rates) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %.0f |", commit, clients, trigger,
                rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList(), median(rates));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void load(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into organization (id, parent_id, path, depth, type, category, name, search_key, sort_key, status,"
                    + " valid_from, created_at, updated_at) values (1, null, '/1/', 0, 'COMMITTEE', 'DIVISION', 'Đảng bộ',"
                    + " 'dang bo', 'a', 'ACTIVE', date '2000-01-01', now(), now())");
            s.execute("insert into organization (id, parent_id, path, depth, type, category, name, search_key, sort_key, status,"
                    + " valid_from, created_at, updated_at) select 1 + g, 1, '/1/' || (1 + g) || '/', 1, 'CELL', 'DIVISION',"
                    + " 'Chi bộ ' || g, 'chi bo ' || g, 'b' || g, 'ACTIVE', date '2000-01-01', now(), now()"
                    + " from generate_series(1, " + CELLS + ") g");
            s.execute("insert into person (full_name, search_key, sort_key, gender, organization_id, org_path, party_status,"
                    + " version, created_at, updated_at) select 'Người ' || g, 'nguoi ' || g, 'c' || g, 'MALE',"
                    + " 2 + g % " + CELLS + ", '/1/' || (2 + g % " + CELLS + ") || '/', (array['MASS', 'SYMPATHISER',"
                    + " 'PROBATIONARY', 'OFFICIAL'])[1 + g % 4], 0, now(), now() from generate_series(1, "
                    + CELLS * PEOPLE_PER_CELL + ") g");
            s.execute("vacuum analyze");
        }
    }

    /** Updates per second of {@code clients} clients, each running single-row transactions. */
    private static double run(DataSource dataSource, int clients, boolean trigger, int round, boolean synchronous)
            throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String name : TRIGGERS.split(", ")) {
                s.execute("alter table person " + (trigger ? "enable" : "disable") + " trigger " + name);
            }
        }
        long minId;
        long maxId;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select min(id), max(id) from person")) {
            rs.next();
            minId = rs.getLong(1);
            maxId = rs.getLong(2);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            int client = k;
            done.add(pool.submit(() -> {
                Random random = new Random(round * 100L + client);
                try (Connection c = dataSource.getConnection();
                     PreparedStatement status = c.prepareStatement("update person set party_status = ?, version = version + 1,"
                             + " updated_at = now() where id = ?");
                     PreparedStatement move = c.prepareStatement("update person set organization_id = ?, org_path = ?,"
                             + " version = version + 1, updated_at = now() where id = ?")) {
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        // the embedded server commits asynchronously by default; production waits for the WAL flush
                        s.execute("set synchronous_commit = " + (synchronous ? "on" : "off"));
                    }
                    for (int i = 0; i < UPDATES_PER_CLIENT; i++) {
                        long person = minId + (long) (random.nextDouble() * (maxId - minId + 1));
                        if (random.nextInt(5) == 0) {
                            long cell = 2 + random.nextInt(CELLS);
                            move.setLong(1, cell);
                            move.setString(2, "/1/" + cell + "/");
                            move.setLong(3, person);
                            move.executeUpdate();
                        } else {
                            status.setString(1, STATUSES[random.nextInt(STATUSES.length)]);
                            status.setLong(2, person);
                            status.executeUpdate();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!trigger) {
                // the counts missed these updates: rebuilt as a bulk load would
                s.execute("delete from person_status_count; insert into person_status_count (organization_id, party_status,"
                        + " org_path, people) select organization_id, party_status, max(org_path), count(*) from person"
                        + " group by organization_id, party_status");
                s.execute("delete from person_subtree_count; insert into person_subtree_count (organization_id, party_status,"
                        + " people) select a.id, c.party_status, sum(c.people) from person_status_count c cross join lateral"
                        + " unnest(path_ancestor_ids(c.org_path)) a(id) group by a.id, c.party_status");
                s.execute("delete from person_name_count; insert into person_name_count (root_id, sort_key, search_key, mass,"
                        + " sympathiser, probationary, official, struck_off, deceased) select path_child_id(org_path, 2), sort_key,"
                        + " search_key, " + PeopleCountCheck.NAME_COUNTS + " from person group by 1, 2, 3");
            }
            for (String check : List.of(PeopleCountCheck.MISMATCHES, PeopleCountCheck.SUBTREE_MISMATCHES,
                    PeopleCountCheck.NAME_MISMATCHES)) {
                try (ResultSet rs = s.executeQuery(check)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("counts equal the rows after the run").isZero();
                }
            }
        }
        return clients * UPDATES_PER_CLIENT / seconds;
    }
}
