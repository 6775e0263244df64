package vn.chibo.statistics.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads, each in a read-only transaction of its own, and waits for the answers the background refresher keeps. */
final class BackgroundAnswers {

    private final PlatformTransactionManager transactions;

    BackgroundAnswers(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    <T> T readOnly(Supplier<T> read) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> read.get());
    }

    /** The answer once the background kept it, or empty after {@code within}. */
    Optional<ReviewAnswers.Answer> await(Supplier<Optional<ReviewAnswers.Answer>> fresh, Duration within) {
        long until = System.nanoTime() + within.toNanos();
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
