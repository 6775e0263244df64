package vn.chibo.organization.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.shared.jdbc.H2Columns;
import vn.chibo.shared.jdbc.H2CountRows;
import vn.chibo.shared.jdbc.H2RowCountTrigger;

/**
 * H2's keeper of {@code organization_subtree_count} (Flyway V65, whose PostgreSQL twin does the same with a PL/pgSQL
 * statement trigger): after each inserted, updated or deleted organization row, every organization on its path counts
 * one active organization of its type and founding month less before the change, and one more after it, in the
 * writer's transaction. Called by the database, never by the application.
 */
public class OrganizationSubtreeCountTrigger extends H2RowCountTrigger<OrganizationSubtreeCountTrigger.Counted> {

    private int pathColumn;
    private int typeColumn;
    private int validFromColumn;
    private int statusColumn;

    /** What an active organization row counts as: where and as what. */
    record Counted(String path, String type, LocalDate foundedMonth) {
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
    protected Counted counted(Object[] row) {
        LocalDate validFrom = row[validFromColumn] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[validFromColumn];
        String path = row[pathColumn].toString();
        // a new organization's provisional path (/pending-…/) until its id is known: not counted
        boolean active = "ACTIVE".equals(row[statusColumn].toString()) && vn.chibo.organization.Subtree.isPath(path);
        return active ? new Counted(path, row[typeColumn].toString(), validFrom.withDayOfMonth(1)) : null;
    }

    @Override
    protected void add(Connection conn, Counted counted, int delta) throws SQLException {
        H2CountRows.addAlongPath(conn, "organization_subtree_count", "organizations", counted.path(),
                List.of("type", "founded_month"), List.of(counted.type(), counted.foundedMonth()), delta);
    }
}
