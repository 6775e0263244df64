package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/** Secretary: a planned meeting of the coming month has no preparation material yet (due one day before it). */
@Component
class MaterialsTodo implements TodoSource {

    static final String KIND = "meeting.materialsMissing";
    private static final int LOOK_AHEAD_DAYS = 31;

    private final MeetingTodoScope scope;
    private final JdbcClient jdbc;
    private final Formats fmt;

    MaterialsTodo(MeetingTodoScope scope, JdbcClient jdbc, Formats fmt) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        return scope.runBy(user).map(cell -> jdbc.sql("""
                        select m.id, m.meeting_date from meeting m
                        where m.organization_id = :o and m.status = 'PLANNED' and m.meeting_date >= :from and m.meeting_date <= :to
                          and not exists (select 1 from meeting_material t where t.meeting_id = m.id and t.purpose = 'PREPARATION')
                        order by m.meeting_date, m.id""")
                .param("o", cell.id()).param("from", today).param("to", today.plusDays(LOOK_AHEAD_DAYS))
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    return TodoItem.due(KIND, "todo.meeting.materialsMissing", List.of(fmt.date(date)),
                            "/meetings/" + rs.getLong(1) + "#materials", date.minusDays(1), today, 3);
                }).list()).orElse(List.of());
    }
}
