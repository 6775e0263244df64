package vn.chibo.cluster.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL pool (the primary, the read-only replica, whatever the profile) opens its connections with
 * {@code plan_cache_mode} set ({@code chibo.datasource.plan-cache-mode}, {@code force_custom_plan} unless configured;
 * empty leaves PostgreSQL's own choice). The driver prepares a statement on the server after five runs, and PostgreSQL
 * may then switch to a generic plan that cannot range-scan a subtree given as a parameter ({@code org_path like ?}):
 * at national scale one such plan read the whole country's absences for a single cell (240 ms instead of 0.2). A
 * custom plan costs about 0.02 ms of planning per statement (pgbench, docs/benchmarks.md "Prepared statements").
 */
@Component
class PostgresPlanSettings implements BeanPostProcessor {

    private final String mode;

    PostgresPlanSettings(@Value("${chibo.datasource.plan-cache-mode:force_custom_plan}") String mode) {
        this.mode = mode == null ? "" : mode.strip();
        if (!this.mode.isEmpty() && !this.mode.matches("auto|force_custom_plan|force_generic_plan")) {
            throw new IllegalArgumentException("chibo.datasource.plan-cache-mode: auto, force_custom_plan or force_generic_plan,"
                    + " not " + mode);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !mode.isEmpty() && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            Object given = pool.getDataSourceProperties().get("options");
            String options = withPlanCacheMode(given == null ? null : given.toString(), mode);
            pool.addDataSourceProperty("options", options);
        }
        return bean;
    }

    /** The driver's startup {@code options} with the mode added, unless the operator already chose one there. */
    static String withPlanCacheMode(String options, String mode) {
        if (options != null && options.contains("plan_cache_mode")) {
            return options;
        }
        String setting = "-c plan_cache_mode=" + mode;
        return options == null || options.isBlank() ? setting : options.strip() + " " + setting;
    }
}
