package vn.chibo.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.IntegrationTest;

/**
 * The application's own Flyway on H2 gets the H2 values of the placeholders: no collation (H2 says "OFF"), byte
 * columns capped as the H2 vendor files had them.
 */
@IntegrationTest
class H2MigrationPlaceholdersTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void sharedMigrationsKeepTheH2TypesTheyHadAsVendorFiles() {
        assertThat(column("meeting", "org_path")).isEqualTo("character varying 400 OFF");
        assertThat(column("evidence", "content")).isEqualTo("binary varying 10485760 null");
        assertThat(column("import_batch", "content")).isEqualTo("binary varying 52428800 null");
        assertThat(column("report_template", "content")).isEqualTo("binary varying 4194304 null");
    }

    private String column(String table, String column) {
        return jdbc.sql("select data_type || ' ' || character_maximum_length || ' ' || coalesce(collation_name, 'null')"
                + " from information_schema.columns where table_schema = current_schema and table_name = :table"
                + " and column_name = :column").param("table", table).param("column", column).query(String.class).single();
    }
}
