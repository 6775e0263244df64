package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.support.PostgresIntegrationTest;

/** The same on a real PostgreSQL (its metadata, its LIKE, its row locks). */
@PostgresIntegrationTest
class PostgresPathCopiesFollowTheTreeTest extends PathCopiesFollowTheTreeTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
