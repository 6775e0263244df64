package vn.chibo.meeting.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2Columns;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code meeting_thematic_month} and {@code meeting_child_quarter} (Flyway V59, whose PostgreSQL twin
 * does the same with a statement trigger): after each inserted, updated or deleted meeting, the row before the change,
 * if it was a thematic party meeting held, is taken off its holder's quarter and month, and the row after, if it is
 * one, added; the holder's months
 * of that quarter before and after are read from {@code meeting_thematic_month} (this trigger's own counts, so any order
 * of rows within a statement is right), and their singles (+1) and pairs of consecutive months (−1) taken off and
 * added for every (ancestor, child) pair on the holder's unit's path. Called by the database, never by the application.
 */
public class MeetingThematicTrigger implements Trigger {

    private static final List<String> COLUMNS = List.of("ORG_PATH", "MEETING_DATE", "PERIOD", "STATUS", "KIND", "COMBINED_THEMATIC");
    private static final String MONTHS = "select month_start, meetings from meeting_thematic_month where holder = ? and quarter = ?";
    private static final String UPDATE_MONTH = "update meeting_thematic_month set meetings = meetings + ?"
            + " where holder = ? and quarter = ? and month_start = ?";
    private static final String INSERT_MONTH = "insert into meeting_thematic_month (meetings, holder, quarter, month_start)"
            + " values (?, ?, ?, ?)";
    private static final String UPDATE_CHILD = "update meeting_child_quarter set cells = cells + ?"
            + " where ancestor = ? and child = ? and quarter = ? and first_month = ? and last_month = ?";
    private static final String INSERT_CHILD = "insert into meeting_child_quarter (cells, ancestor, child, quarter, first_month,"
            + " last_month) values (?, ?, ?, ?, ?, ?)";

    /** A thematic meeting's place: its holder's path, the quarter of its period, the month of its date. */
    record Place(String holder, int quarter, LocalDate month) {
    }

    private final int[] at = new int[COLUMNS.size()];

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = H2Columns.of(conn, schemaName, tableName, "Meeting thematic quarters");
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = columns.index(COLUMNS.get(i));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Place before = place(oldRow);
        Place after = place(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null && before.holder().equals(after.holder()) && before.quarter() == after.quarter()) {
            change(conn, before.holder(), before.quarter(), Map.of(before.month(), -1L, after.month(), 1L));
            return;
        }
        if (before != null) {
            change(conn, before.holder(), before.quarter(), Map.of(before.month(), -1L));
        }
        if (after != null) {
            change(conn, after.holder(), after.quarter(), Map.of(after.month(), 1L));
        }
    }

    private Place place(Object[] row) {
        if (row == null) {
            return null;
        }
        String status = row[at[3]].toString();
        String kind = row[at[4]].toString();
        boolean thematic = kind.equals("THEMATIC") || Boolean.TRUE.equals(row[at[5]]);
        if (!(status.equals("HELD") || status.equals("CLOSED")) || kind.equals("COMMITTEE") || !thematic) {
            return null;
        }
        String period = row[at[2]].toString();
        int quarter = (Integer.parseInt(period.substring(0, 4)) * 12 + Integer.parseInt(period.substring(5, 7)) - 1) / 3;
        LocalDate date = row[at[1]] instanceof LocalDate d ? d : ((java.sql.Date) row[at[1]]).toLocalDate();
        return new Place(row[at[0]].toString(), quarter, date.withDayOfMonth(1));
    }

    /** Applies a holder's changes of one quarter (meetings per month) to both tables. */
    private static void change(Connection conn, String holder, int quarter, Map<LocalDate, Long> changes) throws SQLException {
        TreeMap<LocalDate, Long> before = new TreeMap<>();
        try (PreparedStatement months = conn.prepareStatement(MONTHS)) {
            months.setString(1, holder);
            months.setInt(2, quarter);
            try (ResultSet rs = months.executeQuery()) {
                while (rs.next()) {
                    before.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                }
            }
        }
        TreeMap<LocalDate, Long> after = new TreeMap<>(before);
        changes.forEach((month, n) -> after.merge(month, n, Long::sum));
        Map<List<LocalDate>, Long> cells = new TreeMap<>(java.util.Comparator.comparing((List<LocalDate> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        add(cells, before, -1);
        add(cells, after, 1);
        try (PreparedStatement update = conn.prepareStatement(UPDATE_CHILD); PreparedStatement insert = conn.prepareStatement(INSERT_CHILD)) {
            for (String[] pair : pairs(holder)) {
                for (Map.Entry<List<LocalDate>, Long> e : cells.entrySet()) {
                    if (e.getValue() != 0) {
                        Object[] key = {pair[0], pair[1], quarter, e.getKey().get(0), e.getKey().get(1)};
                        bind(update, e.getValue(), key);
                        bind(insert, e.getValue(), key);
                        H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
                    }
                }
            }
        }
        try (PreparedStatement update = conn.prepareStatement(UPDATE_MONTH); PreparedStatement insert = conn.prepareStatement(INSERT_MONTH)) {
            for (Map.Entry<LocalDate, Long> e : changes.entrySet()) {
                bind(update, e.getValue(), holder, quarter, e.getKey());
                bind(insert, e.getValue(), holder, quarter, e.getKey());
                H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
            }
        }
    }

    /** The singles (+1) and pairs of consecutive months (−1) of the months that have meetings, times {@code sign}. */
    private static void add(Map<List<LocalDate>, Long> cells, TreeMap<LocalDate, Long> months, int sign) {
        LocalDate previous = null;
        for (Map.Entry<LocalDate, Long> e : months.entrySet()) {
            if (e.getValue() > 0) {
                cells.merge(List.of(e.getKey(), e.getKey()), (long) sign, Long::sum);
                if (previous != null) {
                    cells.merge(List.of(previous, e.getKey()), (long) -sign, Long::sum);
                }
                previous = e.getKey();
            }
        }
    }

    /** The (ancestor, child) pairs on the path of the holder's unit (the organization above it), from the root down. */
    static List<String[]> pairs(String holder) {
        String unit = holder.substring(0, holder.lastIndexOf('/', holder.length() - 2) + 1);
        List<String[]> pairs = new ArrayList<>();
        int ancestorEnd = unit.indexOf('/', 1);
        for (int childEnd = unit.indexOf('/', ancestorEnd + 1); childEnd > 0; childEnd = unit.indexOf('/', childEnd + 1)) {
            pairs.add(new String[] {unit.substring(0, ancestorEnd + 1), unit.substring(0, childEnd + 1)});
            ancestorEnd = childEnd;
        }
        return pairs;
    }

    private static void bind(PreparedStatement statement, long value, Object... key) throws SQLException {
        statement.setLong(1, value);
        for (int i = 0; i < key.length; i++) {
            statement.setObject(i + 2, key[i]);
        }
    }
}
