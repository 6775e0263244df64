package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.statistics.RandomWrites;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Kept review answers: served while the database says nothing under the subtree changed, equal to the raw reference
 * then; never served after a change (random writes, a moved subtree, any row of any table a figure source reads), nor
 * on another day. The answers are computed as the background refresher does, in their own committed transaction.
 */
@IntegrationTest
@Transactional
class ReviewAnswersTest {

    private static final Pattern TABLE = Pattern.compile("(?:from|join) ([a-z_]+) [a-z]{1,4}\\b");

    /** Kept counts a figure source reads, and the table whose writers' triggers keep them (V47, V59). */
    private static final Map<String, String> KEPT_FROM = Map.of("meeting_month_roll", "meeting", "meeting_child_month",
            "meeting", "mentoring_presence", "mentoring_assignment", "mentoring_presence_horizon", "mentoring_assignment");

    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    ReviewAnswers answers;
    @Autowired
    ReviewRefresher refresher;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    OrganizationService organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    ReviewPeriod threeYears() {
        int year = demo.today().getYear();
        return ReviewPeriod.ofYears(year - 2, year);
    }

    OrganizationRef kept(long organization, ReviewPeriod period) {
        OrganizationRef root = directory.find(organization).orElseThrow();
        refresher.refresh(root, period);
        return root;
    }

    @Test
    void aKeptAnswerIsServedWhileNothingChangedAndEqualsTheReference() {
        signIn("canbo");
        for (long organization : new long[] {demo.scopeOf("canbo"), demo.division(), demo.sampleCell()}) {
            OrganizationRef root = kept(organization, threeYears());
            assertThat(answers.fresh(root.id(), root.path(), threeYears())).as(root.name()).isPresent();
            agrees(organization, threeYears());
        }
    }

    @Test
    void afterRandomWritesAndAMovedSubtreeTheAnswerIsStaleAndTheReviewStillEqualsTheReference() {
        signIn("canbo");
        long region = demo.scopeOf("canbo");
        OrganizationRef root = kept(region, threeYears());
        new RandomWrites(jdbc, new Random(11L), threeYears()).run(40);
        assertThat(answers.fresh(root.id(), root.path(), threeYears())).isEmpty();
        agrees(region, threeYears());

        OrganizationRef cell = kept(demo.sampleCell(), threeYears());
        long battalion = demo.sampleBattalion();
        long target = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d")
                .param("d", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        OrganizationRef targetRoot = kept(target, threeYears());
        organizations.move(battalion, target, demo.today(), demo.version("organization", battalion));
        assertThat(answers.fresh(cell.id(), cell.path(), threeYears())).as("the moved cell").isEmpty();
        assertThat(answers.fresh(targetRoot.id(), targetRoot.path(), threeYears())).as("where it went").isEmpty();
        agrees(region, threeYears());
        agrees(target, threeYears());
    }

    @Test
    void everyTableAFigureSourceReadsIsJournaledAndAChangedRowMakesTheAnswersAboveItStale() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/chibo"))) {
            for (Path file : files.filter(f -> f.toString().contains("internal") && (f.toString().endsWith("Figures.java")
                    || f.toString().endsWith("PresenceCounts.java"))).toList()) {
                Matcher m = TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        // kept counts are written only by the triggers of the table they count (KeptCountsBypassTest): that table's
        // journal is theirs
        KEPT_FROM.forEach((kept, source) -> {
            if (tables.remove(kept)) {
                tables.add(source);
            }
        });
        // words of comments caught by the pattern ("from the registers") are no tables
        tables.removeIf(name -> jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = :t")
                .param("t", name).query(Long.class).single() == 0);
        assertThat(tables).contains("mentoring_assignment", "registration", "assessment", "development_event", "membership");
        String region = demo.pathOf(demo.scopeOf("canbo"));
        for (String table : tables) {
            assertThat(jdbc.sql("select count(*) from information_schema.triggers where lower(event_object_table) = :t")
                    .param("t", table).query(Long.class).single()).as("triggers on " + table).isPositive();
            long before = answers.stamp(region).changes();
            int changed = jdbc.sql("update " + table + " set " + FigureChangeJournalTest.changeThatCounts(table)
                    + " where id = (select min(id) from " + table + ")").update();
            assertThat(changed).as(table + " has a row").isEqualTo(1);
            assertThat(answers.stamp(region).changes()).as("a changed row of " + table).isGreaterThan(before);
        }
    }

    /**
     * A read reads the kept row and the stamp once (issue 12): the answer when it is exact; after a change, the stamp a
     * second read would give (the one the recomputed answer is kept with) and the kept answer as the base to bring up
     * to date; after a compaction, neither a base nor old counts (the generation is read with the counts).
     */
    @Test
    void oneReadOfTheKeptRowAndTheStampServesTheAnswerOrGivesTheStampAndTheBase() {
        signIn("canbo");
        OrganizationRef root = kept(demo.division(), threeYears());
        ReviewAnswers.Found kept = answers.find(root.id(), root.path(), threeYears());
        assertThat(kept.fresh()).isPresent();
        assertThat(kept.stamp()).isEqualTo(answers.stamp(root.path()));

        jdbc.sql("update meeting set contribution_count = contribution_count + 1 where id = (select min(id) from meeting"
                + " where org_path like :p)").param("p", root.path() + "%").update();
        ReviewAnswers.Found changed = answers.find(root.id(), root.path(), threeYears());
        assertThat(changed.fresh()).isEmpty();
        assertThat(changed.stamp()).isEqualTo(answers.stamp(root.path()));
        assertThat(changed.stamp().changes()).isGreaterThan(kept.stamp().changes());
        ReviewAnswers.Kept base = changed.base().orElseThrow();
        assertThat(base.answer().review()).isEqualTo(kept.fresh().get().review());
        assertThat(base.changedSince(changed.stamp(), demo.today())).containsExactly("meeting");

        answers.compact();
        ReviewAnswers.Found compacted = answers.find(root.id(), root.path(), threeYears());
        assertThat(compacted.stamp().generation()).isEqualTo(kept.stamp().generation() + 1);
        assertThat(compacted.stamp().tables()).isEmpty();
        assertThat(compacted.fresh()).isEmpty();
        assertThat(compacted.base()).isEmpty();
    }

    @Test
    void anAnswerIsServedOnlyOnTheDayItWasComputedFor() {
        signIn("canbo");
        OrganizationRef root = kept(demo.division(), threeYears());
        assertThat(answers.fresh(root.id(), root.path(), threeYears())).isPresent();
        jdbc.sql("update review_answer set computed_on = :yesterday where organization_id = :id")
                .param("yesterday", demo.today().minusDays(1)).param("id", root.id()).update();
        assertThat(answers.fresh(root.id(), root.path(), threeYears())).isEmpty();
    }

    @Test
    void answersAreKeptForWholeMonthsOnlyAndAncestorsAreTheTreeAbove() {
        assertThat(ReviewAnswers.kept(threeYears())).isTrue();
        assertThat(ReviewAnswers.kept(ReviewPeriod.ofMonth(java.time.YearMonth.of(2026, 2)))).isTrue();
        assertThat(ReviewAnswers.kept(new ReviewPeriod(LocalDate.of(2019, 6, 16), LocalDate.of(2022, 6, 15)))).isFalse();
        assertThat(ReviewAnswers.ancestors("/1/11/14/")).containsExactly("/", "/1/", "/1/11/");
        assertThat(ReviewAnswers.ancestors("/1/")).containsExactly("/");
    }

    void agrees(long organization, ReviewPeriod period) {
        Review served = reviews.live(organization, period);
        Review reference = reviews.reference(organization, period);
        same("total", served.figures(), reference.figures());
        assertThat(served.rows()).hasSameSizeAs(reference.rows());
        for (int i = 0; i < served.rows().size(); i++) {
            assertThat(served.rows().get(i).organization()).isEqualTo(reference.rows().get(i).organization());
            same("row " + i, served.rows().get(i).figures(), reference.rows().get(i).figures());
        }
        assertThat(served.years().keySet()).isEqualTo(reference.years().keySet());
        served.years().forEach((year, figures) -> same("year " + year, figures, reference.years().get(year)));
    }

    static void same(String what, Map<String, Number> served, Map<String, Number> reference) {
        assertThat(new TreeSet<>(served.keySet())).as(what + ": keys").isEqualTo(new TreeSet<>(reference.keySet()));
        served.forEach((key, value) -> assertThat(new BigDecimal(value.toString()))
                .as(what + ": " + key).isEqualByComparingTo(new BigDecimal(reference.get(key).toString())));
    }
}
