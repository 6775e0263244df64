package vn.chibo.importing.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Writes a batch marked {@code COMMITTING} in one transaction, or nothing: under the import lock (which serialises
 * imports) the rows are compared with the records again — the rows the preview kept ({@link PreviewedRows}), else
 * the file read and checked again — and the steps run in order. Runs of {@link Plan.BatchStep}s go to their owning
 * module's bulk path a few thousand at a time; other steps run one by one. The rows written so far are stored in
 * short transactions of their own, so that the page's progress bar shows them while the commit runs. A row refused
 * at commit rolls everything back and is reported on the batch, which becomes invalid; any other failure too. The
 * commit holds a lease on the batch ({@link CommitLeases}) so that one left by a node that stopped is recovered.
 */
@Component
class ImportCommits {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommits.class);
    private static final String ENTITY = "ImportBatch";
    /**
     * Rows written one by one between two clears of the persistence context: every flush (each creation flushes to
     * get its id) dirty-checks all managed entities, three or more per row with history and audit.
     */
    private static final int FLUSH_EVERY = 50;
    /** Steps handed to a bulk writer at once: bounds memory and sets the progress bar's pace. */
    private static final int RUN = 2_000;
    /** From this many rows written, the planner's statistics are refreshed after the commit. */
    private static final int ANALYZE_FROM = 1_000;

    private final ImportChecker checker;
    private final ImportBatchStore store;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;
    private final PreviewedRows previewed;
    private final CommitLeases leases;
    private final java.util.concurrent.Executor executor;

    ImportCommits(ImportChecker checker, ImportBatchStore store, PlatformTransactionManager transactionManager,
                  ApplicationEventPublisher events, Clock clock, jakarta.persistence.EntityManager entities,
                  PreviewedRows previewed, CommitLeases leases,
                  @Qualifier("applicationTaskExecutor") java.util.concurrent.Executor executor) {
        this.executor = executor;
        this.previewed = previewed;
        this.leases = leases;
        this.checker = checker;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
        this.entities = entities;
    }

    /**
     * Commits a batch already marked {@code COMMITTING} under {@code owner}'s lease (renewed while it runs); the
     * outcome is stored on the batch and returned. A commit that lost its lease meanwhile writes nothing and returns
     * the batch as it now is.
     */
    ImportBatch run(long id, String owner) {
        ImportBatch result;
        try (CommitLeases.Held held = leases.hold(id, owner)) {
            result = transactions.execute(tx -> write(id, owner));
        } catch (LeaseLost lost) {
            LOG.warn("Import {}: the commit lost its lease before it ended; rolled back", id);
            return store.find(id).orElseThrow();
        } catch (RowFailed failed) {
            return transactions.execute(tx -> invalidate(id, owner, failed.checked));
        } catch (BusinessRuleException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be committed", id, e);
            Issues issues = new Issues();
            issues.error(null, null, "import.error.commitError");
            transactions.executeWithoutResult(tx -> invalidate(id, owner,
                    new ImportChecker.Checked(new Plan(0, List.of()), issues)));
            throw e;
        }
        if (result.creates() + result.updates() >= ANALYZE_FROM) {
            // After the commit, not inside it: the rows are visible already; the planner learns of them moments later.
            executor.execute(new DelegatingSecurityContextRunnable(() -> {
                try {
                    checker.kind(result.kind()).refreshStatistics();
                } catch (RuntimeException e) {
                    LOG.warn("Import {}: the statistics could not be refreshed after the commit", id, e);
                }
            }));
        }
        return result;
    }

    private ImportBatch write(long id, String owner) {
        long start = System.nanoTime();
        store.lockCommits();
        long locked = System.nanoTime();
        ImportBatch batch = store.find(id).orElseThrow();
        if (batch.status() != ImportBatch.Status.COMMITTING || !leases.holds(id, owner)) {
            throw new LeaseLost();
        }
        ImportChecker.Checked checked = previewed.take(batch).map(kept -> checker.recheck(batch.kind(), kept))
                .orElseGet(() -> checker.check(batch.kind(), store.content(id)));
        if (checked.issues().hasErrors()) {
            throw new RowFailed(checked);
        }
        long rechecked = System.nanoTime();
        List<Plan.Step> steps = checked.plan().steps();
        String source = "#" + id + " " + batch.fileName();
        Map<Integer, Long> createdByRow = new HashMap<>();
        int done = 0;
        int sinceClear = 0;
        while (done < steps.size()) {
            int end = done + 1;
            if (steps.get(done) instanceof Plan.BatchStep first) {
                while (end < steps.size() && end - done < RUN && steps.get(end) instanceof Plan.BatchStep next
                        && next.writer().equals(first.writer())) {
                    end++;
                }
                writeRun(id, steps.subList(done, end), first.writer(), createdByRow, source, checked);
            } else {
                writeOne(id, steps.get(done), createdByRow, checked);
                if (++sinceClear % FLUSH_EVERY == 0) {
                    entities.flush();
                    entities.clear();
                }
            }
            if (end / RUN != done / RUN || end == steps.size()) {
                int rowsDone = (int) ((long) end * batch.rows() / steps.size());
                ownTransaction.executeWithoutResult(tx -> store.commitProgress(id, rowsDone));
            }
            done = end;
        }
        long written = System.nanoTime();
        if (!leases.stillHeld(id, owner)) {
            throw new LeaseLost();
        }
        ImportBatch committed = batch.checked(checked.plan(), checked.issues()).with(ImportBatch.Status.COMMITTED, clock.instant());
        store.update(committed);
        store.replaceIssues(id, checked.issues().kept());
        audit(committed);
        LOG.info("Import {} written ({} steps): import lock {} ms, re-check {} ms, writing {} ms, batch and audit {} ms", id,
                steps.size(), ms(start, locked), ms(locked, rechecked), ms(rechecked, written), ms(written, System.nanoTime()));
        return committed;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void writeRun(long id, List<Plan.Step> run, Plan.BatchWriter writer, Map<Integer, Long> createdByRow,
                          String source, ImportChecker.Checked checked) {
        entities.flush();
        List<Plan.Written> written;
        try {
            written = writer.writeAll(run, createdByRow, source);
        } catch (Plan.RowRefused refused) {
            checked.issues().error(refused.row, refused.column, refused.messageKey, refused.arguments);
            throw new RowFailed(checked);
        } catch (BusinessRuleException e) {
            checked.issues().error(run.get(0).row(), null, e.messageKey(), e.arguments());
            throw new RowFailed(checked);
        }
        for (int i = 0; i < run.size(); i++) {
            if (written.get(i) != null && run.get(i).action() == Plan.Action.CREATE) {
                createdByRow.put(run.get(i).row(), written.get(i).entityId());
            }
        }
        store.recordAll(id, run, written);
    }

    private void writeOne(long id, Plan.Step step, Map<Integer, Long> createdByRow, ImportChecker.Checked checked) {
        Plan.Written written;
        try {
            written = step.run(createdByRow);
        } catch (BusinessRuleException e) {
            checked.issues().error(step.row(), null, e.messageKey(), e.arguments());
            throw new RowFailed(checked);
        }
        if (written != null) {
            store.record(id, written, step.action(), step.row());
        }
    }

    private ImportBatch invalidate(long id, String owner, ImportChecker.Checked checked) {
        if (!leases.stillHeld(id, owner)) {
            return store.find(id).orElseThrow();
        }
        ImportBatch batch = store.find(id).orElseThrow().checked(checked.plan(), checked.issues());
        ImportBatch invalid = batch.with(ImportBatch.Status.INVALID, null);
        store.update(invalid);
        store.replaceIssues(id, checked.issues().kept());
        return invalid;
    }

    private void audit(ImportBatch batch) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("kind", new Object[] {null, batch.kind().apiName()});
        changes.put("fileName", new Object[] {null, batch.fileName()});
        changes.put("sha256", new Object[] {null, batch.sha256()});
        changes.put("rows", new Object[] {null, batch.rows()});
        changes.put("created", new Object[] {null, batch.creates()});
        changes.put("updated", new Object[] {null, batch.updates()});
        changes.put("unchanged", new Object[] {null, batch.unchanged()});
        events.publishEvent(AuditRecord.of("IMPORT", ENTITY, batch.id(), CurrentUser.get().scopePath(),
                batch.fileName(), changes));
    }

    /** Another node took the batch after this commit's lease expired: this one rolls back. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the import commit's lease was lost", null, false, false);
        }
    }

    /** A row failed at commit: the transaction rolls back and the batch reports it. */
    private static final class RowFailed extends RuntimeException {
        private final transient ImportChecker.Checked checked;

        RowFailed(ImportChecker.Checked checked) {
            super("an import row failed at commit", null, false, false);
            this.checked = checked;
        }
    }
}
