package vn.chibo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.development.internal.Candidate;
import vn.chibo.development.internal.DevelopmentService;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;
import vn.chibo.todo.Urgency;

/** The secretary's to-do: candidates of his cell whose working-day deadline is near or past, until the step is taken. */
@IntegrationTest
@Transactional
class CandidateDeadlineTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DevelopmentService development;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    ChiboUser signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (ChiboUser) user;
    }

    List<TodoItem> itemsOf(String username, String link) {
        return todos.itemsFor(signIn(username)).stream()
                .filter(i -> i.kind().equals("development.deadline") && i.link().equals(link)).toList();
    }

    void set(long candidateId, String assignments) {
        jdbc.sql("update development_candidate set " + assignments + " where id = :id").param("id", candidateId).update();
    }

    @Test
    void aCandidateWhoseDecisionIsOverdueIsListedUntilHeBecomesOfficial() {
        long person = jdbc.sql("""
                        select min(p.id) from person p where p.organization_id = :c and p.party_status in ('MASS', 'SYMPATHISER')
                          and not exists (select 1 from development_candidate d where d.person_id = p.id
                                          and d.stage not in ('OFFICIAL', 'REMOVED', 'WITHDRAWN'))""")
                .param("c", demo.sampleCell()).query(Long.class).single();
        signIn("bithu");
        Candidate candidate = development.open(person, null);
        String link = "/development/candidates/" + candidate.getId();
        assertThat(itemsOf("bithu", link)).isEmpty();

        set(candidate.getId(), "stage = 'CELL_RESOLVED', cell_resolution_on = DATE '" + demo.today().minusDays(200) + "'");
        assertThat(itemsOf("bithu", link)).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.development.decision");
            assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(item.due()).isBefore(demo.today());
        });
        assertThat(itemsOf("dangvien", link)).isEmpty();
        assertThat(itemsOf("canbo", link)).as("committees follow deadlines on their board").isEmpty();

        set(candidate.getId(), "stage = 'OFFICIAL'");
        assertThat(itemsOf("bithu", link)).isEmpty();
    }
}
