package vn.chibo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** An officer is told how many cells of his subtree held no regular meeting last month, and sent to the overview. */
@IntegrationTest
@Transactional
class LateCellsTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    List<TodoItem> items(String username) {
        return todos.itemsFor(demo.signIn(username)).stream().filter(i -> i.kind().equals("meeting.lateCells")).toList();
    }

    long lateCells(YearMonth month) {
        return jdbc.sql("""
                        select count(*) from organization o where o.type = 'CELL' and o.status = 'ACTIVE' and o.path like :p
                        and o.valid_from <= :first and o.id not in (select m.organization_id from meeting m where m.kind = 'REGULAR'
                          and m.meeting_date >= :first and m.meeting_date <= :last and m.status in ('HELD', 'CLOSED'))""")
                .param("p", demo.pathOf(demo.division()) + "%").param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(Long.class).single();
    }

    @Test
    void theDivisionOfficerSeesTheCellsThatMissedLastMonthsRegularMeeting() {
        YearMonth last = YearMonth.from(demo.today()).minusMonths(1);
        jdbc.sql("update meeting set status = 'CANCELLED' where organization_id = :o and kind = 'REGULAR' and meeting_date >= :first"
                        + " and meeting_date <= :last").param("o", demo.sampleCell()).param("first", last.atDay(1))
                .param("last", last.atEndOfMonth()).update();
        long late = lateCells(last);
        assertThat(late).isPositive();
        assertThat(items("canbo.sudoan")).singleElement().satisfies(item -> {
            assertThat(item.args()).containsExactly(String.valueOf(late), String.format("%02d/%d", last.getMonthValue(), last.getYear()));
            assertThat(item.link()).isEqualTo("/meetings/overview?organizationId=" + demo.division());
        });
        assertThat(items("bithu")).isEmpty();
    }
}
