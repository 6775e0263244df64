package vn.chibo.emulation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;
import vn.chibo.shared.jdbc.H2Columns;

/**
 * H2's keeper of {@code registration_count} and {@code self_review_count} (Flyway V49, whose PostgreSQL twin does the
 * same in PL/pgSQL), before each changed row of registration, assessment or self_review, in the writer's transaction:
 * a registration counts (with its recognition and reviewed periods) where it lies; a decided, recognising assessment
 * counts as recognised; a registration counts as reviewed in a period from its first self-review row of the period to
 * its last. Called by the database, never by the application.
 */
public class RegistrationCountTrigger implements Trigger {

    private enum Table { REGISTRATION, ASSESSMENT, SELF_REVIEW }

    /** Where a registration lies. */
    private record Place(long programme, long organization, String path) {
    }

    private Table table;
    private int id;
    private int programme;
    private int organization;
    private int path;
    private int registration;
    private int status;
    private int decided;
    private int period;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Registration count");
        table = Table.valueOf(tableName.toUpperCase(java.util.Locale.ROOT));
        id = columns.index("ID");
        switch (table) {
            case REGISTRATION -> {
                programme = columns.index("PROGRAMME_ID");
                organization = columns.index("ORGANIZATION_ID");
                path = columns.index("ORG_PATH");
            }
            case ASSESSMENT -> {
                registration = columns.index("REGISTRATION_ID");
                status = columns.index("STATUS");
                decided = columns.index("DECIDED_RECOGNISED");
            }
            case SELF_REVIEW -> {
                registration = columns.index("REGISTRATION_ID");
                period = columns.index("REVIEW_PERIOD");
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case REGISTRATION -> registration(conn, oldRow, newRow);
            case ASSESSMENT -> assessment(conn, oldRow, newRow);
            case SELF_REVIEW -> review(conn, oldRow, newRow);
        }
    }

    private void registration(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Place before = oldRow == null ? null : new Place(number(oldRow[programme]), number(oldRow[organization]), oldRow[path].toString());
        Place after = newRow == null ? null : new Place(number(newRow[programme]), number(newRow[organization]), newRow[path].toString());
        if (before != null && after != null && before.programme() == after.programme()
                && before.organization() == after.organization()) {
            return;
        }
        long recognised = 0;
        List<String> periods = new ArrayList<>();
        if (before != null) {
            long registrationId = number(oldRow[id]);
            recognised = count(conn, "select count(*) from assessment where registration_id = ? and status = 'DECIDED'"
                    + " and decided_recognised = true", registrationId);
            add(conn, before, -1, -recognised);
            if (after != null) {
                try (PreparedStatement select = conn.prepareStatement("select distinct review_period from self_review"
                        + " where registration_id = ?")) {
                    select.setLong(1, registrationId);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            periods.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        if (after != null) {
            add(conn, after, 1, recognised);
        }
        for (String p : periods) {
            reviewed(conn, before, p, -1);
            reviewed(conn, after, p, 1);
        }
    }

    private void assessment(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean was = oldRow != null && recognises(oldRow);
        boolean is = newRow != null && recognises(newRow);
        if (was && is && Objects.equals(oldRow[registration], newRow[registration])) {
            return;
        }
        if (was) {
            Place place = place(conn, number(oldRow[registration]));
            if (place != null) {
                add(conn, place, 0, -1);
            }
        }
        if (is) {
            Place place = place(conn, number(newRow[registration]));
            if (place != null) {
                add(conn, place, 0, 1);
            }
        }
    }

    private boolean recognises(Object[] row) {
        return "DECIDED".equals(row[status]) && Boolean.TRUE.equals(row[decided]);
    }

    private void review(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[registration], newRow[registration])
                && Objects.equals(oldRow[period], newRow[period])) {
            return;
        }
        if (oldRow != null && alone(conn, oldRow)) {
            Place place = place(conn, number(oldRow[registration]));
            if (place != null) {
                reviewed(conn, place, oldRow[period].toString(), -1);
            }
        }
        if (newRow != null && alone(conn, newRow)) {
            Place place = place(conn, number(newRow[registration]));
            if (place != null) {
                reviewed(conn, place, newRow[period].toString(), 1);
            }
        }
    }

    /** No other self-review row of the row's registration and period (the row itself left out). */
    private boolean alone(Connection conn, Object[] row) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("select count(*) from self_review where registration_id = ?"
                + " and review_period = ? and id <> ?")) {
            select.setLong(1, number(row[registration]));
            select.setString(2, row[period].toString());
            select.setLong(3, row[id] == null ? -1 : number(row[id]));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        }
    }

    private static Place place(Connection conn, long registrationId) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("select programme_id, organization_id, org_path from registration"
                + " where id = ?")) {
            select.setLong(1, registrationId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Place(rs.getLong(1), rs.getLong(2), rs.getString(3)) : null;
            }
        }
    }

    private static long count(Connection conn, String sql, long key) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void add(Connection conn, Place place, long registered, long recognised) throws SQLException {
        if (registered == 0 && recognised == 0) {
            return;
        }
        try (PreparedStatement update = conn.prepareStatement("update registration_count set registered = registered + ?,"
                + " recognised = recognised + ?, org_path = ? where programme_id = ? and organization_id = ?");
             PreparedStatement insert = conn.prepareStatement("insert into registration_count (programme_id, organization_id,"
                + " org_path, registered, recognised) values (?, ?, ?, ?, ?)")) {
            update.setLong(1, registered);
            update.setLong(2, recognised);
            update.setString(3, place.path());
            update.setLong(4, place.programme());
            update.setLong(5, place.organization());
            insert.setLong(1, place.programme());
            insert.setLong(2, place.organization());
            insert.setString(3, place.path());
            insert.setLong(4, registered);
            insert.setLong(5, recognised);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static void reviewed(Connection conn, Place place, String period, long delta) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("update self_review_count set reviewed = reviewed + ?, org_path = ?"
                + " where programme_id = ? and organization_id = ? and review_period = ?");
             PreparedStatement insert = conn.prepareStatement("insert into self_review_count (programme_id, organization_id,"
                + " review_period, org_path, reviewed) values (?, ?, ?, ?, ?)")) {
            update.setLong(1, delta);
            update.setString(2, place.path());
            update.setLong(3, place.programme());
            update.setLong(4, place.organization());
            update.setString(5, period);
            insert.setLong(1, place.programme());
            insert.setLong(2, place.organization());
            insert.setString(3, period);
            insert.setString(4, place.path());
            insert.setLong(5, delta);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
