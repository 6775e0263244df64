package vn.chibo.classification.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Tự đánh giá, xếp loại cuối năm: an open round still waiting for the member's own self-classification or, for a
 * secretary, the cell's; due on the round's self-classification deadline (the end of the year when it has none).
 */
@Component
class SelfClassificationTodo implements TodoSource {

    static final String KIND = "evaluation.selfClassification";

    private final JdbcClient jdbc;

    SelfClassificationTodo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        Long cell = user.role() == Role.SECRETARY ? user.scopeOrganizationId() : null;
        if (user.personId() == null && cell == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, r.round_year, r.self_deadline, e.subject_kind from classification_entry e
                        join classification_round r on r.id = e.round_id
                        where r.status = 'OPEN' and e.status = 'PENDING'
                          and ((e.subject_kind = 'MEMBER' and e.subject_id = :p) or (e.subject_kind = 'ORGANIZATION' and e.subject_id = :o))
                        order by r.round_year, e.id""")
                .param("p", user.personId() == null ? -1L : user.personId()).param("o", cell == null ? -1L : cell)
                .query((rs, n) -> {
                    LocalDate deadline = rs.getObject(3, LocalDate.class);
                    int year = rs.getInt(2);
                    return TodoItem.due(KIND, "MEMBER".equals(rs.getString(4)) ? "todo.evaluation.selfClassifyMember"
                                    : "todo.evaluation.selfClassifyCell", List.of(String.valueOf(year)),
                            "/classification/entries/" + rs.getLong(1), deadline == null ? LocalDate.of(year, 12, 31) : deadline,
                            today, 7);
                }).list();
    }
}
