package vn.chibo.emulation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code registration_review} (Flyway V45, whose PostgreSQL twin does the same with a PL/pgSQL statement
 * trigger): after each inserted, updated or deleted self-review row, the mark of the row's registration and period
 * before the change counts one row less (and goes when it counts none), the mark after it one row more (made when
 * missing). Only updates of the mark's row, so that two writers of one mark queue on it. Called by the database, never
 * by the application.
 */
public class RegistrationReviewTrigger implements Trigger {

    private int registrationColumn;
    private int periodColumn;

    private record Key(long registrationId, String period) {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Registration review marks");
        registrationColumn = columns.index("REGISTRATION_ID");
        periodColumn = columns.index("REVIEW_PERIOD");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Key before = oldRow == null ? null : key(oldRow);
        Key after = newRow == null ? null : key(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            change(conn, before, -1);
            try (PreparedStatement delete = conn.prepareStatement("delete from registration_review where registration_id = ?"
                    + " and review_period = ? and indicator_rows <= 0")) {
                delete.setLong(1, before.registrationId());
                delete.setString(2, before.period());
                delete.executeUpdate();
            }
        }
        if (after != null) {
            try (PreparedStatement insert = conn.prepareStatement("insert into registration_review (registration_id,"
                    + " review_period, programme_id, org_path, indicator_rows) select s.id, ?, s.programme_id, s.org_path, 1"
                    + " from registration s where s.id = ?")) {
                insert.setString(1, after.period());
                insert.setLong(2, after.registrationId());
                H2CountRows.addOrCreate(() -> change(conn, after, 1), insert::executeUpdate);
            }
        }
    }

    private Key key(Object[] row) {
        return new Key(((Number) row[registrationColumn]).longValue(), row[periodColumn].toString());
    }

    private static int change(Connection conn, Key key, int rows) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("update registration_review set indicator_rows = indicator_rows + ?"
                + " where registration_id = ? and review_period = ?")) {
            update.setInt(1, rows);
            update.setLong(2, key.registrationId());
            update.setString(3, key.period());
            return update.executeUpdate();
        }
    }
}
