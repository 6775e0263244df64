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
import vn.chibo.statistics.RandomWrites;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The large units' reviews are kept ready before anyone asks ({@link ReviewsKeptReady}): the periods the review page
 * and the dashboard open with, for every unit of at least 5 active organizations here, are computed in the background,
 * so that an officer's first read is served from a kept answer without counting anything from the rows; an answer
 * made stale by a change is computed again at the next hand-over; small units are left to their readers.
 */
@IntegrationTest
@TestPropertySource(properties = {"chibo.statistics.answers.background=true",
        "chibo.statistics.answers.refresh-delay=PT1H", "chibo.statistics.answers.ready-above-organizations=5",
        "chibo.jobs.review-answers-ready.initial-delay=PT1H"})
class ReviewsKeptReadyTest {

    @MockitoSpyBean
    ReviewAssembler assembler;
    @Autowired
    ReviewsKeptReady ready;
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
    void theLargeUnitsOpeningReviewsAreKeptBeforeAnyoneAsksAndServeTheFirstRead() {
        List<OrganizationRef> large = organizations.activeWithSubtreeOfAtLeast(5);
        assertThat(large).extracting(OrganizationRef::id)
                .contains(demo.scopeOf("canbo"), demo.division()).doesNotContain(demo.sampleCell());

        assertThat(ready.handOver()).as("every large unit, each opening period").isEqualTo(large.size() * 2);
        for (OrganizationRef unit : large) {
            for (ReviewPeriod period : List.of(lastThreeYears, trend)) {
                assertThat(await(() -> answers.fresh(unit.id(), unit.path(), period)))
                        .as("%s %s kept", unit.name(), period).isPresent();
            }
        }
        long cell = demo.sampleCell();
        assertThat(readOnly(() -> answers.fresh(cell, demo.pathOf(cell), lastThreeYears))).as("a cell: left to its reader")
                .isEmpty();

        clearInvocations(assembler);
        Review opened = readOnly(() -> reviews.reviewWhenReady(demo.division(), lastThreeYears, demo.now())).orElseThrow();
        verify(assembler, never()).update(any(OrganizationRef.class), any(ReviewPeriod.class), any(), any());
        verify(assembler, never()).assemble(any(OrganizationRef.class), any(ReviewPeriod.class));
        ReviewAnswersTest.same("the page's first read", opened.figures(),
                readOnly(() -> reviews.reference(demo.division(), lastThreeYears)).figures());
    }

    @Test
    void anAnswerAChangeMadeStaleIsComputedAgainAtTheNextHandOver() {
        long region = demo.scopeOf("canbo");
        String path = demo.pathOf(region);
        ready.handOver();
        assertThat(await(() -> answers.fresh(region, path, lastThreeYears))).isPresent();

        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                new RandomWrites(jdbc, new Random(11L), lastThreeYears).run(10));
        assertThat(readOnly(() -> answers.fresh(region, path, lastThreeYears))).as("stale after the writes").isEmpty();

        ready.handOver();
        Optional<ReviewAnswers.Answer> again = await(() -> answers.fresh(region, path, lastThreeYears));
        assertThat(again).as("computed again").isPresent();
        ReviewAnswersTest.same("kept again", again.get().review().figures(),
                readOnly(() -> reviews.reference(region, lastThreeYears)).figures());
    }

    private <T> T readOnly(Supplier<T> read) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> read.get());
    }

    /** The answer once the background kept it (at most 60 s). */
    private Optional<ReviewAnswers.Answer> await(Supplier<Optional<ReviewAnswers.Answer>> fresh) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Optional<ReviewAnswers.Answer> answer = readOnly(fresh);
        while (answer.isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = readOnly(fresh);
        }
        return answer;
    }
}
