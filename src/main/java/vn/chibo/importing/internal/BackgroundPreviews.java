package vn.chibo.importing.internal;

import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Checks an uploaded file in the background for the import page: the batch row counts the rows read (so that a
 * progress bar survives a reload), a cancelled batch stops the reading, and the outcome replaces the batch's
 * findings unless it was cancelled meanwhile. Runs as the account that uploaded the file, under a lease
 * ({@link CommitLeases}, renewed while it reads) so that a check left by a node that stopped is found and interrupted;
 * a check that lost its lease stops and stores nothing.
 */
@Component
class BackgroundPreviews {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPreviews.class);

    private final ImportChecker checker;
    private final ImportBatchStore store;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final PreviewedRows previewed;
    private final CommitLeases leases;

    BackgroundPreviews(ImportChecker checker, ImportBatchStore store, TransactionTemplate transactions,
                       @Qualifier("applicationTaskExecutor") Executor executor, PreviewedRows previewed,
                       CommitLeases leases) {
        this.previewed = previewed;
        this.leases = leases;
        this.checker = checker;
        this.store = store;
        this.transactions = transactions;
        this.executor = executor;
    }

    /** Checks the batch (marked {@code CHECKING} and given to {@code owner}) in the background. */
    void start(ImportBatch batch, byte[] content, String owner) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try (CommitLeases.Held held = leases.hold(batch.id(), owner)) {
                run(batch, content, owner);
            }
        }));
    }

    private void run(ImportBatch batch, byte[] content, String owner) {
        long id = batch.id();
        try {
            ImportChecker.Checked checked = checker.check(batch.kind(), content, done -> {
                store.progress(id, done);
                return leases.holds(id, owner);
            });
            if (finish(id, owner, batch.checked(checked.plan(), checked.issues()), checked.issues().kept())) {
                previewed.keep(batch, checked);
            }
        } catch (SheetReader.Cancelled e) {
            LOG.info("Import {} cancelled (or its check's lease lost) while being checked", id);
        } catch (BusinessRuleException e) {
            fail(batch, owner, e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be checked", id, e);
            fail(batch, owner, "import.error.unexpected");
        }
    }

    /** A file refused as a whole (missing column, too many rows...): one finding without a row. */
    private void fail(ImportBatch batch, String owner, String messageKey, Object... arguments) {
        Issues issues = new Issues();
        issues.error(null, null, messageKey, arguments);
        finish(batch.id(), owner, batch.checked(new Plan(0, List.of()), issues), issues.kept());
    }

    /** Stores the findings unless the batch was cancelled or its check taken by another node meanwhile; whether it stored them. */
    private boolean finish(long id, String owner, ImportBatch checked, List<Issues.Issue> issues) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (leases.stillHeld(id, owner)) {
                store.update(checked);
                store.replaceIssues(id, issues);
                leases.release(id);
                return true;
            }
            return false;
        }));
    }
}
