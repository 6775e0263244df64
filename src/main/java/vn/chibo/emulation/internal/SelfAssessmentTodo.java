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
 * Tự đánh giá để xét công nhận cuối năm: from December of the programme's year, a registration not yet self-assessed —
 * the cell's own (asked of its secretary) or the member's own — and, at any time, one returned with a reason. Due at the
 * end of the programme's year.
 */
@Component
class SelfAssessmentTodo implements TodoSource {

    static final String KIND = "evaluation.selfAssessment";
    static final int SOON_DAYS = 14;
    /** The month from which the year-end self-assessment is asked for. */
    static final int FROM_MONTH = 12;

    private final JdbcClient jdbc;

    SelfAssessmentTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        if (user.role() == Role.SECRETARY && user.scopeOrganizationId() != null) {
            items.addAll(open("s.organization_id = :subject and s.person_id is null", user.scopeOrganizationId(), today));
        }
        if (user.personId() != null) {
            items.addAll(open("s.person_id = :subject", user.personId(), today));
        }
        return items;
    }

    private List<TodoItem> open(String subject, long id, LocalDate today) {
        int openYear = today.getMonthValue() >= FROM_MONTH ? today.getYear() : today.getYear() - 1;
        return jdbc.sql("""
                        select s.id, p.name, p.programme_year, a.returned_reason
                        from registration s join programme p on p.id = s.programme_id
                        left join assessment a on a.registration_id = s.id
                        where\s""" + subject + """
                         and (a.id is null or a.status = 'DRAFT') and p.programme_year between :from and :to
                          and (p.programme_year <= :open or a.returned_reason is not null)
                        order by p.programme_year, p.id""")
                .param("subject", id).param("from", today.getYear() - 1).param("to", today.getYear()).param("open", openYear)
                .query((rs, n) -> TodoItem.due(KIND, rs.getString(4) == null ? "todo.evaluation.selfAssess"
                                : "todo.evaluation.selfAssessReturned", List.of(rs.getString(2)),
                        "/registrations/" + rs.getLong(1) + "#assessment", LocalDate.of(rs.getInt(3), 12, 31), today, SOON_DAYS))
                .list();
    }
}
