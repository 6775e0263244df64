package vn.chibo.people.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.jdbc.H2Columns;
import vn.chibo.shared.jdbc.H2CountRows;
import vn.chibo.shared.jdbc.H2RowCountTrigger;

/**
 * H2's keeper of {@code person_name_count} (Flyway V66, whose PostgreSQL twin does the same with PL/pgSQL statement
 * and row triggers): after each inserted, updated or deleted person row, his name's row under his root counts one
 * less of his party status before the change and one more after it, in the writer's transaction. Called by the database,
 * never by the application.
 */
public class PersonNameCountTrigger extends H2RowCountTrigger<PersonNameCountTrigger.Counted> {

    private int pathColumn;
    private int sortKeyColumn;
    private int searchKeyColumn;
    private int statusColumn;

    /** What a person row counts as: under which root, as which name and status. */
    record Counted(long rootId, String sortKey, String searchKey, String status) {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Person name count");
        pathColumn = columns.index("ORG_PATH");
        sortKeyColumn = columns.index("SORT_KEY");
        searchKeyColumn = columns.index("SEARCH_KEY");
        statusColumn = columns.index("PARTY_STATUS");
    }

    @Override
    protected Counted counted(Object[] row) {
        return new Counted(Subtree.childId(row[pathColumn].toString(), 2), row[sortKeyColumn].toString(),
                row[searchKeyColumn].toString(), row[statusColumn].toString());
    }

    /** One more or one less person of the name and status: the status's own column of the name's row. */
    @Override
    protected void add(Connection conn, Counted counted, int delta) throws SQLException {
        String column = PersonNameSearch.column(PartyStatus.valueOf(counted.status()));
        try (PreparedStatement update = conn.prepareStatement("update person_name_count set " + column + " = " + column
                + " + ? where root_id = ? and sort_key = ? and search_key = ?");
             PreparedStatement insert = conn.prepareStatement("insert into person_name_count (root_id, sort_key, search_key, "
                + column + ") values (?, ?, ?, ?)")) {
            update.setLong(1, delta);
            insert.setLong(4, delta);
            int i = 2;
            for (Object key : new Object[] {counted.rootId(), counted.sortKey(), counted.searchKey()}) {
                update.setObject(i, key);
                insert.setObject(i - 1, key);
                i++;
            }
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }
}
