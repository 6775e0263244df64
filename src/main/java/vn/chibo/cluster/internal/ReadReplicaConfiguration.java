package vn.chibo.cluster.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code chibo.datasource.read-only.url} set (a streaming replica of the primary), boards and reports marked
 * {@link vn.chibo.shared.replica.ReadsFromReplica} read from it; everything else, Flyway, sessions and locks included,
 * uses the primary ({@code spring.datasource.*}). Without it this configuration is absent and Spring Boot's own single
 * data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "chibo.datasource.read-only", name = "url")
class ReadReplicaConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        primary.setPoolName("primary");
        return primary;
    }

    /** The replica: its URL, and its account unless it has one of its own; pool settings under {@code .hikari}. */
    @Bean
    @ConfigurationProperties("chibo.datasource.read-only.hikari")
    HikariDataSource replicaDataSource(DataSourceProperties primary, Environment environment) {
        String prefix = "chibo.datasource.read-only.";
        HikariDataSource replica = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(environment.getRequiredProperty(prefix + "url"))
                .username(environment.getProperty(prefix + "username", primary.determineUsername()))
                .password(environment.getProperty(prefix + "password", primary.determinePassword()))
                .build();
        replica.setPoolName("read-only");
        replica.setReadOnly(true);
        return replica;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary,
                          @Qualifier("replicaDataSource") DataSource replica) {
        var routing = new ReplicaRouting.RoutingDataSource();
        routing.setTargetDataSources(Map.of(ReplicaRouting.Target.PRIMARY, primary, ReplicaRouting.Target.REPLICA, replica));
        routing.setDefaultTargetDataSource(primary);
        routing.afterPropertiesSet();
        return new LazyConnectionDataSourceProxy(routing);
    }
}
