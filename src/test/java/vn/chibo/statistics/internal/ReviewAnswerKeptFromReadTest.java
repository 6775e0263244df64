package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
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
import vn.chibo.organization.OrganizationRef;
import vn.chibo.statistics.RandomWrites;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * With the background refresher on (as deployed): a read that finds no fresh answer computes the review from the raw
 * rows once and that very computation is kept, so the next read is served from it without a second pass; a read
 * inside a transaction that wrote something of its own keeps nothing it saw, and the answer kept after it rolled
 * back holds committed rows only.
 */
@IntegrationTest
@TestPropertySource(properties = {"chibo.statistics.answers.background=true",
        "chibo.statistics.answers.refresh-delay=PT1H",
        "chibo.statistics.answers.ready-above-organizations=0"})
class ReviewAnswerKeptFromReadTest {

    @MockitoSpyBean
    ReviewAssembler assembler;
    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    ReviewAnswers answers;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    ReviewPeriod period;
    long division;
    long region;

    @BeforeEach
    void signInAndForgetTheAnswers() {
        demo.signIn("canbo");
        int year = demo.today().getYear();
        period = ReviewPeriod.ofYears(year - 2, year);
        division = demo.division();
        region = demo.scopeOf("canbo");
        jdbc.sql("delete from review_answer").update();
        clearInvocations(assembler);
    }

    @Test
    void aStaleReadKeepsWhatItComputedAndTheNextReadIsServedFromIt() {
        Review first = readOnly(() -> reviews.review(division, period));
        Optional<ReviewAnswers.Answer> kept = await(() -> answers.fresh(division, demo.pathOf(division), period));

        assertThat(kept).as("the read's answer, kept off the request thread").isPresent();
        ReviewAnswersTest.same("kept total", kept.get().review().figures(), first.figures());
        Review second = readOnly(() -> reviews.review(division, period));
        ReviewAnswersTest.same("second read", second.figures(), first.figures());
        verify(assembler, times(1)).update(any(OrganizationRef.class), any(ReviewPeriod.class), any(), any());
    }

    @Test
    void aReadThatSeesItsOwnUncommittedWritesKeepsNothingOfThem() {
        TransactionTemplate writing = new TransactionTemplate(transactionManager);
        Review seen = writing.execute(status -> {
            new RandomWrites(jdbc, new Random(7L), period).run(25);
            Review review = reviews.review(region, period);
            status.setRollbackOnly();
            return review;
        });
        Optional<ReviewAnswers.Answer> kept = await(() -> answers.fresh(region, demo.pathOf(region), period));

        assertThat(kept).as("computed again in the background from committed rows").isPresent();
        Review reference = readOnly(() -> reviews.reference(region, period));
        ReviewAnswersTest.same("kept after the rollback", kept.get().review().figures(), reference.figures());
        assertThat(seen.figures()).as("the rolled-back writes were seen inside their transaction")
                .isNotEqualTo(reference.figures());
    }

    private <T> T readOnly(Supplier<T> read) {
        return new BackgroundAnswers(transactionManager).readOnly(read);
    }

    /** The answer once the refresher kept it (at most 30 s; it runs right after the read). */
    private Optional<ReviewAnswers.Answer> await(Supplier<Optional<ReviewAnswers.Answer>> fresh) {
        return new BackgroundAnswers(transactionManager).await(fresh, Duration.ofSeconds(30));
    }
}
