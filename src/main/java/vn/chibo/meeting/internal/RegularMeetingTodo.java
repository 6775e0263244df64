package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/** Secretary: this month's regular meeting is not planned yet (due at the end of the month). */
@Component
class RegularMeetingTodo implements TodoSource {

    static final String KIND = "meeting.regularNotPlanned";

    private final MeetingTodoScope scope;
    private final JdbcClient jdbc;

    RegularMeetingTodo(MeetingTodoScope scope, JdbcClient jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        return scope.runBy(user).filter(cell -> !planned(cell.id(), YearMonth.from(today))).map(cell -> {
            YearMonth month = YearMonth.from(today);
            String label = String.format("%02d/%d", month.getMonthValue(), month.getYear());
            return List.of(TodoItem.due(KIND, "todo.meeting.regularNotPlanned", List.of(label),
                    "/organizations/" + cell.id() + "/meetings/new?kind=REGULAR", month.atEndOfMonth(), today, 7));
        }).orElse(List.of());
    }

    private boolean planned(long organizationId, YearMonth month) {
        return jdbc.sql("select count(*) from meeting where organization_id = :o and kind = 'REGULAR' and period = :p"
                        + " and status <> 'CANCELLED'")
                .param("o", organizationId).param("p", month.toString()).query(Long.class).single() > 0;
    }
}
