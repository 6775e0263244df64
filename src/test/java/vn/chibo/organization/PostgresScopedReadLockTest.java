package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * A writer that reads an organization in a read-write transaction holds its row in share mode until
 * it commits, so that a move of the subtree (an UPDATE of that row) waits for the writer's copy of
 * the path, which the move then rewrites. Read-only transactions take no lock.
 */
@PostgresIntegrationTest
class PostgresScopedReadLockTest {

    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    DemoFixture demo;

    @BeforeEach
    void signInAsSecretary() {
        UserDetails user = demo.user("bithu");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Whether another session's move-like UPDATE of the row would have to wait (PostgreSQL lock_not_available). */
    private boolean updateWouldWait(long id) {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("set local lock_timeout = '300ms'");
            try {
                statement.executeUpdate("update organization set path = path where id = " + id);
                return false;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            } finally {
                other.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadWriteTransactionHoldsTheRowOfTheOrganizationItReadUntilItEnds() {
        long cell = demo.sampleCell();
        boolean[] waited = new boolean[1];

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            organizations.requireVisible(cell);
            waited[0] = updateWouldWait(cell);
        });

        assertThat(waited[0]).isTrue();
        assertThat(updateWouldWait(cell)).as("after the commit").isFalse();
    }

    @Test
    void aReadOnlyTransactionTakesNoLock() {
        long cell = demo.sampleCell();
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        boolean[] waited = new boolean[1];

        readOnly.executeWithoutResult(status -> {
            organizations.requireVisible(cell);
            waited[0] = updateWouldWait(cell);
        });

        assertThat(waited[0]).isFalse();
    }
}
