package vn.chibo.shared.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before Flyway validates, lets a database migrated with the vendor files of before issue 11 accept the rewritten
 * files: a history row of one of {@link RewrittenMigrations}' versions whose checksum is exactly the old file's gets
 * the new file's checksum, and the change is logged. Nothing else is touched, so any other mismatch (an edited
 * file, a row of another version, an unknown checksum) still fails validation as it always did.
 */
final class ChecksumRealignment implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ChecksumRealignment.class);

    private final String vendor;

    ChecksumRealignment(String vendor) {
        this.vendor = vendor;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = historyTable(context);
        if (table == null) {
            return;
        }
        try {
            for (Row row : rewrittenRows(context.getConnection(), table)) {
                realign(context.getConnection(), table, row);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not realign the checksums of the migrations rewritten in issue 11", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "ChiBo checksum realignment (issue 11)";
    }

    private record Row(int installedRank, String version, int checksum) {
    }

    private List<Row> rewrittenRows(Connection connection, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select installed_rank, version, checksum from " + table + " where checksum is not null");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Row row = new Row(result.getInt(1), result.getString(2), result.getInt(3));
                RewrittenMigrations.of(vendor, row.version()).filter(rewrite -> rewrite.before() == row.checksum())
                        .ifPresent(rewrite -> rows.add(row));
            }
        }
        return rows;
    }

    private void realign(Connection connection, String table, Row row) throws SQLException {
        int checksum = RewrittenMigrations.of(vendor, row.version()).orElseThrow().after();
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set checksum = ? where installed_rank = ? and checksum = ?")) {
            update.setInt(1, checksum);
            update.setInt(2, row.installedRank());
            update.setInt(3, row.checksum());
            if (update.executeUpdate() == 0) {
                return; // another node starting at the same time realigned it first
            }
        }
        log.info("Flyway schema history: checksum of V{} ({}) changed from {} (its {} file before issue 11) to {}"
                + " (the file that replaced it, same statements)", row.version(), vendor, row.checksum(), vendor, checksum);
    }

    /** The schema history table, qualified as Flyway names it, or null while it does not exist (a new database). */
    private static String historyTable(Context context) {
        var configuration = context.getConfiguration();
        String schema = configuration.getDefaultSchema() != null ? configuration.getDefaultSchema()
                : configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
        try {
            Connection connection = context.getConnection();
            String inSchema = schema != null ? schema : connection.getSchema();
            try (ResultSet tables = connection.getMetaData().getTables(null, inSchema, configuration.getTable(), null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            String quoted = "\"" + configuration.getTable() + "\"";
            return schema != null ? "\"" + schema + "\"." + quoted : quoted;
        } catch (SQLException e) {
            throw new FlywayException("Could not look for the Flyway schema history table", e);
        }
    }
}
