package vn.chibo.shared.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * An H2 row trigger that keeps a count in the writer's transaction: what the row counted as before the change counts
 * one less, what it counts as after it one more, and nothing happens when the two are the same (most updates).
 *
 * @param <C> what a row counts as: its key in the kept table (a record, compared by value)
 */
public abstract class H2RowCountTrigger<C> implements Trigger {

    @Override
    public final void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        C before = oldRow == null ? null : counted(oldRow);
        C after = newRow == null ? null : counted(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            add(conn, before, -1);
        }
        if (after != null) {
            add(conn, after, 1);
        }
    }

    /** What a row of the table counts as, {@code null} when it counts nothing. */
    protected abstract C counted(Object[] row);

    /** Adds {@code delta} to the count of what a row counts as. */
    protected abstract void add(Connection conn, C counted, int delta) throws SQLException;
}
