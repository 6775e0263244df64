package vn.chibo.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write answered 201 on the embedded default database (H2 file under ./data, the URL of
 * application.properties unchanged) is still there, with its audit row, after the process is killed with SIGKILL
 * right after the write. On PostgreSQL the same kill is {@link TwoNodesTest}'s (its node A, with the same check and
 * more), which starts no application of its own for it.
 */
class AcknowledgedWritesSurviveKillTest {

    @TempDir
    Path workDir;

    @Test
    void awardsAnswered201SurviveKillMinus9WithTheirAuditRows() throws Exception {
        KilledServer server = KilledServer.start(workDir);
        Set<Long> acknowledged;
        try {
            long organizationId = KilledServer.firstId(server.get("/api/v1/organizations").body());
            acknowledged = server.writeAwardsThenKill(organizationId, Duration.ofSeconds(4));
        } finally {
            server.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThan(5);
        assertThat(Files.exists(workDir.resolve("data/chibo.mv.db"))).isTrue();
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + workDir.resolve("data/chibo") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            assertEveryAcknowledgedAwardIsStored(db, acknowledged);
        }
    }

    static void assertEveryAcknowledgedAwardIsStored(Connection db, Set<Long> acknowledged) throws Exception {
        Set<Long> awards = ids(db, "select id from award_record where decision_number like '%-KILL'");
        Set<Long> audited = ids(db, "select entity_id from audit_entry where entity_type = 'AwardRecord' and action = 'CREATE'");
        assertThat(awards).as("acknowledged awards on disk").containsAll(acknowledged);
        assertThat(audited).as("audit rows of acknowledged awards").containsAll(acknowledged);
    }

    private static Set<Long> ids(Connection db, String sql) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
