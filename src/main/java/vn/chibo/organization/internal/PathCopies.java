package vn.chibo.organization.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;

/**
 * Keeps every copy of an organization path right when a subtree moves, in the mover's transaction.
 * <p>
 * Modules copy their organization's path into their own rows ({@code org_path},
 * {@code inspecting_org_path}, {@code owner_path}, ...) so that subtree scoping needs no join to the
 * tree. The copies are found from the database's own metadata: every column whose name ends in
 * {@code path}, except the tree's own column and the {@link #HISTORY history columns} that record
 * where something was at the time. A module that adds such a column is covered without registering
 * anything; {@code PathCopiesTest} checks the rows against the tree after moves, merges and splits.
 * A table with a {@code version} column has it raised too, so that a form opened before the move is
 * refused as stale rather than written back with the old path.
 */
@Component
class PathCopies {

    /** Columns named like a copy that are not one: table → column → why. */
    static final Map<String, Map<String, String>> HISTORY = Map.of(
            "organization", Map.of("path", "the tree itself, rewritten by OrganizationRepository.rewritePaths"),
            "organization_event", Map.of("old_path", "where the organization was before a move (history)"),
            "audit_entry", Map.of("org_path", "where the change was made at the time (append-only audit trail)"),
            "figure_change", Map.of("org_path", "where a change touched the tree at the time: the kept review answers count"
                    + " a subtree's changes, and rewriting them would move old changes out from under it"));

    /** One copied path column, and whether its table has a version to raise. */
    record Column(String table, String column, boolean versioned) {
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile List<Column> columns;

    PathCopies(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Rewrites every copy under {@code oldPath} to start with {@code newPath}; returns the rows changed.
     * The callers have rewritten (and so locked) the subtree's organization rows in the same transaction.
     */
    int rewrite(String oldPath, String newPath) {
        Subtree moved = Subtree.of(oldPath);
        String newPrefix = Subtree.of(newPath).path();
        int rows = 0;
        for (Column c : columns()) {
            rows += jdbc.update("update " + c.table() + " set " + c.column() + " = ? || substring(" + c.column() + ", ?)"
                    + (c.versioned() ? ", version = version + 1" : "")
                    + " where " + moved.sql(c.column()), newPrefix, oldPath.length() + 1);
        }
        return rows;
    }

    /** The copied path columns of the current schema, read once from the database's metadata. */
    List<Column> columns() {
        List<Column> found = columns;
        if (found == null) {
            found = discover();
            columns = found;
        }
        return found;
    }

    private List<Column> discover() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return discover(connection.getMetaData(), connection.getCatalog(), connection.getSchema());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's columns", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Every column named {@code *path} of a base table in the schema, except {@link #HISTORY}. */
    static List<Column> discover(DatabaseMetaData metadata, String catalog, String schema) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, List<String>> byTable = new HashMap<>();
        try (ResultSet rs = metadata.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (tables.contains(table)) {
                    byTable.computeIfAbsent(table, t -> new ArrayList<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Column> copies = new ArrayList<>();
        byTable.forEach((table, names) -> names.stream()
                .filter(name -> name.endsWith("path"))
                .filter(name -> !HISTORY.getOrDefault(table, Map.of()).containsKey(name))
                .forEach(name -> copies.add(new Column(table, name, names.contains("version")))));
        copies.sort(java.util.Comparator.comparing(Column::table).thenComparing(Column::column));
        return List.copyOf(copies);
    }
}
