package vn.chibo.importing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chibo.shared.jdbc.CopyRows;

/** The import_batch, import_issue and import_record tables, in plain SQL. */
@Repository
class ImportBatchStore {

    private static final String SEPARATOR = "\u001F";
    private static final String BATCH_COLUMNS = "id, kind, status, file_name, sha256, rows_total, rows_done, error_count,"
            + " warning_count, create_count, update_count, unchanged_count, created_by, account_id, created_at, committed_at, interrupted_at";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private volatile Boolean postgres;

    ImportBatchStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long insert(ImportBatch batch, byte[] content, String scopePrefix) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_batch (kind, status, file_name, sha256, content, scope_prefix, rows_total, rows_done,
                        error_count, warning_count, create_count, update_count, unchanged_count, created_by, account_id, created_at)
                        values (:kind, :status, :file, :sha, :content, :scope, :rows, :done, :errors, :warnings, :creates, :updates,
                        :unchanged, :by, :account, :at)""")
                .param("kind", batch.kind().name()).param("status", batch.status().name()).param("file", batch.fileName())
                .param("sha", batch.sha256()).param("content", content).param("scope", scopePrefix)
                .param("rows", batch.rows()).param("done", batch.rowsDone()).param("errors", batch.errorCount())
                .param("warnings", batch.warningCount()).param("creates", batch.creates()).param("updates", batch.updates())
                .param("unchanged", batch.unchanged()).param("by", batch.createdBy()).param("account", batch.accountId())
                .param("at", Timestamp.from(batch.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ImportBatch> find(long id) {
        return jdbc.sql("select " + BATCH_COLUMNS + " from import_batch where id = :id").param("id", id)
                .query(ImportBatchStore::batch).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from import_batch where id = :id").param("id", id).query(byte[].class).single();
    }

    List<ImportBatch> recent(Long accountId, int limit) {
        return jdbc.sql("select " + BATCH_COLUMNS + " from import_batch"
                        + (accountId == null ? "" : " where account_id = :account") + " order by id desc limit :limit")
                .param("account", accountId).param("limit", limit)
                .query(ImportBatchStore::batch).list();
    }

    void update(ImportBatch batch) {
        jdbc.sql("""
                        update import_batch set status = :status, rows_total = :rows, rows_done = :done, error_count = :errors,
                        warning_count = :warnings, create_count = :creates, update_count = :updates, unchanged_count = :unchanged,
                        committed_at = :committed, version = version + 1 where id = :id""")
                .param("status", batch.status().name()).param("rows", batch.rows()).param("done", batch.rowsDone())
                .param("errors", batch.errorCount()).param("warnings", batch.warningCount())
                .param("creates", batch.creates()).param("updates", batch.updates()).param("unchanged", batch.unchanged())
                .param("committed", batch.committedAt() == null ? null : Timestamp.from(batch.committedAt()))
                .param("id", batch.id()).update();
    }

    /** The batch back to {@code CHECKING} from nothing: counts and findings cleared, to check its stored file again. */
    void restartCheck(long id) {
        jdbc.sql("""
                        update import_batch set status = 'CHECKING', rows_total = 0, rows_done = 0, error_count = 0,
                        warning_count = 0, create_count = 0, update_count = 0, unchanged_count = 0, interrupted_at = null,
                        version = version + 1 where id = :id""")
                .param("id", id).update();
        jdbc.sql("delete from import_issue where batch_id = :id").param("id", id).update();
    }

    /** Rows read so far by a check in the background (its own short transaction, so that a reload shows it). */
    void progress(long id, int rowsDone) {
        jdbc.sql("update import_batch set rows_done = :done where id = :id and status = 'CHECKING'")
                .param("done", rowsDone).param("id", id).update();
    }

    /** The status, with the batch row locked until the transaction ends (a cancel and a finished check do not cross). */
    Optional<ImportBatch.Status> lockStatus(long id) {
        return jdbc.sql("select status from import_batch where id = :id for update").param("id", id)
                .query((rs, n) -> ImportBatch.Status.valueOf(rs.getString(1))).optional();
    }

    Optional<ImportBatch.Status> status(long id) {
        return jdbc.sql("select status from import_batch where id = :id").param("id", id)
                .query((rs, n) -> ImportBatch.Status.valueOf(rs.getString(1))).optional();
    }

    void replaceIssues(long batchId, List<Issues.Issue> issues) {
        jdbc.sql("delete from import_issue where batch_id = :id").param("id", batchId).update();
        for (Issues.Issue issue : issues) {
            jdbc.sql("""
                            insert into import_issue (batch_id, severity, sheet, row_no, column_name, message_key, arguments)
                            values (:batch, :severity, :sheet, :row, :column, :key, :arguments)""")
                    .param("batch", batchId).param("severity", issue.severity().name()).param("sheet", issue.sheet())
                    .param("row", issue.row()).param("column", issue.column()).param("key", issue.messageKey())
                    .param("arguments", truncate(String.join(SEPARATOR, issue.arguments()), 2000))
                    .update();
        }
    }

    List<Issues.Issue> issues(long batchId) {
        return jdbc.sql("select severity, sheet, row_no, column_name, message_key, arguments from import_issue"
                        + " where batch_id = :id order by id")
                .param("id", batchId)
                .query((rs, n) -> new Issues.Issue(Issues.Severity.valueOf(rs.getString(1)), rs.getString(2),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null || rs.getString(6).isEmpty() ? List.of()
                                : Arrays.asList(rs.getString(6).split(SEPARATOR, -1))))
                .list();
    }

    void record(long batchId, Plan.Written written, Plan.Action action, int row) {
        jdbc.sql("""
                        insert into import_record (batch_id, entity_type, entity_id, action, row_no)
                        values (:batch, :type, :id, :action, :row)""")
                .param("batch", batchId).param("type", written.entityType()).param("id", written.entityId())
                .param("action", action.name()).param("row", row).update();
    }

    /**
     * Links a run of written records to the batch ({@code written} in the order of {@code steps}): through
     * {@code COPY} on PostgreSQL, else in one JDBC batch.
     */
    void recordAll(long batchId, List<Plan.Step> steps, List<Plan.Written> written) {
        List<Object[]> rows = new java.util.ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Plan.Written record = written.get(i);
            if (record != null) {
                rows.add(new Object[] {batchId, record.entityType(), record.entityId(), steps.get(i).action().name(),
                    steps.get(i).row()});
            }
        }
        if (copies()) {
            CopyRows.copy(template, "import_record", List.of("batch_id", "entity_type", "entity_id", "action", "row_no"),
                    rows.size(), (i, line) -> line.number(batchId).text((String) rows.get(i)[1]).number((Long) rows.get(i)[2])
                            .text((String) rows.get(i)[3]).number((Integer) rows.get(i)[4]));
            return;
        }
        template.batchUpdate("insert into import_record (batch_id, entity_type, entity_id, action, row_no) values (?, ?, ?, ?, ?)",
                rows);
    }

    /** Rows written so far by a commit (its own short transaction, so that the page shows it while the commit runs). */
    void commitProgress(long id, int rowsDone) {
        jdbc.sql("update import_batch set rows_done = :done where id = :id and status = 'COMMITTING'")
                .param("done", rowsDone).param("id", id).update();
    }

    /** The import that created a record, if one did. */
    Optional<Long> creatorOf(String entityType, long entityId) {
        return jdbc.sql("select batch_id from import_record where entity_type = :type and entity_id = :id and action = 'CREATE'")
                .param("type", entityType).param("id", entityId).query(Long.class).optional();
    }

    /** Serialises commits: each re-checks duplicates against what the previous one wrote. */
    void lockCommits() {
        jdbc.sql("select id from import_commit_lock where id = 1 for update").query(Integer.class).single();
    }

    private boolean copies() {
        if (postgres == null) {
            postgres = CopyRows.supported(template);
        }
        return postgres;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static ImportBatch batch(ResultSet rs, int n) throws SQLException {
        Timestamp committed = rs.getTimestamp(16);
        Timestamp interrupted = rs.getTimestamp(17);
        return new ImportBatch(rs.getLong(1), ImportKind.valueOf(rs.getString(2)), ImportBatch.Status.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getLong(14), rs.getTimestamp(15).toInstant(),
                committed == null ? null : committed.toInstant(), interrupted == null ? null : interrupted.toInstant());
    }
}
