package vn.chibo.shared.migration;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The one migration history on H2 (in memory, PostgreSQL mode, as the application opens it). */
class H2MigrationHistoryTest extends MigrationHistoryContract {

    @Override
    DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:history-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    String vendor() {
        return MigrationPlaceholders.H2;
    }
}
