package vn.chibo.statistics.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;

/**
 * Keeps the answers of the reviews this node was asked for ({@link ReviewAnswers}) fresh, off the request thread:
 * a review answered from the raw rows (no answer yet, or a stale one) is computed again in the background, and after
 * each committed change (every write publishes an {@link AuditRecord}) the answers asked for in the last day are
 * checked, debounced, and the stale ones computed again. Each computation runs in its own transaction, which sees
 * committed rows only. Which answers to refresh is this node's memory; whether an answer may be served is not (the
 * database decides, {@link ReviewAnswers#fresh}).
 */
@Component
class ReviewRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReviewRefresher.class);
    private static final Duration WATCHED = Duration.ofDays(1);
    /** Past this many journal rows the journal is emptied with every answer (answers are then computed again). */
    private static final long JOURNAL_LIMIT = 100_000;

    private record Key(OrganizationRef root, ReviewPeriod period) {
    }

    private final ReviewAssembler assembler;
    private final ReviewAnswers answers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Key, Instant> asked = new ConcurrentHashMap<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Reviews whose computation is waiting for the worker: a page asking again meanwhile queues nothing more. */
    private final java.util.Set<Key> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "review-answers");
        thread.setDaemon(true);
        return thread;
    });

    /** Changes arriving within this delay are handled by one pass: under steady writes, one recomputation per delay. */
    private final Duration debounce;
    /** Off: answers are kept only when computed by {@link #refresh}; every other read is answered from the raw rows. */
    private final boolean background;

    ReviewRefresher(ReviewAssembler assembler, ReviewAnswers answers, PlatformTransactionManager transactions, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${chibo.statistics.answers.refresh-delay:PT30S}") Duration debounce,
                    @org.springframework.beans.factory.annotation.Value("${chibo.statistics.answers.background:true}") boolean background) {
        this.debounce = debounce;
        this.background = background;
        this.assembler = assembler;
        this.answers = answers;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A review of a kept period was asked for: watch it, and compute its answer in the background if it had none. */
    void asked(OrganizationRef root, ReviewPeriod period, boolean answered) {
        Key key = new Key(root, period);
        asked.put(key, clock.instant());
        if (!answered && !stopped && background && queued.add(key)) {
            run(() -> {
                queued.remove(key);
                compactIfLarge();
                refreshIfStale(key);
            }, 0);
        }
    }

    /**
     * A review to have ready though nobody asked for it ({@link ReviewsKeptReady}): its answer computed by the worker if
     * missing or stale, after the work already queued (a page's), and waited for; not watched after changes (the next
     * hand-over checks it again). Returns at once when the background is off or stopping.
     */
    void keepReady(OrganizationRef root, ReviewPeriod period) throws InterruptedException {
        if (stopped || !background) {
            return;
        }
        java.util.concurrent.Future<?> done;
        try {
            done = worker.submit(() -> refreshIfStale(new Key(root, period)));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return; // the application is stopping
        }
        while (!stopped) {
            try {
                done.get(1, TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                // still computing: look again, unless the application is stopping
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Review answer of {} {} not kept ready: {}", root.path(), period, e.getCause().toString());
                return;
            }
        }
    }

    /** Whether answers are computed in the background here (a read may then wait for one instead of computing it). */
    boolean computesInBackground() {
        return background && !stopped;
    }

    /**
     * A read computed the answer from the raw rows after reading {@code stamp}: watch the review and keep that answer
     * off the request thread, in a transaction of its own, instead of computing it a second time.
     */
    void computed(OrganizationRef root, ReviewPeriod period, ReviewAnswers.Stamp stamp, Instant startedAt,
                  ReviewAssembler.Pass pass) {
        asked.put(new Key(root, period), clock.instant());
        if (!stopped && background) {
            run(() -> keep(root, period, stamp, startedAt, pass), 0);
        }
    }

    /**
     * The review counted after the stamp {@code found} ends with was read: the kept answer it found with the sources
     * whose tables changed since (and, on a later day, those that depend on the day) counted anew
     * ({@link ReviewAssembler#update}), or every source when there is none.
     */
    ReviewAssembler.Pass upToDate(OrganizationRef root, ReviewPeriod period, ReviewAnswers.Found found) {
        var kept = found.base();
        return assembler.update(root, period, kept.orElse(null),
                kept.map(k -> k.changedSince(found.stamp(), answers.today())).orElse(java.util.Set.of()));
    }

    @TransactionalEventListener
    void changed(AuditRecord change) {
        refreshSoon();
    }

    /** A bulk load (an import) publishes its audit records together. */
    @TransactionalEventListener
    void changed(vn.chibo.shared.audit.AuditRecords changes) {
        refreshSoon();
    }

    private void refreshSoon() {
        if (background && !stopped && !asked.isEmpty() && pending.compareAndSet(false, true)) {
            run(this::refreshWatched, debounce.toMillis());
        }
    }

    private void run(Runnable work, long delayMillis) {
        try {
            worker.schedule(work, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.set(false); // the application is stopping: reads fall back to the raw rows anyway
        }
    }

    /** Computes the answer now, in a transaction of its own (committed rows only), and keeps it. */
    void refresh(OrganizationRef root, ReviewPeriod period) {
        keeping(root, period, () -> {
            Instant startedAt = clock.instant();
            ReviewAnswers.Found found = answers.find(root.id(), root.path(), period);
            answers.keep(root.id(), period, found.stamp(), startedAt, upToDate(root, period, found));
        });
    }

    private void keep(OrganizationRef root, ReviewPeriod period, ReviewAnswers.Stamp stamp, Instant startedAt,
                      ReviewAssembler.Pass pass) {
        try {
            keeping(root, period, () -> answers.keep(root.id(), period, stamp, startedAt, pass));
        } catch (RuntimeException e) {
            log.warn("Review answer of {} {} not kept: {}", root.path(), period, e.toString());
        }
    }

    /** Runs a keep in a transaction of its own (committed rows only). */
    private void keeping(OrganizationRef root, ReviewPeriod period, Runnable keep) {
        try {
            transactions.executeWithoutResult(status -> keep.run());
        } catch (DataIntegrityViolationException e) {
            // another node (or thread) kept an answer for the same review at the same time: either serves
            log.debug("Review answer of {} {} kept concurrently", root.path(), period);
        }
    }

    private void refreshWatched() {
        pending.set(false);
        Instant since = clock.instant().minus(WATCHED);
        asked.entrySet().removeIf(e -> e.getValue().isBefore(since));
        compactIfLarge();
        asked.keySet().forEach(this::refreshIfStale);
    }

    private void refreshIfStale(Key key) {
        if (stopped) {
            return;
        }
        try {
            boolean fresh = Boolean.TRUE.equals(transactions.execute(status ->
                    answers.fresh(key.root().id(), key.root().path(), key.period()).isPresent()));
            if (!fresh) {
                refresh(key.root(), key.period());
            }
        } catch (RuntimeException e) {
            // the organization may be gone or the database busy: the review is still answered from the raw rows
            log.warn("Review answer of {} {} not refreshed: {}", key.root().path(), key.period(), e.toString());
        }
    }

    private void compactIfLarge() {
        try {
            transactions.executeWithoutResult(status -> {
                if (answers.journalSize() > JOURNAL_LIMIT) {
                    answers.compact();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Figure change journal not compacted: {}", e.toString());
        }
    }

    /** Before the data source closes (this bean depends on it): no refresh starts, the one running may finish. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
