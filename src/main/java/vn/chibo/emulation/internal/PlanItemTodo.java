package vn.chibo.emulation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Việc trong kế hoạch thi đua: the plan items the signed-in person is responsible for (or that belong to his own
 * registration) that are not done and fall due within two weeks or are overdue.
 */
@Component
class PlanItemTodo implements TodoSource {

    static final String KIND = "evaluation.planItem";
    private static final int LOOK_AHEAD_DAYS = 14;

    private final JdbcClient jdbc;

    PlanItemTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.personId() == null) {
            return List.of();
        }
        // two index probes (the items he is responsible for; his registrations' items without anyone responsible)
        // rather than one "or" that read every plan item of the country (330-520 ms nationally)
        return jdbc.sql("""
                        select x.registration_id, x.content, x.due_date from (
                          select i.id, i.registration_id, i.content, i.due_date from plan_item i
                          where i.responsible_id = :p and i.status in ('PLANNED', 'IN_PROGRESS') and i.due_date <= :until
                          union all
                          select i.id, i.registration_id, i.content, i.due_date from registration r
                          join plan_item i on i.registration_id = r.id
                          where r.person_id = :p and i.responsible_id is null and i.status in ('PLANNED', 'IN_PROGRESS')
                            and i.due_date <= :until) x
                        order by x.due_date, x.id""")
                .param("p", user.personId()).param("until", today.plusDays(LOOK_AHEAD_DAYS))
                .query((rs, n) -> TodoItem.due(KIND, "todo.evaluation.planItem", List.of(rs.getString(2)),
                        "/registrations/" + rs.getLong(1) + "#plan", rs.getObject(3, LocalDate.class), today, 7))
                .list();
    }
}
