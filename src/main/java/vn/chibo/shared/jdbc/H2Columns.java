package vn.chibo.shared.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Where a table's columns stand in the row arrays H2 hands a Java trigger ({@code org.h2.api.Trigger}): the triggers
 * that keep the figure journal and the counts in H2 find their columns by name once, when H2 initialises them.
 */
public final class H2Columns {

    private final List<String> names;
    private final String table;
    private final String keeper;

    private H2Columns(List<String> names, String table, String keeper) {
        this.names = names;
        this.table = table;
        this.keeper = keeper;
    }

    /** The table's columns in row order; {@code keeper} names the trigger in error messages. */
    public static H2Columns of(Connection conn, String schema, String table, String keeper) throws SQLException {
        TreeMap<Integer, String> ordered = new TreeMap<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                ordered.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return new H2Columns(new ArrayList<>(ordered.values()), table, keeper);
    }

    /** The position of a column in a row; refused (the trigger is not created) when the table has no such column. */
    public int index(String column) throws SQLException {
        int index = names.indexOf(column.toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw new SQLException(keeper + ": no column " + column + " in " + table);
        }
        return index;
    }
}
