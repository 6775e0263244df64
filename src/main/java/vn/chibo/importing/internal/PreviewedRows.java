package vn.chibo.importing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rows the last few previews read and checked, by batch and file hash, so that their commit need not read and
 * check the file again (about as long as the preview itself). Held in memory, not in the database: the rows are the
 * owning modules' records, a copy in a table would duplicate their columns for minutes of use. It is an optimisation
 * only: a commit on another node, after a restart or after this copy was dropped, re-checks the file as before; a
 * commit with the copy re-compares the rows with the records under the import lock all the same.
 */
@Component
class PreviewedRows {

    /** About 15 MB per 30,000 people rows; previews are committed within minutes or not at all. */
    private static final int KEPT_BATCHES = 4;

    private record Entry(String sha256, ImportKind kind, ImportChecker.Kept kept) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > KEPT_BATCHES;
        }
    };

    /** Keeps what a preview without errors read (nothing for a preview with errors: it cannot be committed). */
    synchronized void keep(ImportBatch batch, ImportChecker.Checked checked) {
        if (checked.kept() != null && !checked.issues().hasErrors()) {
            entries.put(batch.id(), new Entry(batch.sha256(), batch.kind(), checked.kept()));
        }
    }

    /** The rows of this batch's preview, once (a commit uses them up), if still held and of the same file. */
    synchronized Optional<ImportChecker.Kept> take(ImportBatch batch) {
        Entry entry = entries.remove(batch.id());
        return entry != null && entry.sha256().equals(batch.sha256()) && entry.kind() == batch.kind()
                ? Optional.of(entry.kept()) : Optional.empty();
    }

    synchronized void forget(long batchId) {
        entries.remove(batchId);
    }
}
