package vn.chibo.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;

/**
 * The officers' "decisions waiting" to-dos are summed from the kept group counts (V43) instead of the entries: for
 * every officer, the items (links and counts) equal a count of the proposed entries of open rounds whose deciding
 * organization lies in his subtree, with proposals spread over several groups, some then decided.
 */
@IntegrationTest
@Transactional
class ClassificationDecisionTodoCountsTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theItemsEqualTheProposedEntriesCounted() {
        long round = jdbc.sql("select min(id) from classification_round where status = 'OPEN'").query(Long.class).optional()
                .orElseGet(() -> {
                    long latest = jdbc.sql("select max(id) from classification_round").query(Long.class).single();
                    jdbc.sql("update classification_round set status = 'OPEN' where id = :r").param("r", latest).update();
                    return latest;
                });
        // every third entry of the round proposed, then every second of those decided
        jdbc.sql("update classification_entry set status = 'PROPOSED' where round_id = :r and mod(id, 3) = 0")
                .param("r", round).update();
        assertAllOfficers("proposed");
        jdbc.sql("update classification_entry set status = 'DECIDED' where round_id = :r and mod(id, 6) = 0")
                .param("r", round).update();
        assertAllOfficers("partly decided");
    }

    private void assertAllOfficers(String when) {
        int compared = 0;
        for (String account : List.of("canbo", "canbo.sudoan", "kiemtra", "bithu", "admin")) {
            ChiboUser user = demo.signIn(account);
            List<List<String>> items = todos.itemsFor(user).stream().filter(i -> i.kind().equals("classification.decisionWaiting"))
                    .map(i -> List.of(i.link(), i.args().get(2).replace(".", ""))).toList();
            List<List<String>> expected = user.isAdmin() || user.scopePath() == null || !user.may(vn.chibo.shared.security.Permission.DECIDE_MODELS)
                    ? List.of()
                    : jdbc.sql("""
                            select e.round_id, e.quota_group, count(*) from classification_entry e
                            join classification_round r on r.id = e.round_id
                            where e.status = 'PROPOSED' and r.status = 'OPEN' and e.deciding_org_path like :scope
                            group by e.round_id, e.quota_group, r.decision_deadline order by r.decision_deadline, e.round_id, e.quota_group""")
                    .param("scope", user.scopePath() + "%")
                    .query((rs, n) -> List.of("/classification/" + rs.getLong(1) + "/groups/"
                            + URLEncoder.encode(rs.getString(2), StandardCharsets.UTF_8), String.valueOf(rs.getLong(3))))
                    .list().stream().limit(10).toList();
            assertThat(items).as(when + ": " + account).containsExactlyElementsOf(expected);
            compared += items.size();
        }
        assertThat(compared).as(when + ": items compared").isPositive();
    }
}
