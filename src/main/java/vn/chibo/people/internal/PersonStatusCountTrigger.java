package vn.chibo.people.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code person_status_count} (Flyway V42, whose PostgreSQL twin does the same with a PL/pgSQL row
 * trigger) and of {@code person_subtree_count} (V63, a PL/pgSQL statement trigger there): after each inserted, updated
 * or deleted person row, the count of its organization and party status before the change goes down by one and the
 * count after it goes up by one, and so do the subtree counts of every organization on its path before and after, in
 * the writer's transaction. Called by the database, never by the application.
 */
public class PersonStatusCountTrigger implements Trigger {

    private int organizationColumn;
    private int statusColumn;
    private int pathColumn;

    /** One counted row's key and the path it is filed under. */
    private record Key(long organizationId, String status, String path) implements Comparable<Key> {

        boolean sameCount(Key other) {
            return organizationId == other.organizationId && status.equals(other.status);
        }

        @Override
        public int compareTo(Key other) {
            int byOrganization = Long.compare(organizationId, other.organizationId);
            return byOrganization != 0 ? byOrganization : status.compareTo(other.status);
        }
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        var columns = vn.chibo.shared.jdbc.H2Columns.of(conn, schemaName, tableName, "Person status count");
        organizationColumn = columns.index("ORGANIZATION_ID");
        statusColumn = columns.index("PARTY_STATUS");
        pathColumn = columns.index("ORG_PATH");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Key before = oldRow == null ? null : key(oldRow);
        Key after = newRow == null ? null : key(newRow);
        if (before != null && after != null && before.sameCount(after) && Objects.equals(before.path(), after.path())) {
            return;
        }
        // two writers moving people in opposite directions lock the two rows in the same order
        boolean addFirst = before == null || (after != null && after.compareTo(before) < 0);
        if (addFirst && after != null) {
            add(conn, after);
        }
        if (before != null) {
            subtract(conn, before);
        }
        if (!addFirst && after != null) {
            add(conn, after);
        }
        // every organization on the paths, its own included, counts one less or one more of the status
        if (before != null) {
            H2CountRows.addAlongPath(conn, "person_subtree_count", "people", before.path(), List.of("party_status"),
                    List.of(before.status()), -1);
        }
        if (after != null) {
            H2CountRows.addAlongPath(conn, "person_subtree_count", "people", after.path(), List.of("party_status"),
                    List.of(after.status()), 1);
        }
    }

    private Key key(Object[] row) {
        return new Key(((Number) row[organizationColumn]).longValue(), row[statusColumn].toString(), row[pathColumn].toString());
    }

    private static void add(Connection conn, Key key) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("update person_status_count set people = people + 1,"
                + " org_path = ? where organization_id = ? and party_status = ?");
             PreparedStatement insert = conn.prepareStatement("insert into person_status_count"
                + " (organization_id, party_status, org_path, people) values (?, ?, ?, 1)")) {
            update.setString(1, key.path());
            update.setLong(2, key.organizationId());
            update.setString(3, key.status());
            insert.setLong(1, key.organizationId());
            insert.setString(2, key.status());
            insert.setString(3, key.path());
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static void subtract(Connection conn, Key key) throws SQLException {
        try (PreparedStatement update = conn.prepareStatement("update person_status_count set people = people - 1"
                + " where organization_id = ? and party_status = ?")) {
            update.setLong(1, key.organizationId());
            update.setString(2, key.status());
            update.executeUpdate();
        }
    }
}
