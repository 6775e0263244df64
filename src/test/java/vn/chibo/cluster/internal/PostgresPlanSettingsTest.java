package vn.chibo.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresPlanSettingsTest {

    @Test
    void aPostgresPoolOpensItsConnectionsWithCustomPlans() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://db.example:5432/chibo");
        new PostgresPlanSettings("force_custom_plan").postProcessAfterInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties().getProperty("options")).isEqualTo("-c plan_cache_mode=force_custom_plan");
    }

    @Test
    void optionsTheOperatorGaveAreKeptAndAPlanModeTheyChoseWins() {
        assertThat(PostgresPlanSettings.withPlanCacheMode("-c statement_timeout=30s", "force_custom_plan"))
                .isEqualTo("-c statement_timeout=30s -c plan_cache_mode=force_custom_plan");
        assertThat(PostgresPlanSettings.withPlanCacheMode("-c plan_cache_mode=auto", "force_custom_plan"))
                .isEqualTo("-c plan_cache_mode=auto");
    }

    @Test
    void anH2PoolAndAnEmptySettingAreLeftAlone() {
        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:mem:x");
        new PostgresPlanSettings("force_custom_plan").postProcessAfterInitialization(h2, "dataSource");
        assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");

        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://db.example:5432/chibo");
        new PostgresPlanSettings(" ").postProcessAfterInitialization(postgres, "dataSource");
        assertThat(postgres.getDataSourceProperties()).doesNotContainKey("options");
    }

    @Test
    void anUnknownModeStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new PostgresPlanSettings("custom")).hasMessageContaining("custom");
    }
}
