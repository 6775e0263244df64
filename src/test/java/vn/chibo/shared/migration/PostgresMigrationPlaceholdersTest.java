package vn.chibo.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * The application's own Flyway on PostgreSQL, started without the {@code postgres} profile as the tests start it, gets
 * the PostgreSQL values of the placeholders of the shared migrations.
 */
@PostgresIntegrationTest
class PostgresMigrationPlaceholdersTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void pathsOfSharedMigrationsCompareByteWiseAndFilesAreBytea() {
        assertThat(column("meeting", "org_path")).isEqualTo("character varying C");
        assertThat(column("meeting_attendee", "sort_key")).isEqualTo("character varying C");
        assertThat(column("classification_entry", "deciding_org_path")).isEqualTo("character varying C");
        assertThat(column("evidence", "content")).isEqualTo("bytea null");
        assertThat(column("spring_session_attributes", "attribute_bytes")).isEqualTo("bytea null");
    }

    private String column(String table, String column) {
        return jdbc.sql("select data_type || ' ' || coalesce(collation_name, 'null') from information_schema.columns"
                + " where table_schema = current_schema and table_name = :table and column_name = :column")
                .param("table", table).param("column", column).query(String.class).single();
    }
}
