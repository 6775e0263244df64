package vn.chibo.importing.internal;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lease of a running check or commit, so that a batch left {@code CHECKING} or {@code COMMITTING} by a node that
 * stopped mid-way (nothing written: the check writes only its findings at the end, the commit is one transaction)
 * does not stay so for ever. A check whose lease expired becomes {@link ImportBatch.Status#INTERRUPTED} with one
 * error saying so ({@code import.error.checkInterrupted}; not committable), and may be checked again or cancelled. The committing node names itself with an owner
 * token ({@code chibo.node.name} or the JVM's "pid@host", plus a token of the attempt) and renews the batch's
 * heartbeat from its own thread while it writes (a quarter of the lease, so that a busy scheduler or a long wait for
 * the import lock does not let it lapse). A batch whose heartbeat is older than the lease ({@code
 * chibo.import.commit-lease}, 2 minutes) is marked {@link ImportBatch.Status#INTERRUPTED} by a check each minute (on
 * one node) and when it is read; a commit may then be committed again. (Every commit starts with a heartbeat; V34 gave one
 * to the batches already committing when it ran, V38 to those checking.) A commit checks under the batch's row lock, just
 * before its transaction ends, that it still holds the lease: if another node took the batch meanwhile, it rolls
 * back, so that a batch is never written twice.
 */
@Component
class CommitLeases {

    private static final Logger LOG = LoggerFactory.getLogger(CommitLeases.class);

    /** The error an interrupted check leaves on its batch. */
    static final String CHECK_INTERRUPTED = "import.error.checkInterrupted";
    private static final String LEASED = "('CHECKING', 'COMMITTING')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lease;
    private final String node;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-lease");
        thread.setDaemon(true);
        return thread;
    });

    CommitLeases(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, @Value("${chibo.import.commit-lease:PT2M}") Duration lease,
                 @Value("${chibo.node.name:}") String nodeName) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = lease;
        this.node = nodeName == null || nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName.strip();
    }

    /** A new owner token for one check or commit attempt on this node. */
    String newOwner() {
        String owner = node + " " + UUID.randomUUID().toString().substring(0, 8);
        return owner.length() <= 200 ? owner : owner.substring(owner.length() - 200);
    }

    /** Gives the batch (being marked {@code CHECKING} or {@code COMMITTING} in the caller's transaction) to this owner, from now. */
    void take(long batchId, String owner) {
        jdbc.sql("update import_batch set commit_owner = :owner, commit_heartbeat = :now where id = :id")
                .param("owner", owner).param("now", Timestamp.from(clock.instant())).param("id", batchId).update();
    }

    /** Renews the lease from its own thread until the returned handle is closed. */
    Held hold(long batchId, String owner) {
        long every = Math.max(1_000, lease.toMillis() / 4);
        ScheduledFuture<?> renewal = renewals.scheduleWithFixedDelay(() -> {
            try {
                renew(batchId, owner);
            } catch (RuntimeException e) {
                LOG.warn("Import {}: the lease of its check or commit could not be renewed", batchId, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return () -> renewal.cancel(false);
    }

    /** Whether the batch's heartbeat was renewed (false once the batch is no longer this owner's check or commit). */
    boolean renew(long batchId, String owner) {
        return jdbc.sql("update import_batch set commit_heartbeat = :now where id = :id and status in " + LEASED
                        + " and commit_owner = :owner")
                .param("now", Timestamp.from(clock.instant())).param("id", batchId).param("owner", owner).update() == 1;
    }

    /**
     * Whether this owner holds the batch's check or commit, without locking the row (the progress is written to it by
     * short transactions of their own meanwhile).
     */
    boolean holds(long batchId, String owner) {
        return jdbc.sql("select commit_owner from import_batch where id = :id and status in " + LEASED)
                .param("id", batchId).query(String.class).optional().filter(owner::equals).isPresent();
    }

    /** Whether this owner still holds the batch's check or commit, with the batch row locked until the transaction ends. */
    boolean stillHeld(long batchId, String owner) {
        return jdbc.sql("select commit_owner from import_batch where id = :id and status in " + LEASED + " for update")
                .param("id", batchId).query(String.class).optional().filter(owner::equals).isPresent();
    }

    /** Ends the lease once the check's findings are stored (in the caller's transaction). */
    void release(long batchId) {
        jdbc.sql("update import_batch set commit_owner = null, commit_heartbeat = null where id = :id")
                .param("id", batchId).update();
    }

    /** The batch marked interrupted if the lease of its check or commit expired; whether it was. */
    boolean recoverIfExpired(long batchId) {
        return interrupt(jdbc.sql("select id from import_batch where id = :id and status in " + LEASED
                        + " and commit_heartbeat < :cutoff")
                .param("id", batchId).param("cutoff", Timestamp.from(clock.instant().minus(lease))).query(Long.class).list(),
                clock.instant()) > 0;
    }

    /** Each minute, on one node: every batch whose check's or commit's lease expired is marked interrupted. */
    @Scheduled(fixedDelayString = "${chibo.import.commit-check:PT1M}", initialDelayString = "${chibo.import.commit-check:PT1M}")
    @SchedulerLock(name = "import-commit-leases", lockAtMostFor = "PT5M")
    public void recoverExpired() {
        recoverExpired(clock.instant());
    }

    /** Marks interrupted the batches whose check's or commit's lease had expired at {@code now}; how many. */
    int recoverExpired(Instant now) {
        return interrupt(jdbc.sql("select id from import_batch where status in " + LEASED
                        + " and commit_heartbeat < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(lease))).query(Long.class).list(), now);
    }

    private int interrupt(List<Long> ids, Instant now) {
        int interrupted = 0;
        for (long id : ids) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> interruptCommit(id, now) || interruptCheck(id, now)))) {
                interrupted++;
            }
        }
        return interrupted;
    }

    // Conditional again: a heartbeat renewed since the select keeps the batch running.
    private boolean interruptCommit(long id, Instant now) {
        int changed = jdbc.sql("""
                        update import_batch set status = 'INTERRUPTED', interrupted_at = :now, rows_done = 0,
                        commit_owner = null, commit_heartbeat = null, version = version + 1
                        where id = :id and status = 'COMMITTING' and commit_heartbeat < :cutoff""")
                .param("now", Timestamp.from(now)).param("id", id).param("cutoff", Timestamp.from(now.minus(lease))).update();
        if (changed == 1) {
            LOG.warn("Import {}: its commit's lease expired (the node writing it stopped); marked interrupted", id);
        }
        return changed == 1;
    }

    /** A check that stopped: interrupted with one error saying so, which keeps it from being committed. */
    private boolean interruptCheck(long id, Instant now) {
        int changed = jdbc.sql("""
                        update import_batch set status = 'INTERRUPTED', interrupted_at = :now, rows_total = 0, rows_done = 0,
                        error_count = 1, warning_count = 0, create_count = 0, update_count = 0, unchanged_count = 0,
                        commit_owner = null, commit_heartbeat = null, version = version + 1
                        where id = :id and status = 'CHECKING' and commit_heartbeat < :cutoff""")
                .param("now", Timestamp.from(now)).param("id", id).param("cutoff", Timestamp.from(now.minus(lease))).update();
        if (changed == 1) {
            jdbc.sql("delete from import_issue where batch_id = :id").param("id", id).update();
            jdbc.sql("""
                            insert into import_issue (batch_id, severity, sheet, row_no, column_name, message_key, arguments)
                            values (:id, 'ERROR', null, null, null, :key, '')""")
                    .param("id", id).param("key", CHECK_INTERRUPTED).update();
            LOG.warn("Import {}: its check's lease expired (the node reading it stopped); marked interrupted", id);
        }
        return changed == 1;
    }

    @PreDestroy
    void stop() {
        renewals.shutdownNow();
    }

    /** A lease being renewed; closing it stops the renewals. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
