package vn.chibo.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.IntegrationTest;

/**
 * Writes still work after the connection pool has replaced every connection, as it does 30 minutes after start
 * (maxLifetime) — among them the one that ran the migrations. H2 kept that connection's session inside a generated
 * column with an IN list (V15_1, rewritten by V44): afterwards every update of an open development record failed with
 * "The database has been closed".
 */
@IntegrationTest
class PoolRenewalTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableWithAGeneratedKeyIsStillWritableAfterThePoolRenewedItsConnections() throws SQLException {
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        assertThat(jdbc.sql("update development_candidate set stage = stage where id = (select min(id) from development_candidate)")
                .update()).isOne();
        assertThat(jdbc.sql("update meeting set status = status where id = (select min(id) from meeting)").update()).isOne();
    }
}
