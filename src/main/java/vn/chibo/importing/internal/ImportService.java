package vn.chibo.importing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Import batches: a preview checks a file and stores what it found (nothing else is written); a commit re-checks
 * the file under a lock that serialises imports and writes every row through the owning modules in one transaction,
 * or nothing. A batch is the account's own (an administrator sees all).
 */
@Service
public class ImportService {

    private static final String ENTITY = "ImportBatch";
    /** Rows written between two clears of the persistence context: it would otherwise dirty-check every earlier row. */
    private static final int FLUSH_EVERY = 500;

    private final ImportChecker checker;
    private final ImportBatchStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;
    private final BackgroundPreviews background;

    ImportService(ImportChecker checker, ImportBatchStore store, TransactionTemplate transactions,
                  ApplicationEventPublisher events, Clock clock, jakarta.persistence.EntityManager entities,
                  BackgroundPreviews background) {
        this.entities = entities;
        this.background = background;
        this.checker = checker;
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
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
        return transactions.execute(tx -> {
            long id = store.insert(batch, content, user.scopePath() == null ? "/" : user.scopePath());
            store.replaceIssues(id, checked.issues().kept());
            return batch.withId(id);
        });
    }

    /**
     * For the import page: refuses a file that is no usable workbook at once, then reads and checks it in the
     * background; the batch shows the rows read so far until its findings are stored.
     */
    public ImportBatch startPreview(ImportKind kind, String fileName, byte[] content) {
        ChiboUser user = requireMay(kind);
        checker.guard(content);
        ImportBatch batch = newBatch(kind, fileName, content, user).with(ImportBatch.Status.CHECKING, null);
        ImportBatch stored = batch.withId(transactions.execute(tx ->
                store.insert(batch, content, user.scopePath() == null ? "/" : user.scopePath())));
        background.start(stored, content);
        return stored;
    }

    private ImportBatch newBatch(ImportKind kind, String fileName, byte[] content, ChiboUser user) {
        String name = VietnameseText.clean(fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        return new ImportBatch(0, kind, ImportBatch.Status.READY, name == null ? "import.xlsx" : truncate(name),
                sha256(content), 0, 0, 0, 0, 0, 0, 0, user.getUsername(), user.accountId(), clock.instant(), null);
    }

    public ImportBatch get(long id) {
        ChiboUser user = CurrentUser.get();
        return store.find(id).filter(b -> user.isAdmin() || b.accountId() == user.accountId())
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
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
     * Writes the batch's rows in one transaction. Refused (409) while the preview has errors; the rows are checked
     * again under the import lock, and a row that fails then (or while being written) rolls everything back and is
     * reported on the batch, which becomes invalid.
     */
    public ImportBatch commit(long id) {
        ImportBatch batch = get(id);
        requireMay(batch.kind());
        if (!batch.committable()) {
            throw notCommittable(batch);
        }
        try {
            return transactions.execute(tx -> write(id));
        } catch (RowFailed failed) {
            return transactions.execute(tx -> invalidate(id, failed.checked));
        }
    }

    /** Gives up a batch that was not committed, also while it is being checked (the check stops). */
    public ImportBatch cancel(long id) {
        get(id);
        return transactions.execute(tx -> {
            store.lockStatus(id);
            ImportBatch batch = store.find(id).orElseThrow();
            if (batch.status() == ImportBatch.Status.COMMITTED || batch.status() == ImportBatch.Status.CANCELLED) {
                throw notCommittable(batch);
            }
            ImportBatch cancelled = batch.with(ImportBatch.Status.CANCELLED, null);
            store.update(cancelled);
            return cancelled;
        });
    }

    private ImportBatch write(long id) {
        store.lockCommits();
        ImportBatch batch = store.find(id).orElseThrow();
        if (!batch.committable()) {
            throw notCommittable(batch);
        }
        ImportChecker.Checked checked = checker.check(batch.kind(), store.content(id));
        if (checked.issues().hasErrors()) {
            throw new RowFailed(checked);
        }
        Map<Integer, Long> createdByRow = new HashMap<>();
        int done = 0;
        for (Plan.Step step : checked.plan().steps()) {
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
            if (++done % FLUSH_EVERY == 0) {
                entities.flush();
                entities.clear();
            }
        }
        ImportBatch committed = batch.checked(checked.plan(), checked.issues()).with(ImportBatch.Status.COMMITTED, clock.instant());
        store.update(committed);
        store.replaceIssues(id, checked.issues().kept());
        audit(committed);
        return committed;
    }

    private ImportBatch invalidate(long id, ImportChecker.Checked checked) {
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

    /** 409: a batch with errors, or one already committed or cancelled. */
    private static DuplicateRecordException notCommittable(ImportBatch batch) {
        return new DuplicateRecordException("file", "import.error.notCommittable." + batch.status().name());
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

    /** A row failed at commit: the transaction rolls back and the batch reports it. */
    private static final class RowFailed extends RuntimeException {
        private final transient ImportChecker.Checked checked;

        RowFailed(ImportChecker.Checked checked) {
            super("an import row failed at commit", null, false, false);
            this.checked = checked;
        }
    }
}
