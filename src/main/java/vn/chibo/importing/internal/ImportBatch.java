package vn.chibo.importing.internal;

import java.time.Instant;

/** One uploaded file: what it is, who sent it, what its preview found and what its commit did. */
public record ImportBatch(long id, ImportKind kind, Status status, String fileName, String sha256, int rows, int rowsDone,
                          int errorCount, int warningCount, int creates, int updates, int unchanged, String createdBy,
                          long accountId, Instant createdAt, Instant committedAt, Instant interruptedAt) {

    public enum Status {
        /** Being read and checked in the background; {@code rowsDone} counts the rows read so far. */
        CHECKING,
        /** Checked without errors: may be committed. */
        READY,
        /** Checked with errors: fix the file and upload it again. */
        INVALID,
        /** Being written in one transaction; {@code rowsDone} counts the rows written so far. */
        COMMITTING,
        COMMITTED,
        CANCELLED,
        /**
         * A commit whose node stopped while writing (its lease expired, see {@code CommitLeases}): nothing was written,
         * the batch may be committed again; {@code interruptedAt} says when the interruption was found. Or a check
         * whose node stopped while reading: one error says so ({@link #checkInterrupted()}), and the stored file may
         * be checked again.
         */
        INTERRUPTED
    }

    public boolean committable() {
        return (status == Status.READY || status == Status.INTERRUPTED) && errorCount == 0;
    }

    /**
     * A check (not a commit) interrupted: its batch carries the one error saying so, while an interrupted commit's
     * batch had none (only a batch without errors is committed).
     */
    public boolean checkInterrupted() {
        return status == Status.INTERRUPTED && errorCount > 0;
    }

    ImportBatch withId(long newId) {
        return new ImportBatch(newId, kind, status, fileName, sha256, rows, rowsDone, errorCount, warningCount, creates,
                updates, unchanged, createdBy, accountId, createdAt, committedAt, interruptedAt);
    }

    ImportBatch checked(Plan plan, Issues issues) {
        return new ImportBatch(id, kind, issues.hasErrors() ? Status.INVALID : Status.READY, fileName, sha256, plan.rows(),
                plan.rows(), issues.errors(), issues.warnings(), (int) plan.count(Plan.Action.CREATE),
                (int) plan.count(Plan.Action.UPDATE), (int) plan.count(Plan.Action.UNCHANGED), createdBy, accountId,
                createdAt, committedAt, interruptedAt);
    }

    ImportBatch progressed(int done) {
        return new ImportBatch(id, kind, status, fileName, sha256, rows, done, errorCount, warningCount, creates,
                updates, unchanged, createdBy, accountId, createdAt, committedAt, interruptedAt);
    }

    /** Rows done in percent, for the progress bar of a check or a commit. */
    public int percentDone() {
        return rows == 0 ? 0 : (int) Math.min(100, (long) rowsDone * 100 / rows);
    }

    ImportBatch with(Status newStatus, Instant committed) {
        return new ImportBatch(id, kind, newStatus, fileName, sha256, rows, rowsDone, errorCount, warningCount, creates,
                updates, unchanged, createdBy, accountId, createdAt, committed, interruptedAt);
    }
}
