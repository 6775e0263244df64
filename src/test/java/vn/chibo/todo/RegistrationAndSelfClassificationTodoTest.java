package vn.chibo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A model deployed this year waits for the member's registration; an open round waits for his self-classification. */
@IntegrationTest
@Transactional
class RegistrationAndSelfClassificationTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    List<TodoItem> items(String username, String kind) {
        return todos.itemsFor(demo.signIn(username)).stream().filter(i -> i.kind().equals(kind)).toList();
    }

    @Test
    void aMemberModelDeployedToHisCellAsksTheMemberToRegisterUntilHeHas() {
        long cell = demo.scopeOf("bithu");
        long rulebook = jdbc.sql("select id from rulebook where code = 'DANG_VIEN_5_TOT' order by revision desc")
                .query(Long.class).list().get(0);
        jdbc.sql("""
                        insert into programme (rulebook_id, programme_year, name, organization_id, org_path, pilot, target_percent,
                            created_by, created_at) values (:r, :y, 'Đảng viên 5 tốt — thí điểm bổ sung', :o, :p, true, 70, 'canbo', :at)""")
                .param("r", rulebook).param("y", demo.today().getYear()).param("o", cell).param("p", demo.pathOf(cell))
                .param("at", java.sql.Timestamp.from(demo.now())).update();
        long programme = jdbc.sql("select id from programme where name = 'Đảng viên 5 tốt — thí điểm bổ sung'").query(Long.class).single();
        jdbc.sql("insert into programme_subject (programme_id, organization_id, org_path) values (:g, :o, :p)")
                .param("g", programme).param("o", cell).param("p", demo.pathOf(cell)).update();

        assertThat(items("dangvien", "evaluation.registration")).anySatisfy(item -> {
            assertThat(item.link()).isEqualTo("/programmes/" + programme);
            assertThat(item.args()).containsExactly("Đảng viên 5 tốt — thí điểm bổ sung");
        });
        jdbc.sql("insert into registration (programme_id, organization_id, org_path, registered_on, person_id, meeting_reference, created_by, created_at)"
                        + " values (:g, :o, :p, :d, :m, 'Nghị quyết chi bộ tháng 12', 'dangvien', :at)")
                .param("g", programme).param("o", cell).param("p", demo.pathOf(cell)).param("d", demo.today())
                .param("m", demo.personOf("dangvien")).param("at", java.sql.Timestamp.from(demo.now())).update();
        assertThat(items("dangvien", "evaluation.registration")).noneMatch(item -> item.link().equals("/programmes/" + programme));
    }

    @Test
    void anOpenRoundAsksTheMemberForHisSelfClassificationUntilHeHasGivenIt() {
        long round = jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear())
                .query(Long.class).single();
        jdbc.sql("update classification_round set status = 'OPEN' where id = :r").param("r", round).update();
        long entry = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = 'MEMBER' and subject_id = :m")
                .param("r", round).param("m", demo.personOf("dangvien")).query(Long.class).single();
        jdbc.sql("update classification_entry set status = 'PENDING' where id = :e").param("e", entry).update();
        assertThat(items("dangvien", "evaluation.selfClassification")).anySatisfy(item -> {
            assertThat(item.link()).isEqualTo("/classification/entries/" + entry);
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.selfClassifyMember");
        });
        jdbc.sql("update classification_entry set status = 'SELF_CLASSIFIED' where id = :e").param("e", entry).update();
        assertThat(items("dangvien", "evaluation.selfClassification")).isEmpty();
    }
}
