package vn.chibo.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * The inspected side (a secretary): remediation actions of his organization, not yet done nor verified effective,
 * due within {@value #SOON_DAYS} days or overdue. The inspecting side follows them on its own worklist.
 */
@Component
class RemediationTodo implements TodoSource {

    static final String KIND = "inspection.remediationDue";
    static final int SOON_DAYS = 7;
    private static final int SHOWN_CHARACTERS = 120;

    private final JdbcClient jdbc;

    RemediationTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!InspectionAccess.respondsInScope(user)) {
            return List.of();
        }
        return jdbc.sql("select a.id, a.finding_id, a.content, a.due_on from remediation_action a where "
                        + Subtree.of(user.scopePath()).sql("a.org_path")
                        + " and a.completed_on is null and (a.verification is null or a.verification <> 'EFFECTIVE')"
                        + " and a.due_on <= :until order by a.due_on, a.id")
                .param("until", today.plusDays(SOON_DAYS))
                .query((rs, n) -> TodoItem.due(KIND, "todo.inspection.remediationDue", List.of(shortened(rs.getString(3))),
                        "/inspections/findings/" + rs.getLong(2), rs.getObject(4, LocalDate.class), today, SOON_DAYS))
                .list();
    }

    private static String shortened(String content) {
        return content.length() <= SHOWN_CHARACTERS ? content : content.substring(0, SHOWN_CHARACTERS - 1) + "…";
    }
}
