package vn.chibo.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The national benchmark's database: the PostgreSQL server named by {@code CHIBO_BENCH_DB_URL} (with
 * {@code CHIBO_BENCH_DB_USER}, {@code CHIBO_BENCH_DB_PASSWORD}) if set, else an embedded PostgreSQL (zonky binaries)
 * whose data directory outlives the run ({@code -Dnational.data}, default {@code target/national-pg/scale-<scale>}),
 * so that a second run at the same scale reuses the dataset instead of generating it again.
 */
public class NationalDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    static double scale() {
        return Double.parseDouble(System.getProperty("national.scale", "0.1"));
    }

    static synchronized String url() {
        String external = System.getenv("CHIBO_BENCH_DB_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (server == null) {
            Path data = Path.of(System.getProperty("national.data", "target/national-pg/scale-" + scale()));
            try {
                Files.createDirectories(data);
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(data).setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofMinutes(5))
                        .setServerConfig("shared_buffers", "2GB")
                        .setServerConfig("effective_cache_size", "8GB")
                        .setServerConfig("work_mem", "32MB")
                        .setServerConfig("maintenance_work_mem", "1GB")
                        .setServerConfig("max_wal_size", "16GB")
                        .setServerConfig("checkpoint_timeout", "30min")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String external = System.getenv("CHIBO_BENCH_DB_URL");
        boolean embedded = external == null || external.isBlank();
        TestPropertyValues.of(
                "spring.datasource.url=" + url(),
                "spring.datasource.username=" + (embedded ? "postgres" : System.getenv().getOrDefault("CHIBO_BENCH_DB_USER", "chibo")),
                "spring.datasource.password=" + (embedded ? "postgres" : System.getenv().getOrDefault("CHIBO_BENCH_DB_PASSWORD", "")))
                .applyTo(context);
    }
}
