package vn.chibo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.organization.Subtree;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.statistics.internal.ReviewFiguresService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.EmbeddedPostgres;

/**
 * The review's cost (not part of the test suite). On the "region" demo in a real PostgreSQL, times
 * {@link ReviewFigures#review} (every figure, the rows of the direct sub-organizations, the years) for the
 * region, a division and a cell over three years and over one month, next to one hand-written SQL statement
 * answering four headline figures of the same scope and period (whose values it checks against the review).
 *
 * <pre>./mvnw test -Dtest=StatisticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dchibo.pgdata=/tmp/chibo-region-pg]
 *     [-Dstatistics.quick=true] [-Dstatistics.compacted=true]</pre>
 *
 * With {@code chibo.pgdata} the loaded region is kept in that directory and reused by the next run ({@link EmbeddedPostgres}).
 *
 * Results are printed and written to {@code target/benchmarks/statistics.md}.
 */
@SpringBootTest(properties = {"chibo.demo.size=region", "logging.level.vn.chibo=INFO"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class StatisticsBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 15;
    /**
     * {@code -Dstatistics.quick=true}: the region's three-year row only, without the raw and reference passes (their
     * columns say "–") nor the per-source table: about 40 seconds instead of several minutes, to iterate on the kept
     * answer's paths.
     */
    private static final boolean QUICK = Boolean.getBoolean("statistics.quick");
    /**
     * {@code -Dstatistics.compacted=true}: the figure change journal emptied first, as the background refresher leaves
     * it once it passes its limit (the test profile computes no answers in the background, so the kept region's journal
     * only grows from run to run, past what a running application lets it reach).
     */
    private static final boolean COMPACTED = Boolean.getBoolean("statistics.compacted");
    private final List<String> results = new ArrayList<>();

    @Autowired
    ReviewFigures reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    ReviewFiguresService service;
    @Autowired
    List<FigureSource> sources;

    @Test
    void timesTheReviewOfTheRegionADivisionAndACell() throws Exception {
        loadAverage[0] = loadAverage();
        UserDetails user = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        results.add(String.format(Locale.ROOT, "Data: %,d organizations, %,d people, %,d meetings, %,d mentoring assignments,"
                        + " %,d award records, %,d classification entries, %,d registrations%n", count("organization"),
                count("person"), count("meeting"), count("mentoring_assignment"), count("award_record"),
                count("classification_entry"), count("registration")));
        // the mentoring presence ranges kept up to next year (V60), as the application keeps them once started
        long raising = System.nanoTime();
        int horizon = jdbc.sql("select mentoring_presence_raise(:year)").param("year", demo.today().getYear() + 1)
                .query(Integer.class).single();
        results.add(String.format(Locale.ROOT, "Mentoring presence kept up to %d (raised in %.1f s if it was not yet).%n",
                horizon, (System.nanoTime() - raising) / 1e9));
        long journal = count("figure_change");
        if (COMPACTED) {
            service.compactJournal();
        }
        results.add(String.format(Locale.ROOT, "Figure change journal: %,d rows at the start%s.%n", journal,
                COMPACTED ? ", emptied first as the refresher does past its limit (-Dstatistics.compacted=true)" : ""));
        results.add("| scope | period | figures × rows | review (kept answer when fresh): median ms | p95 ms |"
                + " a meeting changed since kept: median (p95) ms | a mentoring assignment changed since kept: median (p95) ms |"
                + " single pass over raw rows (no kept answer): median ms | reference path (per-year passes): median ms |"
                + " hand-written SQL, 4 figures: median ms |");
        results.add("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        int year = demo.today().getYear();
        ReviewPeriod threeYears = ReviewPeriod.ofYears(year - 2, year);
        ReviewPeriod month = ReviewPeriod.ofMonth(YearMonth.from(demo.today()).minusMonths(1));
        if (QUICK) {
            time("region", demo.scopeOf("canbo"), threeYears);
        } else {
            long[][] scopes = {{demo.scopeOf("canbo")}, {demo.division()}, {demo.sampleCell()}};
            String[] names = {"region", "division", "cell"};
            for (int i = 0; i < scopes.length; i++) {
                for (ReviewPeriod period : List.of(threeYears, month)) {
                    time(names[i], scopes[i][0], period);
                }
            }
            perSource(demo.scopeOf("canbo"), threeYears);
        }
        results.add("");
        results.add("Load average at the start and at the end of the run: " + loadAverage[0] + " / " + loadAverage());
        SecurityContextHolder.clearContext();
        String text = String.join("\n", results);
        System.out.println(text);
        Path out = Path.of("target/benchmarks/statistics.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + "\n");
    }

    private void time(String scope, long organization, ReviewPeriod period) {
        service.keep(organization, period);
        Review review = reviews.review(organization, period);
        Subtree subtree = Subtree.of(demo.pathOf(organization));
        String handWritten = "select (select count(*) from person p where " + subtree.sql("p.org_path")
                + " and p.admitted_on <= :to and (p.left_on is null or p.left_on > :to)),"
                + " (select count(*) from award_record w where " + subtree.sql("w.org_path")
                + " and w.recipient_kind = 'PERSON' and w.decision_date between :from and :to),"
                + " (select count(distinct a.mentor_person_id) from mentoring_assignment a where " + subtree.sql("a.org_path")
                + " and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)),"
                + " (select count(*) from meeting m where " + subtree.sql("m.org_path") + " and m.status in ('HELD', 'CLOSED')"
                + " and m.kind <> 'COMMITTEE' and m.meeting_date between :from and :to)";
        Supplier<List<Long>> sql = () -> jdbc.sql(handWritten).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
        Map<String, Number> f = review.figures();
        List<Long> expected = List.of(f.get("people.members").longValue(), f.get("awards.individual").longValue(),
                f.get("mentoring.mentors").longValue(), f.get("meetings.held").longValue());
        if (!sql.get().equals(expected)) {
            throw new IllegalStateException(scope + ": hand-written " + sql.get() + ", review " + expected);
        }
        double[] reviewTimes = samples(() -> reviews.review(organization, period));
        // one write committed under the scope before each read: the read brings the kept answer up to date
        String under = subtree.sql("org_path");
        long meeting = jdbc.sql("select min(id) from meeting where " + under + " and status = 'HELD'").query(Long.class).single();
        long assignment = jdbc.sql("select min(a.id) from mentoring_assignment a where " + subtree.sql("a.org_path")
                + " and not exists (select 1 from development_candidate c where c.person_id = a.mentee_person_id"
                + " and c.decision_on >= a.start_date) and not exists (select 1 from award_record w where w.person_id ="
                + " a.mentor_person_id and w.decision_date >= a.start_date and (a.end_date is null or w.decision_date <="
                + " a.end_date))").query(Long.class).single();
        double[] afterMeeting = samplesAfter("update meeting set contribution_count = contribution_count + 1 where id = "
                + meeting, () -> reviews.review(organization, period));
        double[] afterAssignment = samplesAfter("update mentoring_assignment set version = version + 1 where id = "
                + assignment, () -> reviews.review(organization, period));
        String raw = QUICK ? "–" : String.format(Locale.ROOT, "%.1f", median(samples(() -> service.raw(organization, period))));
        String reference = QUICK ? "–"
                : String.format(Locale.ROOT, "%.1f", median(samples(() -> service.reference(organization, period))));
        double[] sqlTimes = samples(sql::get);
        results.add(String.format(Locale.ROOT, "| %s | %s – %s | %d × %d | %.1f | %.1f | %.1f (%.1f) | %.1f (%.1f) | %s |"
                        + " %s | %.1f |", scope, period.from(), period.to(), f.size(), review.rows().size(),
                median(reviewTimes), p95(reviewTimes), median(afterMeeting), p95(afterMeeting), median(afterAssignment),
                p95(afterAssignment), raw, reference, median(sqlTimes)));
    }

    /** Each source's share of the region's three-year review: its single pass, and its reference passes (one per year). */
    private void perSource(long organization, ReviewPeriod period) {
        String root = demo.pathOf(organization);
        List<String> children = jdbc.sql("select path from organization where parent_id = :id").param("id", organization)
                .query(String.class).list();
        FigureScope scope = new FigureScope(Subtree.of(root), children, period);
        results.add("");
        results.add("Per source, region, " + period.from() + " – " + period.to() + ":");
        results.add("");
        results.add("| source | one pass (bucket and year): median ms | reference (buckets, then each year): median ms |");
        results.add("|---|---:|---:|");
        for (FigureSource source : sources) {
            double[] fast = samples(() -> source.figures(scope.withYears()));
            double[] reference = samples(() -> {
                source.figures(scope);
                for (int year : period.years()) {
                    source.figures(new FigureScope(scope.root(), List.of(), period.within(year)));
                }
                return null;
            });
            String name = source.getClass().getSimpleName().replaceAll("\\$\\$.*", "");
            results.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f |", name, median(fast), median(reference)));
        }
    }

    private final String[] loadAverage = new String[1];

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static double[] samples(Supplier<?> before, Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            before.get();
            work.get();
        }
        double[] samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.get();
            long start = System.nanoTime();
            work.get();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return samples;
    }

    /** Each read timed right after its own committed write (the write not timed). */
    private double[] samplesAfter(String write, Supplier<?> read) {
        return samples(() -> {
            jdbc.sql(write).update();
            return null;
        }, read);
    }

    private static double[] samples(Supplier<?> work) {
        return samples(() -> null, work);
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(RUNS * 0.95) - 1];
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
