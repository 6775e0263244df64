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
 * findings unless it was cancelled meanwhile. Runs as the account that uploaded the file.
 */
@Component
class BackgroundPreviews {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPreviews.class);

    private final ImportChecker checker;
    private final ImportBatchStore store;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final PreviewedRows previewed;

    BackgroundPreviews(ImportChecker checker, ImportBatchStore store, TransactionTemplate transactions,
                       @Qualifier("applicationTaskExecutor") Executor executor, PreviewedRows previewed) {
        this.previewed = previewed;
        this.checker = checker;
        this.store = store;
        this.transactions = transactions;
        this.executor = executor;
    }

    void start(ImportBatch batch, byte[] content) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(batch, content)));
    }

    private void run(ImportBatch batch, byte[] content) {
        long id = batch.id();
        try {
            ImportChecker.Checked checked = checker.check(batch.kind(), content, done -> {
                store.progress(id, done);
                return store.status(id).orElse(ImportBatch.Status.CANCELLED) == ImportBatch.Status.CHECKING;
            });
            if (finish(id, batch.checked(checked.plan(), checked.issues()), checked.issues().kept())) {
                previewed.keep(batch, checked);
            }
        } catch (SheetReader.Cancelled e) {
            LOG.info("Import {} cancelled while being checked", id);
        } catch (BusinessRuleException e) {
            fail(batch, e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be checked", id, e);
            fail(batch, "import.error.unexpected");
        }
    }

    /** A file refused as a whole (missing column, too many rows...): one finding without a row. */
    private void fail(ImportBatch batch, String messageKey, Object... arguments) {
        Issues issues = new Issues();
        issues.error(null, null, messageKey, arguments);
        finish(batch.id(), batch.checked(new Plan(0, List.of()), issues), issues.kept());
    }

    /** Stores the findings unless the batch was cancelled meanwhile; whether it stored them. */
    private boolean finish(long id, ImportBatch checked, List<Issues.Issue> issues) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (store.lockStatus(id).orElse(null) == ImportBatch.Status.CHECKING) {
                store.update(checked);
                store.replaceIssues(id, issues);
                return true;
            }
            return false;
        }));
    }
}
