package vn.chibo.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.chibo.shared.migration.ChiboMigrations;

/**
 * V19 turns the awarded outcomes recorded before it into links to the award register: an outcome whose mentee has
 * exactly one award decided during the assignment links to it; any other gets an award record of its own (marked for
 * an officer to complete) and links to that. Runs the migrations on an empty H2 database up to V17, writes outcomes
 * the old way, then migrates.
 */
class AwardedOutcomeMigrationTest {

    @Test
    void existingAwardedOutcomesEndLinkedToAnAwardRecordOfTheirMentee() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:v19-outcomes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        ChiboMigrations.configure(dataSource).target("17").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String stamp = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+07:00'";
        jdbc.sql("insert into organization (id, path, depth, type, category, name, search_key, sort_key, status, valid_from,"
                + " created_at, updated_at) values (1, '/1/', 0, 'CELL', 'MILITARY', 'Chi bộ Đại đội 1', 'chi bo dai doi 1', 'a',"
                + " 'ACTIVE', DATE '2020-01-01', " + stamp + ", " + stamp + ")").update();
        for (long id = 1; id <= 4; id++) {
            jdbc.sql("insert into person (id, full_name, search_key, sort_key, gender, organization_id, org_path, party_status,"
                    + " created_at, updated_at) values (:id, :name, :key, :key, 'MALE', 1, '/1/', :status, " + stamp + ", " + stamp + ")")
                    .param("id", id).param("name", "Nguyễn Văn " + id).param("key", "nguyen van " + id)
                    .param("status", id == 1 ? "OFFICIAL" : "MASS").update();
        }
        jdbc.sql("insert into mentoring_group (id, organization_id, org_path, mentor_person_id, name, formed_on, created_at)"
                + " values (1, 1, '/1/', 1, 'Tổ 1', DATE '2024-01-01', " + stamp + ")").update();
        for (long mentee = 2; mentee <= 4; mentee++) {
            jdbc.sql("insert into mentoring_assignment (id, group_id, mentor_person_id, mentee_person_id, organization_id, org_path,"
                    + " start_date, created_at) values (:id, 1, 1, :id, 1, '/1/', DATE '2024-01-01', " + stamp + ")")
                    .param("id", mentee).update();
        }
        // mentee 2: one award in the register during the assignment; mentee 3: none; mentee 4: two awarded outcomes
        jdbc.sql("insert into award_record (id, recipient_kind, person_id, organization_id, org_path, recipient_name, search_key,"
                + " sort_key, award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at, updated_at)"
                + " values (70, 'PERSON', 2, 1, '/1/', 'Nguyễn Văn 2', 'nguyen van 2', 'x', 'COMMENDATION', 'GRASSROOTS',"
                + " '12/QĐ-ĐU', DATE '2024-06-01', 'Tiến bộ', 'canbo', " + stamp + ", " + stamp + ")").update();
        long[][] outcomes = {{2, 2}, {3, 3}, {4, 4}, {5, 4}};
        for (long[] o : outcomes) {
            jdbc.sql("insert into mentoring_outcome (id, assignment_id, mentor_person_id, mentee_person_id, org_path, kind,"
                    + " occurred_on, recorded_by) values (:id, :a, 1, :a, '/1/', 'AWARDED', DATE '2024-06-01', 'bithu')")
                    .param("id", o[0]).param("a", o[1]).update();
        }
        jdbc.sql("insert into mentoring_outcome (id, assignment_id, mentor_person_id, mentee_person_id, org_path, kind,"
                + " occurred_on, recorded_by) values (6, 2, 1, 2, '/1/', 'TASKS_WELL', DATE '2024-07-01', 'bithu')").update();

        ChiboMigrations.configure(dataSource).target("19").load().migrate();

        assertThat(jdbc.sql("select award_record_id from mentoring_outcome where id = 2").query(Long.class).single()).isEqualTo(70L);
        assertThat(jdbc.sql("select count(*) from mentoring_outcome where kind = 'AWARDED' and award_record_id is null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select award_record_id from mentoring_outcome where id = 6").query(Long.class).optional()).isEmpty();
        List<String> created = jdbc.sql("""
                select o.id || ':' || a.person_id || ':' || a.decision_date || ':' || a.decision_number from mentoring_outcome o
                  join award_record a on a.id = o.award_record_id where o.id in (3, 4, 5) order by o.id""").query(String.class).list();
        assertThat(created).containsExactly("3:3:2024-06-01:Chưa rõ số (KQDD-3)", "4:4:2024-06-01:Chưa rõ số (KQDD-4)",
                "5:4:2024-06-01:Chưa rõ số (KQDD-5)");
        assertThat(jdbc.sql("select count(distinct award_record_id) from mentoring_outcome where kind = 'AWARDED'")
                .query(Long.class).single()).isEqualTo(4);
    }
}
