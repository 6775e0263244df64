package vn.chibo.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Finds every copied organization path in the database from its own metadata (every column of a
 * base table whose name ends in {@code path}) and counts the rows whose copy differs from the
 * current path of the organization it copies. Written independently of the application's
 * {@code PathCopies}, so that a table that one forgets the other still finds.
 * <p>
 * Which organization a copy belongs to, by convention: {@code org_path} → {@code organization_id},
 * {@code X_org_path} → {@code X_org_id}, {@code X_path} → {@code X_org_id}. A table without such a
 * column copies the path of its parent row: the column of the same name in the table a foreign key
 * points to (a mentoring session copies its group's, a finding its inspection's).
 */
@Component
public class PathCopyCheck {

    /** Columns named like a copy that are not one, with the reason. */
    public static final Map<String, String> NOT_COPIES = Map.of(
            "organization.path", "the tree itself",
            "organization_event.old_path", "history: where the organization was before a move",
            "audit_entry.org_path", "history: where a change was made at the time (append-only)",
            "figure_change.org_path", "journal: where a change touched the tree at the time (kept review answers)");

    /** Copies that may legitimately differ from the convention's organization, with the reason. */
    public static final Map<String, String> EXCEPTIONS = Map.of();

    public record Column(String table, String column) {

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public PathCopyCheck(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Every copied path column of the schema, with the SQL that counts its stale rows. */
    public Map<Column, String> staleRowQueries() {
        Map<String, List<String>> columns = new HashMap<>();
        Map<String, Map<String, String>> foreignKeys = new HashMap<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = metadata.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(lower(rs.getString("TABLE_NAME")));
                }
            }
            try (ResultSet rs = metadata.getColumns(catalog, schema, "%", "%")) {
                while (rs.next()) {
                    if (tables.contains(lower(rs.getString("TABLE_NAME")))) {
                        columns.computeIfAbsent(lower(rs.getString("TABLE_NAME")), t -> new ArrayList<>())
                                .add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = metadata.getImportedKeys(catalog, schema, table)) {
                    while (rs.next()) {
                        foreignKeys.computeIfAbsent(table, t -> new LinkedHashMap<>())
                                .put(lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        Map<Column, String> queries = new LinkedHashMap<>();
        columns.keySet().stream().sorted().forEach(table -> columns.get(table).stream().sorted()
                .filter(name -> name.endsWith("path") && !NOT_COPIES.containsKey(table + "." + name))
                .forEach(name -> queries.put(new Column(table, name),
                        staleRowQuery(table, name, columns, foreignKeys.getOrDefault(table, Map.of())))));
        return queries;
    }

    private static String staleRowQuery(String table, String column, Map<String, List<String>> columns,
                                        Map<String, String> foreignKeys) {
        String prefix = column.substring(0, column.length() - "path".length());
        List<String> own = columns.get(table);
        for (String id : List.of(prefix + "id", prefix + "org_id", prefix.replace("org_", "organization_") + "id")) {
            if (own.contains(id) && !id.equals("id")) {
                return "select count(*) from " + table + " t join organization o on o.id = t." + id
                        + " where t." + column + " <> o.path";
            }
        }
        for (Map.Entry<String, String> key : foreignKeys.entrySet()) {
            if (columns.getOrDefault(key.getValue(), List.of()).contains(column)) {
                return "select count(*) from " + table + " t join " + key.getValue() + " p on p.id = t." + key.getKey()
                        + " where t." + column + " <> p." + column;
            }
        }
        throw new IllegalStateException("No way to tell which organization " + table + "." + column
                + " copies: name its id column by the convention, or list it with a reason");
    }

    /** Rows per column whose copy differs from its organization's path (only the columns with any). */
    public Map<Column, Long> staleRows() {
        Map<Column, Long> stale = new LinkedHashMap<>();
        staleRowQueries().forEach((column, sql) -> {
            if (EXCEPTIONS.containsKey(column.toString())) {
                return;
            }
            long rows = jdbc.sql(sql).query(Long.class).single();
            if (rows > 0) {
                stale.put(column, rows);
            }
        });
        return stale;
    }

    /** Rows per column holding a path that is no organization's current path. */
    public Map<Column, Long> pathsOfNoOrganization() {
        Map<Column, Long> orphans = new LinkedHashMap<>();
        for (Column c : staleRowQueries().keySet()) {
            long rows = jdbc.sql("select count(*) from " + c.table() + " t where t." + c.column()
                    + " is not null and not exists (select 1 from organization o where o.path = t." + c.column() + ")")
                    .query(Long.class).single();
            if (rows > 0) {
                orphans.put(c, rows);
            }
        }
        return orphans;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
