package vn.chibo.shared.migration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the application's Flyway the placeholder values of the database it actually runs on, detected from the data
 * source exactly as Spring Boot picks the {@code {vendor}} folder, rather than from a profile: the embedded PostgreSQL
 * of the tests and a production URL without the {@code postgres} profile get the PostgreSQL values too.
 */
@Configuration(proxyBeanMethods = false)
class FlywayVendorConfiguration {

    @Bean
    FlywayConfigurationCustomizer chiboMigrationPlaceholders() {
        return configuration -> ChiboMigrations.forVendor(configuration,
                ChiboMigrations.vendorOf(configuration.getDataSource()));
    }
}
