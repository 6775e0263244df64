package vn.chibo.development.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code development_reach_count} (Flyway V48, whose PostgreSQL twin does the same in PL/pgSQL): before
 * each inserted, updated or deleted event, the (year, previous year) pairs of its candidate and stage are worked out
 * from the candidate's other events with the row's year before and after the change; the pairs before are taken away
 * and the pairs after added, in the column of the stage. After a candidate's organization changes, its pairs move with
 * it. Called by the database, never by the application.
 */
public class DevelopmentReachTrigger implements Trigger {

    private boolean events;
    private int idColumn;
    private int candidateColumn;
    private int stageColumn;
    private int dateColumn;
    private int organizationColumn;
    private int pathColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Development reach count");
        idColumn = columns.index("ID");
        events = tableName.equalsIgnoreCase("DEVELOPMENT_EVENT");
        if (events) {
            candidateColumn = columns.index("CANDIDATE_ID");
            stageColumn = columns.index("STAGE");
            dateColumn = columns.index("OCCURRED_ON");
        } else {
            organizationColumn = columns.index("ORGANIZATION_ID");
            pathColumn = columns.index("ORG_PATH");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (!events) {
            moved(conn, oldRow, newRow);
            return;
        }
        boolean samePair = oldRow != null && newRow != null && Objects.equals(oldRow[candidateColumn], newRow[candidateColumn])
                && Objects.equals(oldRow[stageColumn], newRow[stageColumn]);
        if (samePair) {
            pair(conn, id(oldRow[candidateColumn]), oldRow[stageColumn].toString(), id(oldRow[idColumn]), year(oldRow),
                    year(newRow));
            return;
        }
        if (oldRow != null) {
            pair(conn, id(oldRow[candidateColumn]), oldRow[stageColumn].toString(), id(oldRow[idColumn]), year(oldRow), null);
        }
        if (newRow != null) {
            // before an insert the row is not in the table yet: nothing to leave out
            long self = oldRow == null || newRow[idColumn] == null ? -1 : id(newRow[idColumn]);
            pair(conn, id(newRow[candidateColumn]), newRow[stageColumn].toString(), self, null, year(newRow));
        }
    }

    private void moved(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || newRow == null || Objects.equals(oldRow[organizationColumn], newRow[organizationColumn])) {
            return;
        }
        long candidate = id(newRow[idColumn]);
        for (Stage stage : Stage.values()) {
            List<Integer> years = new ArrayList<>(years(conn, candidate, stage.name(), -1));
            add(conn, id(oldRow[organizationColumn]), oldRow[pathColumn].toString(), stage.name(), years, -1);
            add(conn, id(newRow[organizationColumn]), newRow[pathColumn].toString(), stage.name(), years, 1);
        }
    }

    private static void pair(Connection conn, long candidate, String stage, long row, Integer removed, Integer added)
            throws SQLException {
        long organization;
        String path;
        try (PreparedStatement select = conn.prepareStatement("select organization_id, org_path from development_candidate where id = ?")) {
            select.setLong(1, candidate);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                organization = rs.getLong(1);
                path = rs.getString(2);
            }
        }
        TreeSet<Integer> others = years(conn, candidate, stage, row);
        TreeSet<Integer> before = new TreeSet<>(others);
        TreeSet<Integer> after = new TreeSet<>(others);
        if (removed != null) {
            before.add(removed);
        }
        if (added != null) {
            after.add(added);
        }
        if (before.equals(after)) {
            return;
        }
        add(conn, organization, path, stage, new ArrayList<>(before), -1);
        add(conn, organization, path, stage, new ArrayList<>(after), 1);
    }

    private static TreeSet<Integer> years(Connection conn, long candidate, String stage, long leaveOut) throws SQLException {
        TreeSet<Integer> years = new TreeSet<>();
        try (PreparedStatement select = conn.prepareStatement("select distinct cast(extract(year from occurred_on) as int)"
                + " from development_event where candidate_id = ? and stage = ? and id <> ?")) {
            select.setLong(1, candidate);
            select.setString(2, stage);
            select.setLong(3, leaveOut);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        return years;
    }

    /** Adds {@code delta} to the stage's column in the row of each year of the sorted list and the year before it. */
    private static void add(Connection conn, long organization, String path, String stage, List<Integer> years, int delta)
            throws SQLException {
        String column = Stage.valueOf(stage).name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < years.size(); i++) {
            int previous = i == 0 ? 0 : years.get(i - 1);
            try (PreparedStatement update = conn.prepareStatement("update development_reach_count set " + column + " = "
                    + column + " + ?, org_path = ? where organization_id = ? and reach_year = ? and previous_year = ?");
                 PreparedStatement insert = conn.prepareStatement("insert into development_reach_count (organization_id,"
                    + " reach_year, previous_year, org_path, " + column + ") values (?, ?, ?, ?, ?)")) {
                update.setInt(1, delta);
                update.setString(2, path);
                update.setLong(3, organization);
                update.setInt(4, years.get(i));
                update.setInt(5, previous);
                insert.setLong(1, organization);
                insert.setInt(2, years.get(i));
                insert.setInt(3, previous);
                insert.setString(4, path);
                insert.setInt(5, delta);
                H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
            }
        }
    }

    private int year(Object[] row) {
        Object date = row[dateColumn];
        return date instanceof java.sql.Date d ? d.toLocalDate().getYear() : ((LocalDate) date).getYear();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
