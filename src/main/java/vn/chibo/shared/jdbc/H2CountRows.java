package vn.chibo.shared.jdbc;

import java.sql.SQLException;

/**
 * How H2's Java triggers add to a kept count (H2 has no {@code INSERT … ON CONFLICT}): update the row, and create it
 * when there is none. Two writers adding the first count of one key at once both find no row; the second one's insert
 * then waits for the first's and, once that commits, collides with it (SQL state 23505): the count is then added to
 * the row the first writer created, instead of failing the second writer's transaction.
 */
public final class H2CountRows {

    private static final String UNIQUE_VIOLATION = "23505";

    /** One statement of the pair: returns the rows it changed. */
    @FunctionalInterface
    public interface Statement {
        int run() throws SQLException;
    }

    private H2CountRows() {
    }

    public static void addOrCreate(Statement update, Statement insert) throws SQLException {
        if (update.run() > 0) {
            return;
        }
        try {
            insert.run();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || update.run() == 0) {
                throw e;
            }
        }
    }
}
