package vn.chibo.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.PostgresIntegrationTest;

/** What only PostgreSQL adds: the vendor migrations, byte-wise sort keys and the append-only audit trigger. */
@PostgresIntegrationTest
class PostgresDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void bothMigrationsRanAndTheDemoRegionLoaded() {
        List<String> versions = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();
        assertThat(versions).contains("1", "2");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isGreaterThan(2000L);
    }

    @Test
    void peopleSortInVietnameseOrderInTheDatabase() {
        List<String> names = jdbc.sql("select full_name from person order by sort_key, id fetch first 400 rows only")
                .query(String.class).list();
        assertThat(names).isSortedAccordingTo(VietnameseText.personNameOrder());
    }

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void subtreePrefixQueriesUseTheCCollation() {
        String collation = jdbc.sql("select collation_name from information_schema.columns where table_name = 'person' and column_name = 'org_path'")
                .query(String.class).single();
        assertThat(collation).isEqualTo("C");
    }
}
