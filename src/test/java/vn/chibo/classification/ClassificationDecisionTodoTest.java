package vn.chibo.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.classification.internal.ClassificationService.Decision;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;

/**
 * An officer whose subtree holds the deciding organization is told of each group with proposals waiting for his
 * decision, until it is decided; the secretary who proposed nothing to decide is not.
 */
@IntegrationTest
@Transactional
class ClassificationDecisionTodoTest {

    @Autowired
    ClassificationService classification;
    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private ChiboUser signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (ChiboUser) user;
    }

    private ClassificationEntry cellOf(ClassificationRound round) {
        entityManager.flush();
        long id = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = 'ORGANIZATION' and subject_id = :s")
                .param("r", round.getId()).param("s", demo.sampleCell()).query(Long.class).single();
        entityManager.clear();
        return classification.entry(id);
    }

    private List<TodoItem> waiting(String username) {
        return todos.itemsFor(signIn(username)).stream().filter(i -> i.kind().equals("classification.decisionWaiting")).toList();
    }

    @Test
    void theOfficerIsToldOfProposalsWaitingForHisDecisionUntilHeDecides() {
        signIn("canbo.sudoan");
        ClassificationRound round = classification.open(demo.division(), demo.today().getYear() + 1, null, null, null, null);
        signIn("bithu");
        ClassificationEntry cell = cellOf(round);
        classification.selfClassify(cell.getId(), ClassificationRoundsTest.score("85,5", cell.getVersion()));
        assertThat(waiting("canbo.sudoan")).noneMatch(i -> i.link().startsWith("/classification/" + round.getId() + "/"));
        cell = cellOf(round);
        signIn("canbo.sudoan");
        classification.propose(cell.getId(), ClassificationForm.of(cell.declaredInputs(), null, "Thẩm định đạt", cell.getVersion()));
        ClassificationEntry proposed = cellOf(round);

        List<TodoItem> items = waiting("canbo.sudoan").stream()
                .filter(i -> i.link().startsWith("/classification/" + round.getId() + "/")).toList();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/classification/" + round.getId() + "/groups/" + proposed.getQuotaGroup());
            assertThat(item.args()).containsExactly(String.valueOf(round.getYear()),
                    jdbc.sql("select name from organization where id = :id").param("id", proposed.getDecidingOrgId())
                            .query(String.class).single(), "1");
        });
        assertThat(waiting("bithu")).isEmpty();
        assertThat(waiting("kiemtra")).isEmpty();

        signIn("canbo.sudoan");
        classification.decideGroup(round.getId(), proposed.getQuotaGroup(),
                List.of(new Decision(proposed.getId(), proposed.getVersion(), "GOOD", null)), "12-QĐ/ĐU", demo.today(), null);
        entityManager.flush();
        assertThat(waiting("canbo.sudoan")).noneMatch(i -> i.link().startsWith("/classification/" + round.getId() + "/"));
    }
}
