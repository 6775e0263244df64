package vn.chibo.statistics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * H2's writer of the figure change journal (Flyway V35, whose PostgreSQL twin does the same with statement triggers):
 * after each inserted, updated or deleted row of a table a {@code FigureSource} reads, the organization paths the row
 * had and has go to {@code figure_change} with the table's name (V55), in the writer's transaction. A row without a path
 * column names its path through its parent row; a mentoring assignment also names the paths of the awards and
 * admissions whose figures it can change (V58). Called by the database, never by the application.
 */
public class FigureChangeTrigger implements Trigger {

    /** How a table's row names its paths: its own columns, and paths found by queries on its values. */
    private record PathOf(List<String> columns, List<Related> related) {
    }

    /**
     * Paths found by a query (first column, any number of rows) whose parameters are the row's {@code columns}, in
     * order: its parent's path ({@code label} null, {@code /} — every subtree — when none is found), or those of other
     * rows its change can count for, journaled as the table's name with {@code :label} (a figure that depends on the
     * table only through those rows names that, V58).
     */
    private record Related(String label, String query, List<String> columns) {
    }

    private static final Map<String, PathOf> TABLES = Map.ofEntries(
            Map.entry("ORGANIZATION", own("PATH")),
            Map.entry("MEMBERSHIP", lookup("ORGANIZATION_ID", "select path from organization where id = ?")),
            Map.entry("ASSESSMENT", lookup("REGISTRATION_ID", "select org_path from registration where id = ?")),
            Map.entry("DEVELOPMENT_EVENT", lookup("CANDIDATE_ID", "select org_path from development_candidate where id = ?")),
            Map.entry("INSPECTION", own("ORG_PATH", "INSPECTING_ORG_PATH")),
            Map.entry("INSPECTION_FINDING", own("ORG_PATH", "INSPECTING_ORG_PATH")),
            Map.entry("REMEDIATION_ACTION", own("ORG_PATH", "INSPECTING_ORG_PATH")),
            Map.entry("CLASSIFICATION_ENTRY", own("ORG_PATH", "DECIDING_ORG_PATH")),
            Map.entry("RULEBOOK", own("OWNER_PATH")),
            // mentors awarded and mentees admitted count awards and admissions here of people mentoring anywhere (V58)
            Map.entry("MENTORING_ASSIGNMENT", new PathOf(List.of("ORG_PATH"), List.of(
                    new Related("awards", "select org_path from award_record where person_id = ? and decision_date >= ?"
                            + " and (cast(? as date) is null or decision_date <= ?)",
                            List.of("MENTOR_PERSON_ID", "START_DATE", "END_DATE", "END_DATE")),
                    new Related("admissions", "select org_path from development_candidate where person_id = ? and decision_on >= ?",
                            List.of("MENTEE_PERSON_ID", "START_DATE"))))));

    /**
     * The columns the figures read of a table whose other columns change often (V68): an update that changes none of
     * them is not journaled. The PostgreSQL twin names the same columns in its triggers' arguments.
     */
    private static final Map<String, List<String>> WATCHED = Map.of(
            "PERSON", List.of("ORG_PATH", "PARTY_STATUS", "SYMPATHISER_SINCE", "ADMITTED_ON", "OFFICIAL_SINCE", "LEFT_ON"),
            "ORGANIZATION", List.of("PARENT_ID", "PATH", "DEPTH", "TYPE", "CATEGORY", "STATUS", "VALID_FROM", "VALID_TO",
                    "SUCCESSOR_ID", "PREDECESSOR_ID"));

    /** The watched columns of a table (upper case), empty when every update of it is journaled. */
    static List<String> watched(String table) {
        return WATCHED.getOrDefault(table.toUpperCase(Locale.ROOT), List.of());
    }

    private final List<Integer> columns = new ArrayList<>();
    /** Indexes of the watched columns; empty: every update is journaled. */
    private final List<Integer> watched = new ArrayList<>();
    private final List<Related> related = new ArrayList<>();
    private final List<int[]> relatedColumns = new ArrayList<>();
    /** The table's name as the journal keeps it; null while the journal has no column for it (before Flyway V55). */
    private String table;

    private static PathOf own(String... columns) {
        return new PathOf(List.of(columns), List.of());
    }

    private static PathOf lookup(String column, String query) {
        return new PathOf(List.of(), List.of(new Related(null, query, List.of(column))));
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        PathOf path = TABLES.getOrDefault(tableName.toUpperCase(Locale.ROOT), own("ORG_PATH"));
        // the journal's name is in the case the database keeps identifiers in, as the table's name handed in is
        String journal = tableName.equals(tableName.toLowerCase(Locale.ROOT)) ? "figure_change" : "FIGURE_CHANGE";
        boolean named = false;
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, journal, null)) {
            while (rs.next()) {
                named |= "source_table".equalsIgnoreCase(rs.getString("COLUMN_NAME"));
            }
        }
        table = named ? tableName.toLowerCase(Locale.ROOT) : null;
        var names = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Figure change journal");
        for (String column : path.columns()) {
            columns.add(names.index(column));
        }
        for (String column : watched(tableName)) {
            watched.add(names.index(column));
        }
        for (Related other : path.related()) {
            related.add(other);
            int[] indexes = new int[other.columns().size()];
            for (int i = 0; i < indexes.length; i++) {
                indexes[i] = names.index(other.columns().get(i));
            }
            relatedColumns.add(indexes);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && !watched.isEmpty()
                && watched.stream().allMatch(i -> java.util.Objects.equals(oldRow[i], newRow[i]))) {
            return;
        }
        Set<Change> changes = new LinkedHashSet<>();
        for (Object[] row : new Object[][] {oldRow, newRow}) {
            if (row != null) {
                changes.addAll(changes(conn, row));
            }
        }
        String sql = table == null ? "insert into figure_change (org_path) values (?)"
                : "insert into figure_change (org_path, source_table) values (?, ?)";
        try (PreparedStatement insert = conn.prepareStatement(sql)) {
            for (Change change : changes) {
                insert.setString(1, change.path());
                if (table != null) {
                    insert.setString(2, change.table());
                }
                insert.executeUpdate();
            }
        }
    }

    /** A journal row: a path, and the table's name (with a {@link Related} label for the paths of other rows). */
    private record Change(String path, String table) {
    }

    /** The row's changes: its paths ({@code /}, every subtree, when it names none) and those of its related rows. */
    private List<Change> changes(Connection conn, Object[] row) throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (int column : columns) {
            changes.add(new Change(row[column] == null ? "/" : row[column].toString(), table));
        }
        for (int i = 0; i < related.size(); i++) {
            try (PreparedStatement query = conn.prepareStatement(related.get(i).query())) {
                int[] parameters = relatedColumns.get(i);
                for (int p = 0; p < parameters.length; p++) {
                    query.setObject(p + 1, row[parameters[p]]);
                }
                String label = related.get(i).label();
                boolean found = false;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found |= rs.getString(1) != null;
                        changes.add(new Change(rs.getString(1) == null ? "/" : rs.getString(1),
                                label == null ? table : table + ":" + label));
                    }
                }
                if (!found && label == null) {
                    changes.add(new Change("/", table));
                }
            }
        }
        return changes;
    }
}
