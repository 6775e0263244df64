package vn.chibo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one real PostgreSQL server per test JVM and points the context's data source at it. With
 * {@code -Dchibo.pgdata=DIR} (benchmarks only) the server keeps its data in {@code DIR} and reuses it on the next
 * run: a benchmark then skips loading the region (the demo loader leaves a non-empty database alone, Flyway applies
 * only new migrations). Delete the directory when the demo generator changes.
 */
public class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
                String kept = System.getProperty("chibo.pgdata");
                if (kept != null && !kept.isBlank()) {
                    builder.setDataDirectory(java.nio.file.Path.of(kept)).setCleanDataDirectory(false);
                }
                server = builder.start();
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
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true",
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
    }
}
