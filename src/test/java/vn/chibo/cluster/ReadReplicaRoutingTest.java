package vn.chibo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.replica.ReadsFromReplica;
import vn.chibo.support.DemoFixture;

/**
 * With a read-only data source configured, work marked {@link ReadsFromReplica} reads from it and everything else
 * from the primary. The "replica" here is the primary's own in-memory database reached through a second pool whose
 * connections say who they are ({@code @route}), and whose connections are counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "spring.datasource.url=" + ReadReplicaRoutingTest.URL,
        "chibo.datasource.read-only.url=" + ReadReplicaRoutingTest.URL,
        "chibo.datasource.read-only.hikari.connection-init-sql=SET @route = 'replica'",
        "chibo.datasource.read-only.hikari.maximum-pool-size=2"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadReplicaRoutingTest {

    static final String URL = "jdbc:h2:mem:chibo-replica-routing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    static final AtomicInteger REPLICA_CONNECTIONS = new AtomicInteger();

    @TestConfiguration
    static class Probes {

        /** Counts the connections taken from the replica pool. */
        @Bean
        static BeanPostProcessor countReplicaConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!"replicaDataSource".equals(name)) {
                        return bean;
                    }
                    return new DelegatingDataSource((DataSource) bean) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            REPLICA_CONNECTIONS.incrementAndGet();
                            return super.getConnection();
                        }
                    };
                }
            };
        }

        @Bean
        RouteProbe routeProbe(JdbcClient jdbc) {
            return new RouteProbe(jdbc);
        }
    }

    static class RouteProbe {

        private final JdbcClient jdbc;

        RouteProbe(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        private String route() {
            return jdbc.sql("select coalesce(@route, 'primary')").query(String.class).single();
        }

        @ReadsFromReplica
        @Transactional(readOnly = true)
        public String markedReadOnlyTransaction() {
            return route();
        }

        @ReadsFromReplica
        public String markedWithoutTransaction() {
            return route();
        }

        @Transactional(readOnly = true)
        public String unmarked() {
            return route();
        }

        @ReadsFromReplica
        @Transactional
        public String markedButMayWrite() {
            return route();
        }
    }

    @Autowired
    RouteProbe probe;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    @BeforeEach
    void noUserLeftOver() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void markedReadOnlyWorkReadsFromTheReplica() {
        assertThat(probe.markedReadOnlyTransaction()).isEqualTo("replica");
        assertThat(probe.markedWithoutTransaction()).isEqualTo("replica");
    }

    @Test
    void everythingElseReadsFromThePrimary() {
        assertThat(probe.unmarked()).isEqualTo("primary");
        assertThat(probe.markedButMayWrite()).as("a transaction that may write stays on the primary").isEqualTo("primary");
    }

    @Test
    void theDevelopmentBoardIsServedFromTheReplicaAndAPersonPageIsNot() throws Exception {
        int before = REPLICA_CONNECTIONS.get();
        mvc.perform(get("/people/" + demo.massIn(demo.sampleCell())).with(user(demo.user("canbo"))))
                .andExpect(status().isOk());
        assertThat(REPLICA_CONNECTIONS.get()).isEqualTo(before);
        mvc.perform(get("/api/v1/development/organizations/" + demo.division() + "/board").with(user(demo.user("canbo"))))
                .andExpect(status().isOk());
        assertThat(REPLICA_CONNECTIONS.get()).isGreaterThan(before);
    }
}
