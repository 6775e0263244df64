package vn.chibo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A mentor is asked to meet his group this month, a secretary sees the cell's groups still to meet, and plan items fall due. */
@IntegrationTest
@Transactional
class MentoringAndPlanTodoTest {

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
    void aGroupWithoutASessionThisMonthIsOnItsMentorsAndItsSecretarysList() {
        long cell = demo.scopeOf("bithu");
        long mentor = demo.personOf("dangvien");
        long group = jdbc.sql("select id from mentoring_group where organization_id = :o and ended_on is null order by id")
                .param("o", cell).query(Long.class).list().get(0);
        jdbc.sql("update mentoring_group set mentor_person_id = :m where id = :g").param("m", mentor).param("g", group).update();
        YearMonth month = YearMonth.from(demo.today());
        jdbc.sql("delete from mentoring_session where group_id = :g and held_on >= :from").param("g", group)
                .param("from", month.atDay(1)).update();

        assertThat(items("dangvien", "mentoring.sessionMissing")).anySatisfy(item -> {
            assertThat(item.link()).isEqualTo("/mentoring/groups/" + group);
            assertThat(item.due()).isEqualTo(month.atEndOfMonth());
        });
        long waiting = jdbc.sql("""
                        select count(*) from mentoring_group g where g.organization_id = :o and g.ended_on is null
                        and not exists (select 1 from mentoring_session s where s.group_id = g.id and s.held_on >= :from)""")
                .param("o", cell).param("from", month.atDay(1)).query(Long.class).single();
        assertThat(items("bithu", "mentoring.sessionMissing")).anySatisfy(item -> {
            assertThat(item.link()).isEqualTo("/mentoring/organizations/" + cell);
            assertThat(item.args().get(0)).isEqualTo(String.valueOf(waiting));
        });

        jdbc.sql("insert into mentoring_session (group_id, org_path, held_on, topics, recorded_by, created_at) values (:g, :p, :d, 'TASKS', 'dangvien', :at)").param("at", java.sql.Timestamp.from(demo.now()))
                .param("g", group).param("p", demo.pathOf(cell)).param("d", demo.today()).update();
        assertThat(items("dangvien", "mentoring.sessionMissing")).noneMatch(item -> item.link().equals("/mentoring/groups/" + group));
    }

    @Test
    void aPlanItemFallingDueIsOnItsResponsiblesListUntilDone() {
        long registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("dangvien"));
        long item = jdbc.sql("insert into plan_item (registration_id, criterion_code, content, due_date, status) values"
                        + " (:r, 'D4', 'Chuẩn bị tham luận cho buổi sinh hoạt chuyên đề', :d, 'PLANNED')")
                .param("r", registration).param("d", demo.today().plusDays(3)).update();
        assertThat(item).isEqualTo(1);
        assertThat(items("dangvien", "evaluation.planItem")).anySatisfy(todo -> {
            assertThat(todo.args().get(0)).isEqualTo("Chuẩn bị tham luận cho buổi sinh hoạt chuyên đề");
            assertThat(todo.link()).isEqualTo("/registrations/" + registration + "#plan");
        });
        jdbc.sql("update plan_item set status = 'DONE' where registration_id = :r and content like 'Chuẩn bị tham luận%'")
                .param("r", registration).update();
        assertThat(items("dangvien", "evaluation.planItem")).noneMatch(todo -> todo.args().get(0).startsWith("Chuẩn bị tham luận"));
    }
}
