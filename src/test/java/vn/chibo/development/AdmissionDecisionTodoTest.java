package vn.chibo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;

/** The committee deciding admissions is told how many candidates of its subtree wait for its step; a secretary is not. */
@IntegrationTest
@Transactional
class AdmissionDecisionTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private List<TodoItem> waiting(String username) {
        var user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return todos.itemsFor((ChiboUser) user).stream()
                .filter(i -> i.kind().equals("development.committeeWaiting")).toList();
    }

    private Optional<String> countFor(String username, String stage) {
        return waiting(username).stream().filter(i -> i.messageKey().equals("todo.development.waiting." + stage))
                .map(i -> i.args().get(0)).findFirst();
    }

    @Test
    void theDivisionsOfficerSeesHowManyCandidatesWaitForEachCommitteeStep() {
        String division = demo.pathOf(demo.division());
        jdbc.sql("update development_candidate set stage = 'CELL_RESOLVED' where stage = 'COMMITTEE_RESOLVED'").update();
        assertThat(countFor("canbo.sudoan", "COMMITTEE_RESOLVED")).isEmpty();
        List<Long> two = jdbc.sql("select id from development_candidate where org_path like :p and stage = 'CANDIDATE' order by id limit 2")
                .param("p", division + "%").query(Long.class).list();
        assertThat(two).hasSize(2);
        jdbc.sql("update development_candidate set stage = 'COMMITTEE_RESOLVED', cell_resolution_on = :cell,"
                        + " committee_resolution_on = :committee where id in (:ids)")
                .param("cell", demo.today().minusDays(20)).param("committee", demo.today().minusDays(5)).param("ids", two).update();

        assertThat(countFor("canbo.sudoan", "COMMITTEE_RESOLVED")).contains("2");
        assertThat(waiting("canbo.sudoan")).allSatisfy(item -> assertThat(item.link()).isEqualTo("/development"));
        assertThat(waiting("bithu")).isEmpty();
        assertThat(waiting("kiemtra")).isEmpty();
        assertThat(waiting("admin")).isEmpty();
    }
}
