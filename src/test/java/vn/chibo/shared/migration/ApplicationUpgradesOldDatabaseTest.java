package vn.chibo.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application itself, started on a database built by the migrations of before issue 11 and holding data: its
 * Flyway (Spring Boot's, with {@link FlywayVendorConfiguration}) realigns the rewritten versions, validates and
 * migrates, and the rows are still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ContextConfiguration(initializers = ApplicationUpgradesOldDatabaseTest.OldDatabase.class)
class ApplicationUpgradesOldDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationStartsOnADatabaseMigratedBeforeIssue11AndKeepsItsRows() {
        List<Integer> checksums = jdbc.sql("select checksum from flyway_schema_history where version in ('7', '12', '22')"
                + " order by installed_rank").query(Integer.class).list();
        assertThat(checksums).containsExactly(after("7"), after("12"), after("22"));
        assertThat(jdbc.sql("select name from organization").query(String.class).list()).containsExactly("Chi bộ Đại đội 1");
        assertThat(jdbc.sql("select content from meeting_material where id = 6").query(byte[].class).single())
                .isEqualTo(new byte[] {'%', 'P', 'D', 'F'});
        assertThat(jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list())
                .extracting(HexFormat.of()::formatHex).containsExactly("aced0005");
    }

    private static int after(String version) {
        return RewrittenMigrations.of(MigrationPlaceholders.H2, version).orElseThrow().after();
    }

    static class OldDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = "jdbc:h2:mem:before-issue11-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration-before-issue11/common", "classpath:db/migration-before-issue11/h2")
                    .load().migrate();
            OldData.insert(JdbcClient.create(dataSource));
            // the old session row is long expired: the minute's session cleanup must not delete it before the test reads it
            TestPropertyValues.of("spring.datasource.url=" + url, "chibo.jobs.session-cleanup.cron=-").applyTo(context);
        }
    }
}
