package vn.chibo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * The application's PostgreSQL connections plan each run of a prepared statement with its values, so a subtree given
 * as a parameter ({@code org_path like ?}) keeps its index range scan after the driver prepares the statement.
 */
@PostgresIntegrationTest
class PostgresPlanCacheModeTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyConnectionPlansWithTheValuesItIsGiven() {
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
    }
}
