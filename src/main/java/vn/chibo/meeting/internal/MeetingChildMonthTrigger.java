package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code meeting_child_month} (Flyway V59, whose PostgreSQL twin does the same with a statement trigger):
 * the figures {@link MeetingMonthRollTrigger} adds to a meeting's unit, added once more to every (ancestor, child) pair
 * on the unit's path from the root ({@code /1/5/23/}: {@code /1/} and {@code /1/5/}, {@code /1/5/} and {@code /1/5/23/}),
 * in the writer's transaction. Called by the database, never by the application.
 */
public class MeetingChildMonthTrigger extends MeetingMonthRollTrigger {

    private static final String UPDATE = "update meeting_child_month set "
            + String.join(", ", FIGURES.stream().map(f -> f + " = " + f + " + ?").toList()) + ", score_sum = score_sum + ?"
            + " where ancestor = ? and child = ? and month_start = ? and period = ?";
    private static final String INSERT = "insert into meeting_child_month (" + String.join(", ", FIGURES)
            + ", score_sum, ancestor, child, month_start, period) values (" + "?, ".repeat(FIGURES.size()) + "?, ?, ?, ?, ?)";

    @Override
    void write(Connection conn, String unit, LocalDate month, String period, long[] figures, BigDecimal score) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement(UPDATE); PreparedStatement insert = conn.prepareStatement(INSERT)) {
            // from the root down: the child ends at each slash after the root's, the ancestor at the slash before
            int ancestorEnd = unit.indexOf('/', 1);
            for (int childEnd = unit.indexOf('/', ancestorEnd + 1); childEnd > 0; childEnd = unit.indexOf('/', childEnd + 1)) {
                String ancestor = unit.substring(0, ancestorEnd + 1);
                String child = unit.substring(0, childEnd + 1);
                bind(update, figures, score, ancestor, child, month, period);
                bind(insert, figures, score, ancestor, child, month, period);
                H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
                ancestorEnd = childEnd;
            }
        }
    }
}
