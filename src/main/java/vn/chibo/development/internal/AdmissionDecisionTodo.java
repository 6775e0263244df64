package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;
import vn.chibo.todo.Urgency;

/**
 * Committees deciding admissions (officers): how many candidates of the subtree wait for their step — the committee's
 * resolution after the cell's, the admission decision, the decision recognising a probationary member as official —
 * one line per step, to their board (which has each candidate's legal deadline).
 */
@Component
class AdmissionDecisionTodo implements TodoSource {

    static final String KIND = "development.committeeWaiting";
    private static final List<Stage> WAITING = List.of(Stage.CELL_RESOLVED, Stage.COMMITTEE_RESOLVED, Stage.RECOGNITION_RESOLVED);

    private final JdbcClient jdbc;
    private final Formats fmt;

    AdmissionDecisionTodo(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!DevelopmentAccess.decidesAdmissionsInScope(user)) {
            return List.of();
        }
        return jdbc.sql("select stage, count(*) from development_candidate where stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED',"
                        + " 'RECOGNITION_RESOLVED') and " + Subtree.of(user.scopePath()).sql("org_path") + " group by stage")
                .query((rs, n) -> new Object[] {Stage.valueOf(rs.getString(1)), rs.getLong(2)}).list().stream()
                .sorted(java.util.Comparator.comparingInt(row -> WAITING.indexOf((Stage) row[0])))
                .map(row -> new TodoItem(KIND, "todo.development.waiting." + row[0], List.of(fmt.number((Long) row[1])),
                        "/development", null, Urgency.OPEN))
                .toList();
    }
}
