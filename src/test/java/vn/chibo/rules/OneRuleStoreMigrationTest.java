package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.chibo.support.EmbeddedPostgres;

/**
 * V32 moves meeting rubrics, mentoring, development and inspection rule sets into the one rule store: a database
 * with revisions in all five old stores and results judged by them reaches the new schema with every revision, its
 * owner and years, and every result's link to the revision it was judged by. Runs on H2 and on PostgreSQL.
 */
class OneRuleStoreMigrationTest {

    private static final String STAMP = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+07:00'";

    @Test
    void everyRevisionAndEveryResultLinkSurvivesOnH2() {
        migrates(new DriverManagerDataSource("jdbc:h2:mem:v32-rules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    @Test
    void everyRevisionAndEveryResultLinkSurvivesOnPostgres() {
        var server = EmbeddedPostgres.server();
        JdbcClient.create(server.getPostgresDatabase()).sql("create database v32_rules").update();
        migrates(new DriverManagerDataSource(server.getJdbcUrl("postgres", "v32_rules"), "postgres", "postgres"), "postgresql");
    }

    private void migrates(DataSource dataSource, String vendor) {
        String[] locations = {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
        vn.chibo.shared.migration.ChiboMigrations.configure(dataSource).locations(locations).target("30").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Rows rows = new Rows(jdbc);
        rows.insert("organization", Map.of("id", 1, "path", "'/1/'", "depth", 0));
        rows.insert("organization", Map.of("id", 2, "path", "'/1/2/'", "depth", 1));
        rows.insert("rulebook", Map.of("id", 40, "code", "'SINH_HOAT_CHI_BO'", "revision", 1, "kind", "'CLASSIFICATION'",
                "subject_kind", "'PARTY_MEMBER'", "year_from", 2020, "status", "'PUBLISHED'", "in_use", true, "definition", "'{}'"));
        rows.insert("meeting_rubric", Map.of("id", 5, "code", "'SINH_HOAT_CHI_BO'", "revision", 1, "name_vi", "'Sinh hoạt'",
                "valid_from", "DATE '2020-03-01'", "definition", "'{\"r\":1}'"));
        rows.insert("meeting_rubric", Map.of("id", 6, "code", "'SINH_HOAT_CHI_BO'", "revision", 2, "name_vi", "'Sinh hoạt 2'",
                "valid_from", "DATE '2026-07-01'", "definition", "'{\"r\":2}'"));
        rows.insert("meeting", Map.of("id", 1, "organization_id", 1, "rubric_id", 5));
        rows.insert("meeting", Map.of("id", 2, "organization_id", 1, "rubric_id", 6));
        rows.insert("meeting", Map.of("id", 3, "organization_id", 1));
        rows.insert("mentoring_rulebook", Map.of("id", 1, "code", "'DIU_DAT_TO_3_NGUOI'", "revision", 1, "name", "'Dìu dắt'",
                "year_from", 2019, "definition", "'{\"maxMenteesPerMentor\":4}'"));
        rows.insert("mentoring_rulebook", Map.of("id", 2, "code", "'DIU_DAT_TO_3_NGUOI'", "revision", 2, "name", "'Dìu dắt'",
                "year_from", 2026, "year_to", 2027, "owner_org_id", 2, "owner_path", "'/1/2/'",
                "definition", "'{\"maxMenteesPerMentor\":3}'", "created_by", "'canbo'"));
        rows.insert("development_rulebook", Map.of("id", 1, "code", "'PHAT_TRIEN_DANG'", "revision", 1, "name", "'Phát triển'",
                "year_from", 2025, "definition", "'{\"minAgeMonths\":216}'"));
        rows.insert("inspection_rule_set", Map.of("id", 1, "code", "'KTGS'", "revision", 1, "name", "'Kiểm tra'",
                "year_from", 2020, "definition", "'{\"repeatWindowMonths\":12}'"));
        rows.insert("inspection_rule_set", Map.of("id", 2, "code", "'KTGS'", "revision", 2, "name", "'Kiểm tra 3 tháng'",
                "year_from", 2026, "owner_org_id", 2, "definition", "'{\"repeatWindowMonths\":3}'"));
        rows.insert("inspection", Map.of("id", 1, "organization_id", 1, "inspecting_org_id", 1, "subject_org_id", 2));
        rows.insert("inspection_finding", Map.of("id", 1, "inspection_id", 1, "rule_set_id", 2));
        rows.insert("inspection_finding", Map.of("id", 2, "inspection_id", 1));

        vn.chibo.shared.migration.ChiboMigrations.configure(dataSource).locations(locations).target("32").load().migrate();

        assertThat(jdbc.sql("""
                        select kind || ' ' || code || ' r' || revision || ' ' || year_from || '-' || coalesce(cast(year_to as varchar(9)), '')
                            || ' ' || coalesce(owner_path, 'all') || ' ' || status || ' ' || in_use || ' '
                            || coalesce(cast(valid_from as varchar(10)), '-') || ' ' || definition
                        from rulebook order by kind, code, revision""").query(String.class).list()
                .stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())
                .containsExactly(
                        "classification sinh_hoat_chi_bo r1 2020- all published true - {}",
                        "development phat_trien_dang r1 2025- all published false - {\"minAgeMonths\":216}".toLowerCase(Locale.ROOT),
                        "inspection ktgs r1 2020- all published false - {\"repeatwindowmonths\":12}",
                        "inspection ktgs r2 2026- /1/2/ published true - {\"repeatwindowmonths\":3}",
                        "meeting_rubric sinh_hoat_chi_bo r1 2020- all published true 2020-03-01 {\"r\":1}",
                        "meeting_rubric sinh_hoat_chi_bo r2 2026- all published true 2026-07-01 {\"r\":2}",
                        "mentoring diu_dat_to_3_nguoi r1 2019- all published false - {\"maxmenteespermentor\":4}",
                        "mentoring diu_dat_to_3_nguoi r2 2026-2027 /1/2/ published false - {\"maxmenteespermentor\":3}");
        assertThat(jdbc.sql("select id from rulebook where kind = 'CLASSIFICATION'").query(Long.class).single()).isEqualTo(40L);
        assertThat(jdbc.sql("select created_by || ' ' || name_vi || ' ' || owner_org_id from rulebook where kind = 'MENTORING'"
                + " and revision = 2").query(String.class).single()).isEqualTo("canbo Dìu dắt 2");
        assertThat(jdbc.sql("""
                        select m.id || ':' || coalesce(d.code || ' r' || d.revision, '-') from meeting m
                        left join rulebook d on d.id = m.rubric_id and d.kind = 'MEETING_RUBRIC' order by m.id""")
                .query(String.class).list()).containsExactly("1:SINH_HOAT_CHI_BO r1", "2:SINH_HOAT_CHI_BO r2", "3:-");
        assertThat(jdbc.sql("""
                        select f.id || ':' || coalesce(d.code || ' r' || d.revision, '-') from inspection_finding f
                        left join rulebook d on d.id = f.rule_set_id and d.kind = 'INSPECTION' order by f.id""")
                .query(String.class).list()).containsExactly("1:KTGS r2", "2:-");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) in"
                + " ('meeting_rubric', 'mentoring_rulebook', 'development_rulebook', 'inspection_rule_set')")
                .query(Long.class).single()).isZero();
        assertThatThrownBy(() -> jdbc.sql("update meeting set rubric_id = 999999 where id = 3").update())
                .as("the meeting's link is a foreign key to the one store").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> jdbc.sql("update inspection_finding set rule_set_id = 999999 where id = 2").update())
                .as("the finding's link is a foreign key to the one store").isInstanceOf(RuntimeException.class);
    }

    /** Inserts rows giving only the columns a test cares about; other required columns get a plain value of their type. */
    private record Rows(JdbcClient jdbc) {

        void insert(String table, Map<String, Object> given) {
            Map<String, Object> values = new LinkedHashMap<>(given);
            List<Map<String, Object>> columns = jdbc.sql("""
                            select lower(column_name) as name, lower(data_type) as type from information_schema.columns
                            where lower(table_name) = :t and is_nullable = 'NO' and column_default is null
                              and coalesce(is_identity, 'NO') = 'NO'""").param("t", table).query().listOfRows();
            for (Map<String, Object> column : columns) {
                values.putIfAbsent((String) column.get("name"), plain((String) column.get("type")));
            }
            jdbc.sql("insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
                    + String.join(", ", values.values().stream().map(String::valueOf).toList()) + ")").update();
        }

        private static String plain(String type) {
            if (type.contains("char") || type.contains("text")) {
                return "'x'";
            }
            if (type.startsWith("timestamp")) {
                return STAMP;
            }
            if (type.equals("date")) {
                return "DATE '2025-01-01'";
            }
            if (type.startsWith("time")) {
                return "TIME '08:00:00'";
            }
            if (type.equals("boolean")) {
                return "FALSE";
            }
            return "0";
        }
    }
}
