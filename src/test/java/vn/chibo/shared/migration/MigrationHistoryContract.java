package vn.chibo.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11 rewrote the vendor twins as one history with placeholders. On each vendor: a database migrated with the
 * files as they were (kept under {@code db/migration-before-issue11}) and holding data upgrades with the new history,
 * keeping its schema and every row; a new database gets the same schema from either history; a checksum that is not
 * exactly the old file's still fails validation.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class MigrationHistoryContract {

    /** The last version of the history before issue 11. */
    static final String LAST_OLD_VERSION = "30";

    /** An empty database of the vendor under test, new for each call. */
    abstract DataSource emptyDatabase();

    abstract String vendor();

    @Test
    void aNewDatabaseGetsTheSameSchemaFromTheNewHistoryAsFromTheOld() {
        DataSource before = emptyDatabase();
        oldHistory(before).migrate();
        DataSource now = emptyDatabase();
        ChiboMigrations.configure(now).target(LAST_OLD_VERSION).load().migrate();

        assertThat(SchemaSnapshot.schema(now)).containsExactlyElementsOf(SchemaSnapshot.schema(before))
                .anyMatch(line -> line.startsWith("column meeting_material | content"))
                .anyMatch(line -> line.startsWith("index meeting |")).anyMatch(line -> line.startsWith("constraint meeting |"));
    }

    @Test
    void aDatabaseMigratedBeforeIssue11UpgradesKeepingItsSchemaAndEveryRow(CapturedOutput output) {
        DataSource upgraded = emptyDatabase();
        oldHistory(upgraded).migrate();
        OldData.insert(JdbcClient.create(upgraded));
        Map<String, List<String>> rows = SchemaSnapshot.contents(upgraded);

        ChiboMigrations.configure(upgraded).target(LAST_OLD_VERSION).load().migrate();

        DataSource fresh = emptyDatabase();
        ChiboMigrations.configure(fresh).target(LAST_OLD_VERSION).load().migrate();
        assertThat(SchemaSnapshot.schema(upgraded)).containsExactlyElementsOf(SchemaSnapshot.schema(fresh));
        assertThat(SchemaSnapshot.contents(upgraded)).isEqualTo(rows);
        assertThat(rows.get("meeting_material")).hasSize(1);
        // versions after issue 11 (V32 on) are pending here: valid, not yet applied
        Flyway flyway = ChiboMigrations.configure(upgraded).ignoreMigrationPatterns("*:pending").load();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        List<MigrationInfo> rewritten = List.of(flyway.info().applied()).stream()
                .filter(applied -> RewrittenMigrations.of(vendor(), applied.getVersion().getVersion()).isPresent()).toList();
        assertThat(rewritten).hasSize(13).allSatisfy(applied -> assertThat(applied.getChecksum())
                .isEqualTo(RewrittenMigrations.of(vendor(), applied.getVersion().getVersion()).orElseThrow().after()));
        assertThat(output).contains("checksum of V12 (" + vendor() + ") changed from "
                + RewrittenMigrations.of(vendor(), "12").orElseThrow().before());

        ChiboMigrations.configure(upgraded).load().migrate();
        DataSource latest = emptyDatabase();
        ChiboMigrations.configure(latest).load().migrate();
        assertThat(SchemaSnapshot.schema(upgraded)).containsExactlyElementsOf(SchemaSnapshot.schema(latest));
    }

    @Test
    void aRewrittenVersionWhoseChecksumIsNotExactlyTheOldFilesStillFailsValidation() {
        DataSource tampered = emptyDatabase();
        oldHistory(tampered).migrate();
        JdbcClient.create(tampered).sql("update flyway_schema_history set checksum = checksum + 1 where version = '12'").update();

        assertThatThrownBy(() -> ChiboMigrations.configure(tampered).load().migrate())
                .hasMessageContaining("checksum mismatch").hasMessageContaining("12");
        assertThat(JdbcClient.create(tampered).sql("select checksum from flyway_schema_history where version = '7'")
                .query(Integer.class).single()).isEqualTo(RewrittenMigrations.of(vendor(), "7").orElseThrow().after());
    }

    @Test
    void anEditedMigrationOutsideTheRewrittenOnesStillFailsValidation() {
        DataSource tampered = emptyDatabase();
        oldHistory(tampered).migrate();
        JdbcClient.create(tampered).sql("update flyway_schema_history set checksum = "
                + RewrittenMigrations.of(vendor(), "7").orElseThrow().before() + " where version = '9'").update();

        assertThatThrownBy(() -> ChiboMigrations.configure(tampered).load().migrate())
                .hasMessageContaining("checksum mismatch").hasMessageContaining("9");
    }

    private Flyway oldHistory(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration-before-issue11/common", "classpath:db/migration-before-issue11/" + vendor())
                .load();
    }
}
