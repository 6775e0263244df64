package vn.chibo.shared.migration;

import java.sql.DatabaseMetaData;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * What every Flyway run over ChiBo's migrations needs besides the locations: the placeholder values of the database's
 * vendor and the realignment of the checksums of the files rewritten in issue 11. The application gets it through
 * {@link FlywayVendorConfiguration}; tests that run Flyway themselves call {@link #configure(DataSource)}.
 */
public final class ChiboMigrations {

    private ChiboMigrations() {
    }

    /** A Flyway configuration over {@code db/migration/common} and the data source's vendor folder, ready to migrate. */
    public static FluentConfiguration configure(DataSource dataSource) {
        String vendor = vendorOf(dataSource);
        return forVendor(new FluentConfiguration().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor), vendor);
    }

    /**
     * Adds the vendor's placeholder values (a value set explicitly, e.g. {@code spring.flyway.placeholders.*}, wins) and
     * the checksum realignment to the callbacks already configured.
     */
    public static FluentConfiguration forVendor(FluentConfiguration configuration, String vendor) {
        Map<String, String> placeholders = new LinkedHashMap<>(MigrationPlaceholders.forVendor(vendor));
        placeholders.putAll(configuration.getPlaceholders());
        Callback[] callbacks = Stream.concat(Arrays.stream(configuration.getCallbacks()),
                Stream.of(new ChecksumRealignment(vendor))).toArray(Callback[]::new);
        return configuration.placeholders(placeholders).callbacks(callbacks);
    }

    /** The vendor id as Spring Boot resolves {@code {vendor}} in {@code spring.flyway.locations}: from the JDBC URL. */
    public static String vendorOf(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
            return DatabaseDriver.fromJdbcUrl(url).getId();
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Could not tell which database the migrations run on", e);
        }
    }
}
