package vn.chibo.mentoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;
import vn.chibo.shared.jdbc.H2Columns;

/**
 * H2's keeper of {@code mentoring_count} and {@code mentoring_review_count} (Flyway V46, whose PostgreSQL twin does the
 * same with PL/pgSQL row triggers): after each written assignment, group, session, outcome or review, the figures of its
 * organization's years move, in the writer's transaction; a changed assignment recounts its mentor's spells
 * ({@link MentorSpells}). Called by the database, never by the application.
 */
public class MentoringCountTrigger implements Trigger {

    private String table;
    private int path;
    private int start;
    private int end;
    private int kind;
    private int mentor;
    private int mentee;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Mentoring counts");
        path = columns.index("ORG_PATH");
        switch (table) {
            case "mentoring_assignment" -> {
                start = columns.index("START_DATE");
                end = columns.index("END_DATE");
                mentor = columns.index("MENTOR_PERSON_ID");
                mentee = columns.index("MENTEE_PERSON_ID");
            }
            case "award_record" -> {
                start = columns.index("DECISION_DATE");
                mentor = columns.index("PERSON_ID");
                end = columns.index("ORGANIZATION_ID");
            }
            case "mentoring_group" -> {
                start = columns.index("FORMED_ON");
                end = columns.index("ENDED_ON");
            }
            case "mentoring_session" -> start = columns.index("HELD_ON");
            case "mentoring_outcome" -> {
                start = columns.index("OCCURRED_ON");
                kind = columns.index("KIND");
            }
            case "mentoring_review" -> {
                start = columns.index("REVIEW_PERIOD");
                kind = columns.index("RATING");
            }
            default -> throw new SQLException("Mentoring counts: no counts kept for " + tableName);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow)) {
            return;
        }
        if (table.equals("award_record")) {
            MentoringAwardRoles.recount(conn, oldRow == null ? null : oldRow[mentor]);
            if (newRow != null && (oldRow == null || !Objects.equals(oldRow[mentor], newRow[mentor]))) {
                MentoringAwardRoles.recount(conn, newRow[mentor]);
            }
            return;
        }
        if (oldRow != null) {
            count(conn, oldRow, -1);
        }
        if (newRow != null) {
            count(conn, newRow, 1);
        }
        if (table.equals("mentoring_assignment")) {
            if (oldRow != null) {
                MentorSpells.recount(conn, ((Number) oldRow[mentor]).longValue());
            }
            if (newRow != null && (oldRow == null || !Objects.equals(oldRow[mentor], newRow[mentor]))) {
                MentorSpells.recount(conn, ((Number) newRow[mentor]).longValue());
            }
            awardRoles(conn, oldRow, newRow);
        }
    }

    /** The roles of the mentor's and the mentee's awards (a move of the assignment changes no role). */
    private void awardRoles(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[start], newRow[start]) && Objects.equals(oldRow[end], newRow[end])
                && Objects.equals(oldRow[mentor], newRow[mentor]) && Objects.equals(oldRow[mentee], newRow[mentee])) {
            return;
        }
        if (oldRow != null) {
            MentoringAwardRoles.recount(conn, oldRow[mentor]);
            MentoringAwardRoles.recount(conn, oldRow[mentee]);
        }
        if (newRow != null && (oldRow == null || !Objects.equals(oldRow[mentor], newRow[mentor]))) {
            MentoringAwardRoles.recount(conn, newRow[mentor]);
        }
        if (newRow != null && (oldRow == null || !Objects.equals(oldRow[mentee], newRow[mentee]))) {
            MentoringAwardRoles.recount(conn, newRow[mentee]);
        }
    }

    private boolean unchanged(Object[] oldRow, Object[] newRow) {
        boolean same = Objects.equals(oldRow[path], newRow[path]) && Objects.equals(oldRow[start], newRow[start]);
        return switch (table) {
            case "mentoring_assignment" -> same && Objects.equals(oldRow[end], newRow[end])
                    && Objects.equals(oldRow[mentor], newRow[mentor]) && Objects.equals(oldRow[mentee], newRow[mentee]);
            case "award_record" -> same && Objects.equals(oldRow[mentor], newRow[mentor]) && Objects.equals(oldRow[end], newRow[end]);
            case "mentoring_group" -> same && Objects.equals(oldRow[end], newRow[end]);
            case "mentoring_outcome", "mentoring_review" -> same && Objects.equals(oldRow[kind], newRow[kind]);
            default -> same;
        };
    }

    private void count(Connection conn, Object[] row, int sign) throws SQLException {
        String at = (String) row[path];
        switch (table) {
            case "mentoring_assignment" -> running(conn, at, day(row[start]), day(row[end]), "running_assignments", sign);
            case "mentoring_group" -> running(conn, at, day(row[start]), day(row[end]), "running_groups", sign);
            case "mentoring_session" -> add(conn, at, day(row[start]).getYear(), "sessions_held", sign);
            case "mentoring_outcome" -> add(conn, at, day(row[start]).getYear(),
                    "outcomes_" + row[kind].toString().toLowerCase(Locale.ROOT), sign);
            default -> review(conn, at, (String) row[start], "EXCELLENT".equals(row[kind]) || "GOOD".equals(row[kind]), sign);
        }
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A running row: +1 in its start year, -1 in its end year, when it runs at all. */
    private static void running(Connection conn, String at, LocalDate from, LocalDate to, String figure, int sign)
            throws SQLException {
        if (to == null || to.isAfter(from)) {
            add(conn, at, from.getYear(), figure, sign);
            if (to != null) {
                add(conn, at, to.getYear(), figure, -sign);
            }
        }
    }

    /** Adds n to one figure of an organization's year; an addition files the row under the path given. */
    static void add(Connection conn, String at, int year, String figure, long n) throws SQLException {
        if (n == 0) {
            return;
        }
        long organization = MentorSpells.organizationOf(at);
        String sql = "update mentoring_count set " + figure + " = " + figure + " + ?" + (n > 0 ? ", org_path = ?" : "")
                + " where organization_id = ? and count_year = ?";
        try (PreparedStatement update = conn.prepareStatement(sql);
             PreparedStatement insert = conn.prepareStatement("insert into mentoring_count (organization_id, count_year,"
                + " org_path, " + figure + ") values (?, ?, ?, ?)")) {
            int i = 1;
            update.setLong(i++, n);
            if (n > 0) {
                update.setString(i++, at);
            }
            update.setLong(i++, organization);
            update.setInt(i, year);
            insert.setLong(1, organization);
            insert.setInt(2, year);
            insert.setString(3, at);
            insert.setLong(4, n);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static void review(Connection conn, String at, String period, boolean good, int n) throws SQLException {
        long organization = MentorSpells.organizationOf(at);
        try (PreparedStatement update = conn.prepareStatement("update mentoring_review_count set reviewed = reviewed + ?,"
                + " reviewed_good = reviewed_good + ?" + (n > 0 ? ", org_path = ?" : "")
                + " where organization_id = ? and review_period = ?")) {
            int i = 1;
            update.setLong(i++, n);
            update.setLong(i++, good ? n : 0);
            if (n > 0) {
                update.setString(i++, at);
            }
            update.setLong(i++, organization);
            update.setString(i, period);
            try (PreparedStatement insert = conn.prepareStatement("insert into mentoring_review_count (organization_id,"
                    + " review_period, org_path, reviewed, reviewed_good) values (?, ?, ?, ?, ?)")) {
                insert.setLong(1, organization);
                insert.setString(2, period);
                insert.setString(3, at);
                insert.setLong(4, n);
                insert.setLong(5, good ? n : 0);
                H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
            }
        }
    }
}
