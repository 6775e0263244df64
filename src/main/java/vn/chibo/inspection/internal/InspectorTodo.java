package vn.chibo.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * The inspecting side (inspection commission, officers): inspections of its subtree still in progress (until their
 * end date) or concluded with the notice not yet sent, and remediation actions reported done that await its
 * verification, at most {@value #SHOWN} of each, the most pressing first; and the remediation actions it oversees that
 * are overdue, counted in one item that opens the worklist at them (it lists them all).
 */
@Component
class InspectorTodo implements TodoSource {

    static final String IN_PROGRESS = "inspection.inProgress";
    static final String AWAITING_VERIFICATION = "inspection.awaitingVerification";
    static final String OVERDUE_ACTIONS = "inspection.overdueActions";
    static final int SOON_DAYS = 7;
    static final int SHOWN = 10;
    private static final int SHOWN_CHARACTERS = 120;

    private final JdbcClient jdbc;
    private final vn.chibo.shared.web.Formats fmt;

    InspectorTodo(JdbcClient jdbc, vn.chibo.shared.web.Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!InspectionAccess.overseesInScope(user)) {
            return List.of();
        }
        String inspecting = Subtree.of(user.scopePath()).sql("inspecting_org_path");
        List<TodoItem> items = new ArrayList<>(jdbc.sql("select id, subject_name, ends_on, status from inspection where " + inspecting
                        + " and status in ('OPEN', 'CONCLUDED') order by ends_on, id limit " + SHOWN)
                .query((rs, n) -> TodoItem.due(IN_PROGRESS, "OPEN".equals(rs.getString(4))
                                ? "todo.inspection.inProgress" : "todo.inspection.noticeToSend",
                        List.of(rs.getString(2)), "/inspections/" + rs.getLong(1), rs.getObject(3, LocalDate.class), today, SOON_DAYS))
                .list());
        items.addAll(jdbc.sql("select a.finding_id, a.content, a.completed_on, i.subject_name from remediation_action a"
                        + " join inspection_finding f on f.id = a.finding_id join inspection i on i.id = f.inspection_id where "
                        + Subtree.of(user.scopePath()).sql("a.inspecting_org_path")
                        + " and a.completed_on is not null and a.verification is null order by a.completed_on, a.id limit " + SHOWN)
                .query((rs, n) -> new TodoItem(AWAITING_VERIFICATION, "todo.inspection.awaitingVerification",
                        List.of(shortened(rs.getString(2)), rs.getString(4)), "/inspections/findings/" + rs.getLong(1), null,
                        vn.chibo.todo.Urgency.OPEN))
                .list());
        jdbc.sql("select count(*), min(a.due_on) from remediation_action a where " + Subtree.of(user.scopePath()).sql("a.inspecting_org_path")
                        + " and a.completed_on is null and (a.verification is null or a.verification <> 'EFFECTIVE') and a.due_on < :today")
                .param("today", today)
                .query((rs, n) -> rs.getLong(1) == 0 ? null : TodoItem.due(OVERDUE_ACTIONS, "todo.inspection.overdueActions",
                        List.of(fmt.number(rs.getLong(1))), "/inspections#overdueActions", rs.getObject(2, LocalDate.class), today, 0))
                .list().stream().filter(java.util.Objects::nonNull).forEach(items::add);
        return items;
    }

    private static String shortened(String content) {
        return content.length() <= SHOWN_CHARACTERS ? content : content.substring(0, SHOWN_CHARACTERS - 1) + "…";
    }
}
