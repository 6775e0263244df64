package vn.chibo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.access.AccountProvisioning;
import vn.chibo.shared.security.Role;
import vn.chibo.support.DemoFixture;

/**
 * National-scale benchmark (not part of the test suite: the class name does not end in "Test"). Builds the national
 * dataset ({@link NationalDataset}: the region demo under a national root, cloned to ~312,000 organizations and
 * ~6 million members at scale 1) in PostgreSQL, then times the pages and API reads of the scope matrix over HTTP
 * (a real server on a random port, signed in through the login form) for a root, a province and a cell account,
 * each next to a hand-written SQL statement for the same answer, run through the same connection pool.
 *
 * <pre>./mvnw test -Dtest=NationalBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dnational.scale=0.1</pre>
 *
 * The dataset is kept in {@code target/national-pg/scale-<scale>} (or {@code -Dnational.data}) and reused by the next
 * run at the same scale; {@code CHIBO_BENCH_DB_URL} names a PostgreSQL server instead. Results are printed and written
 * to {@code target/benchmarks/national.md}. {@code -Dnational.pages=board,overview} times only the pages whose label
 * contains one of the words ({@code =Start page}: the page of that very label).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"chibo.demo.size=region",
        "logging.level.vn.chibo=INFO", "spring.datasource.hikari.maximum-pool-size=10"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = NationalDatabase.class)
class NationalBenchmark {

    private static final int WARMUP = 1;
    private static final int RUNS = Integer.getInteger("national.runs", 10);
    private static final long BUDGET_NANOS = 15_000_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    vn.chibo.statistics.internal.ReviewFiguresService reviews;
    @Autowired
    vn.chibo.organization.OrganizationDirectory organizations;
    @Autowired
    List<vn.chibo.statistics.OpeningReviews> openings;

    private final List<String> lines = new ArrayList<>();

    @Test
    void timesThePagesOfARootAProvinceAndACell() throws Exception {
        NationalDataset dataset = new NationalDataset(dataSource, NationalDatabase.scale());
        long started = System.currentTimeMillis();
        long root = dataset.build();
        long buildMillis = System.currentTimeMillis() - started;
        // the mentoring presence ranges up to next year (V60), counted once as the application does when it starts
        long raising = System.currentTimeMillis();
        int horizon = jdbc.sql("select mentoring_presence_raise(:year)").param("year", demo.today().getYear() + 1)
                .query(Integer.class).single();
        lines.add(String.format(java.util.Locale.ROOT, "Mentoring presence kept up to %d (%.1f s to count it if not yet).%n",
                horizon, (System.currentTimeMillis() - raising) / 1e3));
        if (jdbc.sql("select count(*) from account where username = 'quocgia'").query(Long.class).single() == 0) {
            accounts.create("quocgia", "demo", Role.OFFICER, demo.personOf("canbo"), root);
        }
        // the test clock starts at the same moment in every run: a password "changed" later in an earlier run of this
        // reused database would sign every new session out as expired
        jdbc.sql("update account set password_changed_at = :before").param("before",
                java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z")).update();
        describe(dataset, buildMillis);
        jdbc.sql("delete from api_token where name = :name").param("name", SignedInClient.TOKEN_NAME).update();
        Map<String, Long> scopes = new LinkedHashMap<>();
        scopes.put("quocgia", root);
        scopes.put("canbo", demo.scopeOf("canbo"));
        scopes.put("bithu", demo.scopeOf("bithu"));
        lines.add("| page | account (scope) | median ms | p95 ms | runs | response | best SQL median ms | SQL |");
        lines.add("|---|---|---:|---:|---:|---|---:|---|");
        for (Map.Entry<String, Long> scope : scopes.entrySet()) {
            SignedInClient client = new SignedInClient(port, scope.getKey(), "demo");
            for (NationalPages.Page page : new NationalPages(jdbc, demo, root).pages(scope.getKey(), scope.getValue())) {
                if (chosen(page)) {
                    keepAnswers(scope.getKey(), scope.getValue(), page);
                    time(client, scope.getKey(), page, () -> {
                        if (page.change() != null) {
                            keep(scope.getKey(), scope.getValue(), page);
                            jdbc.sql(page.change()).update();
                        }
                    });
                }
            }
        }
        String text = String.join("\n", lines) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of("target/benchmarks/national.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /**
     * What keeping the large units' opening reviews ready costs from nothing (every answer dropped, as after the
     * journal's compaction): each unit of at least {@code -Dnational.ready=N} active organizations (100, as deployed),
     * each opening period, computed one after the other as the background does; the time of each, and the kept rows'
     * size. {@code -Dtest=NationalBenchmark#keepsTheLargeUnitsReviewsReady -Dnational.ready=100} on a dataset built before.
     */
    @Test
    void keepsTheLargeUnitsReviewsReady() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("national.ready") != null, "-Dnational.ready=N");
        long above = Long.parseLong(System.getProperty("national.ready"));
        new NationalDataset(dataSource, NationalDatabase.scale()).build();
        reviews.compactJournal();
        java.time.LocalDate today = demo.today();
        java.util.Set<vn.chibo.statistics.ReviewPeriod> periods = new java.util.LinkedHashSet<>();
        openings.forEach(o -> periods.addAll(o.opening(today)));
        List<vn.chibo.organization.OrganizationRef> units = organizations.activeWithSubtreeOfAtLeast(above);
        Map<Integer, List<Double>> byDepth = new java.util.TreeMap<>();
        demo.signIn("admin");
        long started = System.nanoTime();
        try {
            for (vn.chibo.organization.OrganizationRef unit : units) {
                for (vn.chibo.statistics.ReviewPeriod period : periods) {
                    long one = System.nanoTime();
                    reviews.keep(unit.id(), period);
                    byDepth.computeIfAbsent(unit.depth(), d -> new ArrayList<>()).add((System.nanoTime() - one) / 1e6);
                }
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        double total = (System.nanoTime() - started) / 1e9;
        // the next hand-over with nothing changed: every answer found fresh (here read back whole, a little more)
        demo.signIn("admin");
        long checking = System.nanoTime();
        try {
            units.forEach(unit -> periods.forEach(period -> reviews.review(unit.id(), period)));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        lines.add(String.format(Locale.ROOT, "Reading every kept answer back (nothing changed): %.1f s.",
                (System.nanoTime() - checking) / 1e9));
        lines.add(String.format(Locale.ROOT, "Keeping ready the reviews of %,d units of at least %d active organizations,"
                        + " %d opening periods (%s): %.1f s in all; %,d answers kept, %s.", units.size(), above, periods.size(),
                periods, total, count("select count(*) from review_answer"),
                jdbc.sql("select pg_size_pretty(pg_total_relation_size('review_answer'))").query(String.class).single()));
        lines.add("");
        lines.add("| depth | answers | median ms | p95 ms | max ms | sum s |");
        lines.add("|---:|---:|---:|---:|---:|---:|");
        byDepth.forEach((depth, ms) -> lines.add(String.format(Locale.ROOT, "| %d | %,d | %.1f | %.1f | %.1f | %.1f |", depth,
                ms.size(), percentile(ms, 0.5), percentile(ms, 0.95), ms.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                ms.stream().mapToDouble(Double::doubleValue).sum() / 1e3)));
        String text = String.join("\n", lines) + "\n";
        System.out.println("\n" + text);
    }

    /**
     * No review answer is kept (the test profile computes none in the background), so a review page reads the raw rows,
     * as right after a change; a page naming kept periods first has their answers computed as the refresher would.
     */
    private void keepAnswers(String account, long organization, NationalPages.Page page) {
        jdbc.sql("delete from review_answer").update();
        keep(account, organization, page);
    }

    private void keep(String account, long organization, NationalPages.Page page) {
        if (page.kept().isEmpty()) {
            return;
        }
        demo.signIn(account);
        try {
            page.kept().forEach(period -> reviews.keep(organization, period));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private void describe(NationalDataset dataset, long buildMillis) {
        long organizations = count("select count(*) from organization");
        long cells = count("select count(*) from organization where type = 'CELL'");
        long people = count("select count(*) from person");
        long members = count("select count(*) from person where party_status in ('OFFICIAL', 'PROBATIONARY')");
        lines.add(String.format(Locale.ROOT, "Scale %s (%d copies of the region). Data: %,d organizations (%,d cells),"
                        + " %,d people (%,d members, %,d others), %,d meetings, %,d classification entries, %,d registrations,"
                        + " %,d programme subjects, %,d mentoring assignments, %,d inspections, %,d award records.",
                NationalDatabase.scale(), dataset.copies(), organizations, cells, people, members,
                people - members, count("select count(*) from meeting"), count("select count(*) from classification_entry"),
                count("select count(*) from registration"), count("select count(*) from programme_subject"),
                count("select count(*) from mentoring_assignment"), count("select count(*) from inspection"),
                count("select count(*) from award_record")));
        if (!NationalDataset.only().isEmpty()) {
            lines.add("The copies of the region hold the rows of " + String.join(", ", new java.util.TreeSet<>(NationalDataset.only()))
                    + " only (-Dnational.only); the other tables hold the first region's rows.");
        }
        long built = count("select built_in_ms from national_benchmark");
        lines.add(String.format(Locale.ROOT, "Dataset generated in %,d s%s; database size %s.%n", built / 1000,
                buildMillis > built ? "" : " (reused from an earlier run)",
                jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single()));
        dataset.timings().forEach(t -> lines.add("- " + t));
        lines.add("");
    }

    /** Times the page; {@code before} runs ahead of each request, untimed. */
    private void time(SignedInClient client, String account, NationalPages.Page page, Runnable before) throws Exception {
        List<Double> samples = new ArrayList<>();
        SignedInClient.Answer answer = null;
        long budgetEnd = System.nanoTime() + BUDGET_NANOS;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            try {
                answer = client.get(page.path());
            } catch (java.io.IOException e) {
                answer = new SignedInClient.Answer(-1, 0);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (answer.status() != 200) {
                break;
            }
            if (i >= WARMUP || ms > 5_000) {
                samples.add(ms);
            }
            if (System.nanoTime() > budgetEnd && samples.size() >= 3) {
                break;
            }
        }
        String sqlMedian = "";
        if (page.sql() != null) {
            try {
                List<Double> sqlSamples = new ArrayList<>();
                long sqlEnd = System.nanoTime() + BUDGET_NANOS / 2;
                for (int i = 0; i < WARMUP + RUNS && (System.nanoTime() < sqlEnd || sqlSamples.size() < 3); i++) {
                    long start = System.nanoTime();
                    jdbc.sql(page.sql()).query().listOfRows();
                    if (i >= WARMUP) {
                        sqlSamples.add((System.nanoTime() - start) / 1e6);
                    }
                }
                sqlMedian = String.format(Locale.ROOT, "%.1f", percentile(sqlSamples, 0.5));
            } catch (RuntimeException e) {
                sqlMedian = "SQL failed: " + e.getClass().getSimpleName();
            }
        }
        String scope = account + " (" + page.scope() + ")";
        if (answer.status() != 200) {
            lines.add(String.format(Locale.ROOT, "| %s | %s | **fails: HTTP %d** | | | | %s | %s |", page.label(), scope,
                    answer.status(), sqlMedian, page.sqlNote()));
            return;
        }
        lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %d | %,d bytes | %s | %s |", page.label(), scope,
                percentile(samples, 0.5), percentile(samples, 0.95), samples.size(), answer.bytes(), sqlMedian, page.sqlNote()));
    }

    /** {@code -Dnational.pages=overview,board}: only the pages whose label contains one of the words (any case). */
    private static boolean chosen(NationalPages.Page page) {
        String only = System.getProperty("national.pages", "");
        return only.isBlank() || Arrays.stream(only.split(",")).map(String::trim).filter(w -> !w.isEmpty())
                .anyMatch(w -> w.startsWith("=") ? page.label().equalsIgnoreCase(w.substring(1))
                        : page.label().toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double percentile(List<Double> samples, double p) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return p == 0.5 ? sorted[sorted.length / 2] : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
