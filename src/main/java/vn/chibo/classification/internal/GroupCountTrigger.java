package vn.chibo.classification.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code classification_group_count} (Flyway V43, whose PostgreSQL twin does the same with a statement
 * trigger): after each inserted, updated or deleted entry, its group's count moves by one, in the writer's
 * transaction. Called by the database, never by the application.
 */
public class GroupCountTrigger implements Trigger {

    private static final List<String> COLUMNS = List.of("ROUND_ID", "QUOTA_GROUP", "SUBJECT_KIND", "STATUS", "DECIDED_GRADE",
            "ORGANIZATION_ID", "ORG_PATH", "DECIDING_ORG_ID", "DECIDING_ORG_PATH");

    private final int[] at = new int[COLUMNS.size()];

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Classification group counts");
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = columns.index(COLUMNS.get(i));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            add(conn, oldRow, -1);
        }
        if (newRow != null) {
            add(conn, newRow, 1);
        }
    }

    private void add(Connection conn, Object[] row, int change) throws SQLException {
        String orgPath = (String) row[at[6]];
        String decidingPath = (String) row[at[8]];
        boolean stray = !orgPath.startsWith(decidingPath);
        long strayOrg = stray ? ((Number) row[at[5]]).longValue() : 0L;
        String grade = row[at[4]] == null ? "" : (String) row[at[4]];
        try (PreparedStatement update = conn.prepareStatement("update classification_group_count set entries = entries + ?,"
                + " deciding_org_id = ?, deciding_org_path = ?, stray_org_path = ? where round_id = ? and quota_group = ?"
                + " and subject_kind = ? and status = ? and grade = ? and stray_org_id = ?");
             PreparedStatement insert = conn.prepareStatement("insert into classification_group_count (round_id, quota_group,"
                + " subject_kind, status, grade, stray_org_id, deciding_org_id, deciding_org_path, stray_org_path, entries)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            update.setLong(1, change);
            update.setObject(2, row[at[7]]);
            update.setString(3, decidingPath);
            update.setString(4, stray ? orgPath : null);
            bindKey(update, 5, row, grade, strayOrg);
            bindKey(insert, 1, row, grade, strayOrg);
            insert.setObject(7, row[at[7]]);
            insert.setString(8, decidingPath);
            insert.setString(9, stray ? orgPath : null);
            insert.setLong(10, change);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private void bindKey(PreparedStatement statement, int first, Object[] row, String grade, long strayOrg) throws SQLException {
        statement.setObject(first, row[at[0]]);
        statement.setObject(first + 1, row[at[1]]);
        statement.setObject(first + 2, row[at[2]]);
        statement.setObject(first + 3, row[at[3]]);
        statement.setString(first + 4, grade);
        statement.setLong(first + 5, strayOrg);
    }
}
