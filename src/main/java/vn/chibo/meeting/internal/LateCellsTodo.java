package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.DateInput;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Officer: cells of the subtree that held no regular meeting (sinh hoạt thường kỳ) last month, counted in one item that
 * opens the meetings overview of the subtree; due at once, the month being over.
 */
@Component
class LateCellsTodo implements TodoSource {

    static final String KIND = "meeting.lateCells";

    private final JdbcClient jdbc;

    LateCellsTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!MeetingAccess.watchesLateCells(user)) {
            return List.of();
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        // the meeting's copied path repeats the subtree so that the month's regular meetings of the subtree are one
        // range of their index (V45), set against the subtree's cells (a probe per cell: 100-230 ms for the country)
        Subtree scope = Subtree.of(user.scopePath());
        long late = jdbc.sql("select count(*) from organization o where o.type = 'CELL' and o.status = 'ACTIVE' and "
                        + scope.sql("o.path") + " and o.valid_from <= :first and not exists ("
                        + "select 1 from meeting m where m.organization_id = o.id and m.kind = 'REGULAR' and m.period = :period"
                        + " and m.status in ('HELD', 'CLOSED') and " + scope.sql("m.org_path") + ")")
                .param("first", last.atDay(1)).param("period", last.toString()).query(Long.class).single();
        if (late == 0) {
            return List.of();
        }
        return List.of(TodoItem.due(KIND, "todo.meeting.lateCells", List.of(String.valueOf(late), DateInput.print(last)),
                "/meetings/overview?organizationId=" + user.scopeOrganizationId(), today, today, 0));
    }
}
