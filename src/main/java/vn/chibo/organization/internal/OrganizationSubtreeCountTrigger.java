package vn.chibo.organization.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2Columns;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code organization_subtree_count} (Flyway V65, whose PostgreSQL twin does the same with a PL/pgSQL
 * statement trigger): after each inserted, updated or deleted organization row, every organization on its path counts
 * one active organization of its type and founding month less before the change, and one more after it, in the
 * writer's transaction. Called by the database, never by the application.
 */
public class OrganizationSubtreeCountTrigger implements Trigger {

    private int pathColumn;
    private int typeColumn;
    private int validFromColumn;
    private int statusColumn;

    /** What an organization row counts as: where, as what, and whether at all. */
    private record Counted(String path, String type, LocalDate foundedMonth, boolean active) {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Organization subtree count");
        pathColumn = columns.index("PATH");
        typeColumn = columns.index("TYPE");
        validFromColumn = columns.index("VALID_FROM");
        statusColumn = columns.index("STATUS");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Counted before = oldRow == null ? null : counted(oldRow);
        Counted after = newRow == null ? null : counted(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && before.active()) {
            add(conn, before, -1);
        }
        if (after != null && after.active()) {
            add(conn, after, 1);
        }
    }

    private Counted counted(Object[] row) {
        LocalDate validFrom = row[validFromColumn] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[validFromColumn];
        String path = row[pathColumn].toString();
        // a new organization's provisional path (/pending-…/) until its id is known: not counted
        return new Counted(path, row[typeColumn].toString(), validFrom.withDayOfMonth(1),
                "ACTIVE".equals(row[statusColumn].toString()) && vn.chibo.organization.Subtree.isPath(path));
    }

    private static void add(Connection conn, Counted counted, int delta) throws SQLException {
        H2CountRows.addAlongPath(conn, "organization_subtree_count", "organizations", counted.path(),
                List.of("type", "founded_month"), List.of(counted.type(), counted.foundedMonth()), delta);
    }
}
