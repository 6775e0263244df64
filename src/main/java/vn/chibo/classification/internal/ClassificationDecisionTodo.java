package vn.chibo.classification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * The competent level (officers): classification groups of open rounds, decided by an organization of its subtree, with
 * proposals waiting for the decision, due by the round's decision deadline. At most {@value #SHOWN}, the earliest first.
 */
@Component
class ClassificationDecisionTodo implements TodoSource {

    static final String KIND = "classification.decisionWaiting";
    static final int SOON_DAYS = 14;
    static final int SHOWN = 10;

    private final JdbcClient jdbc;
    private final Formats fmt;

    ClassificationDecisionTodo(JdbcClient jdbc, Formats fmt) {
        this.jdbc = jdbc;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.isAdmin() || !user.may(Permission.DECIDE_MODELS) || user.scopePath() == null) {
            return List.of();
        }
        // summed over the kept group counts (V43: a few thousand rows nationally) rather than over the entries; a group
        // whose proposals have all been decided keeps a row at zero, hence the "having"
        return jdbc.sql("""
                        select g.round_id, g.quota_group, sum(g.entries), r.round_year, r.decision_deadline, o.name
                        from classification_group_count g
                        join classification_round r on r.id = g.round_id
                        join organization o on o.id = g.deciding_org_id
                        where g.status = 'PROPOSED' and r.status = 'OPEN' and\s""" + Subtree.of(user.scopePath()).sql("g.deciding_org_path") + """

                        group by g.round_id, g.quota_group, r.round_year, r.decision_deadline, o.name
                        having sum(g.entries) > 0
                        order by r.decision_deadline, g.round_id, g.quota_group""")
                .query((rs, n) -> TodoItem.due(KIND, "todo.classification.decisionWaiting",
                        List.of(String.valueOf(rs.getInt(4)), rs.getString(6), fmt.number(rs.getLong(3))),
                        "/classification/" + rs.getLong(1) + "/groups/" + URLEncoder.encode(rs.getString(2), StandardCharsets.UTF_8),
                        rs.getObject(5, LocalDate.class), today, SOON_DAYS))
                .list().stream().limit(SHOWN).toList();
    }
}
