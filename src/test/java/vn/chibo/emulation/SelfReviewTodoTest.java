package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;

/** The registered member's to-do: his self-review of this month, until he has written it. */
@IntegrationTest
@Transactional
class SelfReviewTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    List<TodoItem> selfReviews(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return todos.itemsFor((ChiboUser) user).stream().filter(i -> i.kind().equals("evaluation.selfReview")).toList();
    }

    @Test
    void aRegisteredMemberIsAskedForThisMonthsSelfReviewUntilItIsWritten() {
        long registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("dangvien"));
        String period = java.time.YearMonth.from(demo.today()).toString();
        jdbc.sql("delete from self_review where registration_id = :r and review_period = :p").param("r", registration).param("p", period).update();

        assertThat(selfReviews("dangvien")).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/registrations/" + registration + "?period=" + period + "#review");
            assertThat(item.due()).isEqualTo(java.time.YearMonth.from(demo.today()).atEndOfMonth());
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.selfReview.month");
        });

        insertReview(registration, period);
        assertThat(selfReviews("dangvien")).isEmpty();
    }

    void insertReview(long registration, String period) {
        jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at)"
                        + " values (:r, :p, 'TT1', true, 'dangvien', :at)")
                .param("r", registration).param("p", period).param("at", java.sql.Timestamp.from(demo.now())).update();
    }
}
