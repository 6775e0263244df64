package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.statistics.OpeningReviews;
import vn.chibo.statistics.RandomWrites;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The large units' reviews are kept ready before anyone asks ({@link ReviewsKeptReady}): the periods the review page
 * and the dashboard open with, for every unit of at least 5 active organizations here, are computed by the scheduled
 * job (no one signed in) on the background worker, so that an officer's first read is served from a kept answer without
 * counting anything from the rows; an answer made stale by a change is computed again at the next pass; small units are
 * left to their readers; nothing is kept with the background off, before the application has started or with no size.
 */
@IntegrationTest
@TestPropertySource(properties = {"chibo.statistics.answers.background=true",
        "chibo.statistics.answers.refresh-delay=PT1H", "chibo.statistics.answers.ready-above-organizations=5",
        "chibo.jobs.review-answers-ready.initial-delay=P1D",
        "chibo.jobs.review-answers-ready.lock-at-least-for=PT0S"})
class ReviewsKeptReadyTest {

    @MockitoSpyBean
    ReviewAssembler assembler;
    @Autowired
    ReviewsKeptReady ready;
    @Autowired
    ReviewRefresher refresher;
    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    ReviewAnswers answers;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    ReviewPeriod lastThreeYears;
    ReviewPeriod trend;

    @BeforeEach
    void signInAndForgetTheAnswers() {
        demo.signIn("canbo");
        int year = demo.today().getYear();
        lastThreeYears = ReviewPeriod.ofYears(year - 2, year);
        trend = ReviewPeriod.ofYears(year - 4, year);
        jdbc.sql("delete from review_answer").update();
        clearInvocations(assembler);
    }

    @Test
    void thePagesOpenWithTheLastThreeYearsAndTheDashboardsFiveYears() {
        assertThat(ready.periods(LocalDate.of(2026, 12, 6)))
                .containsExactlyInAnyOrder(ReviewPeriod.ofYears(2024, 2026), ReviewPeriod.ofYears(2022, 2026));
        assertThat(ready.periods(LocalDate.of(2027, 1, 1)))
                .containsExactlyInAnyOrder(ReviewPeriod.ofYears(2025, 2027), ReviewPeriod.ofYears(2023, 2027));
    }

    @Test
    void theLargeUnitsOpeningReviewsAreKeptBeforeAnyoneAsksAndServeTheFirstRead() throws InterruptedException {
        List<OrganizationRef> large = organizations.activeWithSubtreeOfAtLeast(5);
        assertThat(large).extracting(OrganizationRef::id)
                .contains(demo.scopeOf("canbo"), demo.division()).doesNotContain(demo.sampleCell());

        asTheScheduler(ready);
        for (OrganizationRef unit : large) {
            for (ReviewPeriod period : List.of(lastThreeYears, trend)) {
                assertThat(readOnly(() -> answers.fresh(unit.id(), unit.path(), period)))
                        .as("%s %s kept by the end of the pass", unit.name(), period).isPresent();
            }
        }
        long cell = demo.sampleCell();
        assertThat(readOnly(() -> answers.fresh(cell, demo.pathOf(cell), lastThreeYears))).as("a cell: left to its reader")
                .isEmpty();

        demo.signIn("canbo");
        clearInvocations(assembler);
        Review opened = readOnly(() -> reviews.reviewWhenReady(demo.division(), lastThreeYears, demo.now())).orElseThrow();
        verify(assembler, never()).update(any(OrganizationRef.class), any(ReviewPeriod.class), any(), any());
        verify(assembler, never()).assemble(any(OrganizationRef.class), any(ReviewPeriod.class));
        ReviewAnswersTest.same("the page's first read", opened.figures(),
                readOnly(() -> reviews.reference(demo.division(), lastThreeYears)).figures());
    }

    @Test
    void anAnswerAChangeMadeStaleIsComputedAgainAtTheNextPass() throws InterruptedException {
        long region = demo.scopeOf("canbo");
        String path = demo.pathOf(region);
        asTheScheduler(ready);
        assertThat(readOnly(() -> answers.fresh(region, path, lastThreeYears))).isPresent();

        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                new RandomWrites(jdbc, new Random(11L), lastThreeYears).run(10));
        assertThat(readOnly(() -> answers.fresh(region, path, lastThreeYears))).as("stale after the writes").isEmpty();

        asTheScheduler(ready);
        Optional<ReviewAnswers.Answer> again = readOnly(() -> answers.fresh(region, path, lastThreeYears));
        assertThat(again).as("computed again").isPresent();
        demo.signIn("canbo");
        ReviewAnswersTest.same("kept again", again.get().review().figures(),
                readOnly(() -> reviews.reference(region, lastThreeYears)).figures());
    }

    @Test
    void nothingIsKeptWithTheBackgroundOffBeforeTheStartOrWithNoSize(@Autowired java.time.Clock clock,
                                                                     @Autowired List<OpeningReviews> openings)
            throws InterruptedException {
        ReviewRefresher off = new ReviewRefresher(assembler, answers, transactionManager, clock, Duration.ofHours(1), false);
        ReviewsKeptReady withTheBackgroundOff = new ReviewsKeptReady(organizations, off, openings, clock, 5);
        ReviewsKeptReady withNoSize = new ReviewsKeptReady(organizations, refresher, openings, clock, 0);
        ReviewsKeptReady notStarted = new ReviewsKeptReady(organizations, refresher, openings, clock, 5);
        withTheBackgroundOff.started();
        withNoSize.started();
        try {
            for (ReviewsKeptReady job : List.of(withTheBackgroundOff, withNoSize, notStarted)) {
                asTheScheduler(job);
            }
        } finally {
            off.stop();
        }
        assertThat(jdbc.sql("select count(*) from review_answer").query(Long.class).single()).isZero();
    }

    /** The scheduled job's own call: on a thread where no one is signed in. */
    private static void asTheScheduler(ReviewsKeptReady job) throws InterruptedException {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        job.keepReady();
    }

    private <T> T readOnly(Supplier<T> read) {
        return new BackgroundAnswers(transactionManager).readOnly(read);
    }
}
