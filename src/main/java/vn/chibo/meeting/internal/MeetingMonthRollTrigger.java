package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code meeting_month_roll} (Flyway V47, whose PostgreSQL twin does the same with a statement trigger):
 * after each inserted, updated or deleted meeting, the figures it added to its unit's month (the organization above
 * the meeting's organization, the month of its date, its period) are taken off and the new ones added, in the writer's
 * transaction. Only party meetings held count (status HELD or CLOSED, not committee meetings). Called by the database,
 * never by the application. {@link MeetingChildMonthTrigger} adds the same figures to the unit's ancestors (V59).
 */
public class MeetingMonthRollTrigger implements Trigger {

    private static final List<String> COLUMNS = List.of("ORG_PATH", "MEETING_DATE", "PERIOD", "STATUS", "KIND",
            "COMBINED_THEMATIC", "OFFICIAL_COUNT", "PROBATIONARY_COUNT", "PRESENT_COUNT", "SPEAKER_COUNT", "UNEXCUSED_COUNT",
            "CONTRIBUTION_COUNT", "GRADE", "SCORE", "FLAT");
    private static final int PATH = 0;
    private static final int DATE = 1;
    private static final int PERIOD = 2;
    private static final int STATUS = 3;
    private static final int KIND = 4;
    private static final int COMBINED = 5;
    private static final int GRADE = 12;
    private static final int SCORE = 13;
    private static final int FLAT = 14;
    static final List<String> FIGURES = List.of("held", "regular", "regular_on_time", "thematic", "invited", "present",
            "speakers", "unexcused", "contributions", "good", "fair", "average", "poor", "scored", "flat");
    private static final List<String> GRADES = List.of("GOOD", "FAIR", "AVERAGE", "POOR");
    private static final String UPDATE = "update meeting_month_roll set "
            + String.join(", ", FIGURES.stream().map(f -> f + " = " + f + " + ?").toList()) + ", score_sum = score_sum + ?"
            + " where unit = ? and month_start = ? and period = ?";
    private static final String INSERT = "insert into meeting_month_roll (" + String.join(", ", FIGURES)
            + ", score_sum, unit, month_start, period) values (" + "?, ".repeat(FIGURES.size()) + "?, ?, ?, ?)";

    private final int[] at = new int[COLUMNS.size()];

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Meeting month rollup");
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = columns.index(COLUMNS.get(i));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] before = counted(oldRow);
        Object[] after = counted(newRow);
        if (before != null && after != null && Arrays.equals(before, after)) {
            return;
        }
        if (before != null) {
            add(conn, before, -1);
        }
        if (after != null) {
            add(conn, after, 1);
        }
    }

    /** The counted columns of a meeting row, or null when the row is not a party meeting held. */
    private Object[] counted(Object[] row) {
        if (row == null) {
            return null;
        }
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row[at[i]];
        }
        String status = values[STATUS].toString();
        boolean held = status.equals("HELD") || status.equals("CLOSED");
        return held && !values[KIND].toString().equals("COMMITTEE") ? values : null;
    }

    private void add(Connection conn, Object[] m, int sign) throws SQLException {
        String path = m[PATH].toString();
        String unit = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        LocalDate date = m[DATE] instanceof LocalDate d ? d : ((java.sql.Date) m[DATE]).toLocalDate();
        String period = m[PERIOD].toString();
        boolean regular = m[KIND].toString().equals("REGULAR");
        BigDecimal score = (BigDecimal) m[SCORE];
        long[] figures = new long[FIGURES.size()];
        figures[0] = 1;
        figures[1] = regular ? 1 : 0;
        figures[2] = regular && date.toString().startsWith(period) ? 1 : 0;
        figures[3] = m[KIND].toString().equals("THEMATIC") || Boolean.TRUE.equals(m[COMBINED]) ? 1 : 0;
        figures[4] = number(m[6]) + number(m[7]);
        for (int i = 5; i <= 8; i++) {
            figures[i] = number(m[i + 3]);
        }
        for (int g = 0; g < GRADES.size(); g++) {
            figures[9 + g] = GRADES.get(g).equals(Objects.toString(m[GRADE], null)) ? 1 : 0;
        }
        figures[13] = score == null ? 0 : 1;
        figures[14] = Boolean.TRUE.equals(m[FLAT]) ? 1 : 0;
        BigDecimal scoreChange = score == null ? BigDecimal.ZERO : score.multiply(BigDecimal.valueOf(sign));
        for (int i = 0; i < figures.length; i++) {
            figures[i] *= sign;
        }
        write(conn, unit, date.withDayOfMonth(1), period, figures, scoreChange);
    }

    /** Adds one meeting's figures (signed: taken off or added) to its unit's row of the month and period. */
    void write(Connection conn, String unit, LocalDate month, String period, long[] figures, BigDecimal score) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement(UPDATE); PreparedStatement insert = conn.prepareStatement(INSERT)) {
            bind(update, figures, score, unit, month, period);
            bind(insert, figures, score, unit, month, period);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Binds the signed figures, the score's change, then the row's key columns in the statement's order. */
    static void bind(PreparedStatement statement, long[] figures, BigDecimal score, Object... key) throws SQLException {
        int i = 1;
        for (long figure : figures) {
            statement.setLong(i++, figure);
        }
        statement.setBigDecimal(i++, score);
        for (Object column : key) {
            statement.setObject(i++, column);
        }
    }
}
