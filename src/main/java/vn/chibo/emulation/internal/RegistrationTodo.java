package vn.chibo.emulation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Đăng ký thi đua: a model deployed this year that is still waiting for a registration — the cell's own (asked of
 * its secretary) or, for a model that judges members (Đảng viên 5 tốt), the member's own. Due at the end of the
 * first quarter, when registrations are customarily closed.
 */
@Component
class RegistrationTodo implements TodoSource {

    static final String KIND = "evaluation.registration";

    private final JdbcClient jdbc;

    RegistrationTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate due = LocalDate.of(today.getYear(), 3, 31);
        if (user.role() == Role.SECRETARY && user.scopeOrganizationId() != null) {
            jdbc.sql("""
                            select p.id, p.name from programme p join programme_subject s on s.programme_id = p.id
                            join rulebook rb on rb.id = p.rulebook_id
                            where s.organization_id = :o and p.programme_year = :y and rb.subject_kind <> 'MEMBER'
                              and not exists (select 1 from registration r where r.programme_id = p.id and r.organization_id = :o
                                              and r.person_id is null)
                            order by p.id""")
                    .param("o", user.scopeOrganizationId()).param("y", today.getYear())
                    .query((rs, n) -> TodoItem.due(KIND, "todo.evaluation.registerCell", List.of(rs.getString(2)),
                            "/programmes/" + rs.getLong(1), due, today, 14))
                    .list().forEach(items::add);
        }
        if (user.personId() != null) {
            jdbc.sql("""
                            select p.id, p.name from programme p join programme_subject s on s.programme_id = p.id
                            join rulebook rb on rb.id = p.rulebook_id join person m on m.organization_id = s.organization_id
                            where m.id = :m and m.party_status in ('OFFICIAL', 'PROBATIONARY') and p.programme_year = :y
                              and rb.subject_kind = 'MEMBER'
                              and not exists (select 1 from registration r where r.programme_id = p.id and r.person_id = :m)
                            order by p.id""")
                    .param("m", user.personId()).param("y", today.getYear())
                    .query((rs, n) -> TodoItem.due(KIND, "todo.evaluation.registerMember", List.of(rs.getString(2)),
                            "/programmes/" + rs.getLong(1), due, today, 14))
                    .list().forEach(items::add);
        }
        return items;
    }
}
