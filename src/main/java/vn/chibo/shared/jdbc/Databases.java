package vn.chibo.shared.jdbc;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database ChiBo runs on, for the few statements that differ by vendor (PostgreSQL in production, H2 embedded):
 * asked of the connection's metadata, once by each caller.
 */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                    .toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    public static boolean isPostgres(JdbcTemplate jdbc) {
        return isPostgres(jdbc.getDataSource());
    }
}
