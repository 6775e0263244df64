package vn.chibo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organization.Subtree;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.EmbeddedPostgres;

/**
 * Copied paths or a join to the tree? (not part of the test suite). On the "region" demo in a real
 * PostgreSQL, times subtree reads on the copied {@code org_path} against the same reads joining
 * {@code organization} at read time, and the cost of a move with and without rewriting the copies.
 * Moves run in transactions that are rolled back.
 *
 * <pre>./mvnw test -Dtest=SubtreeBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results are printed and written to {@code target/benchmarks/subtree.md}.
 */
@SpringBootTest(properties = {"chibo.demo.size=region", "logging.level.vn.chibo=INFO"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class SubtreeBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    private static final int MOVES = 5;
    private final List<String> results = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void comparesCopiedPathsWithAJoinToTheTree() throws Exception {
        long round = jdbc.sql("select max(id) from classification_round").query(Long.class).single();
        results.add(String.format(Locale.ROOT, "Data: %,d organizations, %,d people, %,d meetings, %,d classification entries%n",
                count("organization"), count("person"), count("meeting"), count("classification_entry")));
        results.add("| query | scope | rows | copied path: median ms | join: median ms |");
        results.add("|---|---|---:|---:|---:|");
        String[][] scopes = {
                {"region", demo.pathOf(demo.scopeOf("canbo"))},
                {"division", demo.pathOf(demo.division())},
                {"cell", demo.pathOf(demo.sampleCell())}};
        for (String[] scope : scopes) {
            Subtree subtree = Subtree.of(scope[1]);
            compare("count people", scope[0],
                    "select count(*) from person p where " + subtree.sql("p.org_path"),
                    "select count(*) from person p join organization o on o.id = p.organization_id where " + subtree.sql("o.path"));
            compare("people, first page by name", scope[0],
                    "select count(*) from (select p.id from person p where " + subtree.sql("p.org_path")
                            + " order by p.sort_key limit 40) x",
                    "select count(*) from (select p.id from person p join organization o on o.id = p.organization_id where "
                            + subtree.sql("o.path") + " order by p.sort_key limit 40) x");
            compare("count meetings of the year", scope[0],
                    "select count(*) from meeting m where " + subtree.sql("m.org_path")
                            + " and m.meeting_date >= date '2026-01-01'",
                    "select count(*) from meeting m join organization o on o.id = m.organization_id where "
                            + subtree.sql("o.path") + " and m.meeting_date >= date '2026-01-01'");
            compare("classification entries by status", scope[0],
                    "select count(*) from (select e.status, count(*) from classification_entry e where e.round_id = " + round
                            + " and " + subtree.sql("e.org_path") + " group by e.status) x",
                    "select count(*) from (select e.status, count(*) from classification_entry e join organization o"
                            + " on o.id = e.organization_id where e.round_id = " + round + " and " + subtree.sql("o.path")
                            + " group by e.status) x");
        }
        results.add("");
        results.add("| move (rolled back) | organizations | copied rows rewritten | tree UPDATE only: median ms"
                + " | copy UPDATEs only: median ms | whole move through OrganizationService: median ms |");
        results.add("|---|---:|---:|---:|---:|---:|");
        long battalion = demo.sampleBattalion();
        moves("a battalion to a regiment of another division", battalion, jdbc.sql("""
                select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d""")
                .param("d", demo.pathOf(demo.division()) + "%").query(Long.class).single());
        long division = demo.division();
        moves("a division under a provincial military command", division, jdbc.sql("""
                select min(o.id) from organization o, organization d where d.id = :d and o.type = 'UPPER_COMMITTEE'
                and o.parent_id is not null and o.id <> d.parent_id and o.path not like :under""")
                .param("d", division).param("under", demo.pathOf(division) + "%").query(Long.class).single());
        write();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void compare(String query, String scope, String copied, String joined) {
        long rows = jdbc.sql(copied).query(Long.class).single();
        long joinedRows = jdbc.sql(joined).query(Long.class).single();
        if (rows != joinedRows) {
            throw new IllegalStateException(query + ": " + rows + " rows by the copy, " + joinedRows + " by the join");
        }
        results.add(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f |", query, scope, rows,
                median(() -> jdbc.sql(copied).query(Long.class).single()),
                median(() -> jdbc.sql(joined).query(Long.class).single())));
    }

    private static double median(LongSupplier query) {
        long[] samples = new long[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            query.getAsLong();
            if (i >= WARMUP) {
                samples[i - WARMUP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        return samples[RUNS / 2] / 1e6;
    }

    private void moves(String what, long id, long newParent) {
        String oldPath = demo.pathOf(id);
        String newPath = demo.pathOf(newParent) + id + "/";
        long subtree = jdbc.sql("select count(*) from organization where path like :p").param("p", oldPath + "%")
                .query(Long.class).single();
        long[] treeOnly = new long[MOVES];
        long[] withCopies = new long[MOVES];
        long[] copiesOnly = new long[MOVES];
        long copies = copiedRowsUnder(oldPath);
        var admin = demo.user("admin");
        for (int i = 0; i < MOVES; i++) {
            treeOnly[i] = rolledBack(() -> jdbc.sql("""
                    update organization set path = :newPrefix || substring(path, :oldLength + 1), version = version + 1
                    where path like :old""").param("newPrefix", newPath).param("oldLength", oldPath.length())
                    .param("old", oldPath + "%").update());
            copiesOnly[i] = rolledBack(() -> {
                for (String[] c : copyColumns()) {
                    jdbc.sql("update " + c[0] + " set " + c[1] + " = :newPrefix || substring(" + c[1] + ", :oldLength + 1)"
                                    + " where " + Subtree.of(oldPath).sql(c[1]))
                            .param("newPrefix", newPath).param("oldLength", oldPath.length()).update();
                }
            });
            withCopies[i] = rolledBack(() -> {
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
                organizations.move(id, newParent, LocalDate.of(2026, 6, 1), demo.version("organization", id));
                SecurityContextHolder.clearContext();
            });
        }
        Arrays.sort(treeOnly);
        Arrays.sort(withCopies);
        Arrays.sort(copiesOnly);
        results.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f |", what, subtree, copies,
                treeOnly[MOVES / 2] / 1e6, copiesOnly[MOVES / 2] / 1e6, withCopies[MOVES / 2] / 1e6));
    }

    /** Rows in every *_path column (but the tree's and the history's) under a path: what a move rewrites. */
    private long copiedRowsUnder(String path) {
        long rows = 0;
        for (String[] c : copyColumns()) {
            rows += jdbc.sql("select count(*) from " + c[0] + " where " + Subtree.of(path).sql(c[1])).query(Long.class).single();
        }
        return rows;
    }

    private List<String[]> copyColumns() {
        return jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and column_name like '%path'
                and (table_name, column_name) not in (('organization', 'path'), ('organization_event', 'old_path'),
                ('audit_entry', 'org_path'))""").query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    private long rolledBack(Runnable work) {
        long[] elapsed = new long[1];
        transactions.executeWithoutResult(status -> {
            long start = System.nanoTime();
            work.run();
            elapsed[0] = System.nanoTime() - start;
            status.setRollbackOnly();
        });
        return elapsed[0];
    }

    private void write() throws Exception {
        String text = String.join("\n", results) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of("target/benchmarks/subtree.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
