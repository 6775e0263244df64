package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.DateInput;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Tổ 3 người that have not met this month: a mentor sees each of his own groups, a cell secretary how many of
 * the cell's groups are still to meet; due the last day of the month.
 */
@Component
class MentoringSessionTodo implements TodoSource {

    static final String KIND = "mentoring.sessionMissing";

    private static final String WITHOUT_SESSION = """
            g.ended_on is null and g.formed_on <= :today and not exists (select 1 from mentoring_session s
                where s.group_id = g.id and s.held_on >= :first and s.held_on <= :today)""";

    private final JdbcClient jdbc;

    MentoringSessionTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        String label = DateInput.print(month);
        List<TodoItem> items = new ArrayList<>();
        if (user.personId() != null) {
            jdbc.sql("select g.id, g.name from mentoring_group g where g.mentor_person_id = :p and " + WITHOUT_SESSION + " order by g.name")
                    .param("p", user.personId()).param("today", today).param("first", month.atDay(1))
                    .query((rs, n) -> TodoItem.due(KIND, "todo.mentoring.ownGroup", List.of(rs.getString(2), label),
                            "/mentoring/groups/" + rs.getLong(1), month.atEndOfMonth(), today, 7))
                    .list().forEach(items::add);
        }
        if (MentoringAccess.watchesCellGroups(user)) {
            long waiting = jdbc.sql("select count(*) from mentoring_group g where g.organization_id = :o and " + WITHOUT_SESSION)
                    .param("o", user.scopeOrganizationId()).param("today", today).param("first", month.atDay(1))
                    .query(Long.class).single();
            if (waiting > 0) {
                items.add(TodoItem.due(KIND, "todo.mentoring.cellGroups", List.of(String.valueOf(waiting), label),
                        "/mentoring/organizations/" + user.scopeOrganizationId(), month.atEndOfMonth(), today, 7));
            }
        }
        return items;
    }
}
