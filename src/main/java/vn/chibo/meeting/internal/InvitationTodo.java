package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/** Member: the next meeting he is invited to (date, time, place); its page has the agenda and the materials. */
@Component
class InvitationTodo implements TodoSource {

    static final String KIND = "meeting.invitation";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final Formats fmt;

    InvitationTodo(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.personId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.meeting_date, m.start_time, m.place from meeting m
                        join meeting_attendee a on a.meeting_id = m.id
                        where a.person_id = :p and m.status in ('PLANNED', 'IN_PROGRESS') and m.meeting_date >= :today
                        order by m.meeting_date, m.start_time, m.id""")
                .param("p", user.personId()).param("today", today)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    String time = TIME.format(rs.getObject(3, LocalTime.class));
                    String place = rs.getString(4);
                    boolean placed = place != null && !place.isBlank();
                    return TodoItem.on(KIND, placed ? "todo.meeting.invitation" : "todo.meeting.invitation.noPlace",
                            placed ? List.of(fmt.date(date), time, place) : List.of(fmt.date(date), time),
                            "/meetings/" + rs.getLong(1), date, today, 7);
                }).list().stream().limit(1).toList();
    }
}
