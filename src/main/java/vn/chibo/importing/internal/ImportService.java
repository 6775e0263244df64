package vn.chibo.importing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Import batches: a preview checks a file and stores what it found (nothing else is written); a commit re-checks
 * the rows under a lock that serialises imports (the rows kept by the preview, see {@link PreviewedRows}, else the
 * file) and writes every row through the owning modules in one transaction, or nothing. A batch is the account's own (an administrator sees all).
 */
@Service
public class ImportService {

    private static final String ENTITY = "ImportBatch";

    private final ImportChecker checker;
    private final ImportBatchStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BackgroundPreviews background;
    private final ImportCommits commits;
    private final Executor executor;
    private final PreviewedRows previewed;
    private final CommitLeases leases;

    ImportService(ImportChecker checker, ImportBatchStore store, TransactionTemplate transactions, Clock clock,
                  BackgroundPreviews background, ImportCommits commits,
                  @Qualifier("applicationTaskExecutor") Executor executor, PreviewedRows previewed,
                  CommitLeases leases) {
        this.previewed = previewed;
        this.leases = leases;
        this.background = background;
        this.checker = checker;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.commits = commits;
        this.executor = executor;
    }

    /** A kind this server imports, by its API name; otherwise not found. */
    public ImportKind kind(String apiName) {
        return ImportKind.of(apiName).filter(checker::supports).orElseThrow(() -> new NotFoundException("ImportKind", 0L));
    }

    /** Reads and checks the file; stores the batch with its errors and warnings. Refuses a file that is not a usable workbook. */
    public ImportBatch preview(ImportKind kind, String fileName, byte[] content) {
        ChiboUser user = requireMay(kind);
        ImportChecker.Checked checked = checker.check(kind, content);
        ImportBatch batch = newBatch(kind, fileName, content, user).checked(checked.plan(), checked.issues());
        ImportBatch stored = transactions.execute(tx -> {
            long id = store.insert(batch, content, user.scopePath() == null ? "/" : user.scopePath());
            store.replaceIssues(id, checked.issues().kept());
            return batch.withId(id);
        });
        previewed.keep(stored, checked);
        return stored;
    }

    /**
     * For the import page: refuses a file that is no usable workbook at once, then reads and checks it in the
     * background; the batch shows the rows read so far until its findings are stored.
     */
    public ImportBatch startPreview(ImportKind kind, String fileName, byte[] content) {
        ChiboUser user = requireMay(kind);
        checker.guard(content);
        ImportBatch batch = newBatch(kind, fileName, content, user).with(ImportBatch.Status.CHECKING, null);
        String owner = leases.newOwner();
        ImportBatch stored = batch.withId(transactions.execute(tx -> {
            long id = store.insert(batch, content, user.scopePath() == null ? "/" : user.scopePath());
            leases.take(id, owner);
            return id;
        }));
        background.start(stored, content, owner);
        return stored;
    }

    /**
     * Checks the stored file of a batch again in the background, after its check was interrupted (the node reading
     * it stopped); refused (409) otherwise, e.g. while a check runs.
     */
    public ImportBatch recheck(long id) {
        ImportBatch batch = get(id);
        requireMay(batch.kind());
        String owner = leases.newOwner();
        ImportBatch checking = transactions.execute(tx -> {
            store.lockStatus(id);
            ImportBatch current = store.find(id).orElseThrow();
            if (!current.checkInterrupted()) {
                throw new DuplicateRecordException("file", "import.error.notRecheckable");
            }
            store.restartCheck(id);
            leases.take(id, owner);
            return store.find(id).orElseThrow();
        });
        background.start(checking, store.content(id), owner);
        return checking;
    }

    private ImportBatch newBatch(ImportKind kind, String fileName, byte[] content, ChiboUser user) {
        String name = VietnameseText.clean(fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        return new ImportBatch(0, kind, ImportBatch.Status.READY, name == null ? "import.xlsx" : truncate(name),
                sha256(content), 0, 0, 0, 0, 0, 0, 0, user.getUsername(), user.accountId(), clock.instant(), null, null);
    }

    /**
     * The account's batch; one left checking or committing by a node that stopped (lease expired) is marked
     * interrupted first.
     */
    public ImportBatch get(long id) {
        ChiboUser user = CurrentUser.get();
        ImportBatch batch = store.find(id).filter(b -> user.isAdmin() || b.accountId() == user.accountId())
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if ((batch.status() == ImportBatch.Status.CHECKING || batch.status() == ImportBatch.Status.COMMITTING)
                && leases.recoverIfExpired(id)) {
            return store.find(id).orElseThrow();
        }
        return batch;
    }

    public List<Issues.Issue> issues(long id) {
        get(id);
        return store.issues(id);
    }

    public List<ImportBatch> recent(int limit) {
        ChiboUser user = CurrentUser.get();
        return store.recent(user.isAdmin() ? null : user.accountId(), limit);
    }

    /** The import that created a record (e.g. {@code “Person”}, 42), if one did and the account may see it. */
    public Optional<ImportBatch> creatorOf(String entityType, long entityId) {
        ChiboUser user = CurrentUser.get();
        return store.creatorOf(entityType, entityId).flatMap(store::find)
                .filter(b -> user.isAdmin() || b.accountId() == user.accountId() || user.may(b.kind().permission()));
    }

    /**
     * Writes the batch's rows in one transaction (see {@link ImportCommits}) and returns the outcome. Refused (409)
     * while the preview has errors or another commit of the batch runs; a row that fails at commit rolls everything
     * back and is reported on the batch, which becomes invalid. The batch's progress shows while it runs.
     */
    public ImportBatch commit(long id) {
        String owner = leases.newOwner();
        markCommitting(id, owner);
        return commits.run(id, owner);
    }

    /** For the import page: marks the batch as being committed and writes it in the background (one transaction). */
    public ImportBatch startCommit(long id) {
        String owner = leases.newOwner();
        ImportBatch committing = markCommitting(id, owner);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                commits.run(id, owner);
            } catch (RuntimeException e) {
                // already logged and reported on the batch by ImportCommits
            }
        }));
        return committing;
    }

    /** Never twice at once: the batch row is locked while it becomes {@code COMMITTING} under this owner's lease. */
    private ImportBatch markCommitting(long id, String owner) {
        ImportBatch batch = get(id);
        requireMay(batch.kind());
        return transactions.execute(tx -> {
            store.lockStatus(id);
            ImportBatch current = store.find(id).orElseThrow();
            if (!current.committable()) {
                throw notCommittable(current);
            }
            ImportBatch committing = current.with(ImportBatch.Status.COMMITTING, null).progressed(0);
            store.update(committing);
            leases.take(id, owner);
            return committing;
        });
    }

    /** Gives up a batch that was not committed, also while it is being checked (the check stops). */
    public ImportBatch cancel(long id) {
        get(id);
        return transactions.execute(tx -> {
            store.lockStatus(id);
            ImportBatch batch = store.find(id).orElseThrow();
            if (batch.status() == ImportBatch.Status.COMMITTED || batch.status() == ImportBatch.Status.CANCELLED
                    || batch.status() == ImportBatch.Status.COMMITTING) {
                throw notCommittable(batch);
            }
            ImportBatch cancelled = batch.with(ImportBatch.Status.CANCELLED, null);
            store.update(cancelled);
            previewed.forget(id);
            return cancelled;
        });
    }

    /** 409: a batch with errors, or one already committed or cancelled, or whose check was interrupted. */
    static DuplicateRecordException notCommittable(ImportBatch batch) {
        return new DuplicateRecordException("file", "import.error.notCommittable."
                + (batch.checkInterrupted() ? "CHECK_INTERRUPTED" : batch.status().name()));
    }

    private static ChiboUser requireMay(ImportKind kind) {
        ChiboUser user = CurrentUser.get();
        if (!user.may(kind.permission())) {
            throw new ForbiddenException("import " + kind.apiName());
        }
        return user;
    }

    private static String truncate(String name) {
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
