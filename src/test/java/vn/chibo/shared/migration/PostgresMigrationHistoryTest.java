package vn.chibo.shared.migration;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.EmbeddedPostgres;

/** The one migration history on PostgreSQL: each database a new one on the tests' embedded server. */
class PostgresMigrationHistoryTest extends MigrationHistoryContract {

    private static final AtomicInteger databases = new AtomicInteger();

    @Override
    DataSource emptyDatabase() {
        var server = EmbeddedPostgres.server();
        String name = "history_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        JdbcClient.create(server.getPostgresDatabase()).sql("create database " + name).update();
        return server.getDatabase("postgres", name);
    }

    @Override
    String vendor() {
        return MigrationPlaceholders.POSTGRESQL;
    }
}
