package vn.chibo.shared.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * Adds {@code delta} to the count of every organization on an organization path, its own included
     * ({@code /1/5/23/}: 1, 5 and 23), in a table keyed by {@code organization_id} and the other key columns given in
     * order with their values: the counts per whole subtree (V63, V65).
     */
    public static void addAlongPath(Connection conn, String table, String count, String path,
                                    List<String> keyColumns, List<Object> keys, long delta) throws SQLException {
        String where = keyColumns.stream().map(c -> " and " + c + " = ?").collect(Collectors.joining());
        String columns = String.join(", ", keyColumns);
        String marks = keyColumns.stream().map(c -> ", ?").collect(Collectors.joining());
        try (PreparedStatement update = conn.prepareStatement("update " + table + " set " + count + " = " + count
                + " + ? where organization_id = ?" + where);
             PreparedStatement insert = conn.prepareStatement("insert into " + table + " (organization_id, " + columns
                + ", " + count + ") values (?" + marks + ", ?)")) {
            for (String id : path.substring(1).split("/")) {
                long organization = Long.parseLong(id);
                update.setLong(1, delta);
                update.setLong(2, organization);
                insert.setLong(1, organization);
                for (int i = 0; i < keys.size(); i++) {
                    update.setObject(3 + i, keys.get(i));
                    insert.setObject(2 + i, keys.get(i));
                }
                insert.setLong(2 + keys.size(), delta);
                addOrCreate(update::executeUpdate, insert::executeUpdate);
            }
        }
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
