package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Secretary: a meeting was held but its minutes are not approved (the meeting not closed). The minutes are passed at
 * the end of the meeting itself, so the item is due on the meeting day.
 */
@Component
class MinutesTodo implements TodoSource {

    static final String KIND = "meeting.minutesNotApproved";

    private final MeetingTodoScope scope;
    private final JdbcClient jdbc;
    private final Formats fmt;

    MinutesTodo(MeetingTodoScope scope, JdbcClient jdbc, Formats fmt) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        return scope.runBy(user).map(cell -> jdbc.sql("""
                        select m.id, m.meeting_date from meeting m where m.organization_id = :o and m.status = 'HELD'
                        order by m.meeting_date, m.id""")
                .param("o", cell.id())
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    return TodoItem.due(KIND, "todo.meeting.minutesNotApproved", List.of(fmt.date(date)),
                            "/meetings/" + rs.getLong(1), date, today, 0);
                }).list()).orElse(List.of());
    }
}
