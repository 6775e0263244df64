package vn.chibo.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.chibo.shared.migration.ChiboMigrations;

/**
 * V30 moves the award dates once kept on a mentor's registration into the award register: a date the register already
 * holds for the person stays that record; any other becomes a record of its own, marked for an officer to complete.
 * Runs the migrations on an empty H2 database up to V24, writes mentors the old way, then migrates.
 */
class MentorAwardMigrationTest {

    @Test
    void aMentorsAwardDateBecomesAnAwardRecordUnlessTheRegisterHasItAlready() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:v30-mentors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        ChiboMigrations.configure(dataSource).target("24").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String stamp = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+07:00'";
        jdbc.sql("insert into organization (id, path, depth, type, category, name, search_key, sort_key, status, valid_from,"
                + " created_at, updated_at) values (1, '/1/', 0, 'CELL', 'MILITARY', 'Chi bộ Đại đội 1', 'chi bo dai doi 1', 'a',"
                + " 'ACTIVE', DATE '2020-01-01', " + stamp + ", " + stamp + ")").update();
        for (long id = 1; id <= 3; id++) {
            jdbc.sql("insert into person (id, full_name, search_key, sort_key, gender, organization_id, org_path, party_status,"
                    + " created_at, updated_at) values (:id, :name, :key, :key, 'MALE', 1, '/1/', 'OFFICIAL', " + stamp + ", " + stamp + ")")
                    .param("id", id).param("name", "Nguyễn Văn " + id).param("key", "nguyen van " + id).update();
        }
        // mentor 1: a date and a note only on his registration; mentor 2: the register already has that award; mentor 3: none
        String[][] mentors = {{"1", "DATE '2024-06-01'", "'Giấy khen của Đảng ủy'"}, {"2", "DATE '2024-07-01'", "NULL"}, {"3", "NULL", "NULL"}};
        for (String[] m : mentors) {
            jdbc.sql("insert into mentor (id, person_id, organization_id, org_path, kind, awarded_on, award_note, active, created_at)"
                    + " values (" + m[0] + ", " + m[0] + ", 1, '/1/', 'PARTY_MEMBER', " + m[1] + ", " + m[2] + ", true, " + stamp + ")").update();
        }
        jdbc.sql("insert into award_record (id, recipient_kind, person_id, organization_id, org_path, recipient_name, search_key,"
                + " sort_key, award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at, updated_at)"
                + " values (70, 'PERSON', 2, 1, '/1/', 'Nguyễn Văn 2', 'nguyen van 2', 'x', 'CERTIFICATE_OF_MERIT', 'UPPER',"
                + " '12/QĐ-ĐU', DATE '2024-07-01', 'Dìu dắt tốt', 'canbo', " + stamp + ", " + stamp + ")").update();

        ChiboMigrations.configure(dataSource).target("30").load().migrate();

        assertThat(jdbc.sql("select person_id || ':' || decision_date || ':' || decision_number || ':' || reason || ':' || created_by"
                        + " from award_record order by person_id, id").query(String.class).list())
                .containsExactly("1:2024-06-01:Chưa rõ số (NDD-1):Giấy khen của Đảng ủy:migration", "2:2024-07-01:12/QĐ-ĐU:Dìu dắt tốt:canbo");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'mentor'"
                + " and column_name in ('awarded_on', 'award_note')").query(Long.class).single()).isZero();
    }
}
