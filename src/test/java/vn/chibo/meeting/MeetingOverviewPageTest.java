package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The overview names at most fifty cells that missed last month's meeting and counts the rest, however wide the scope. */
@IntegrationTest
@Transactional
class MeetingOverviewPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLongListOfCellsThatMissedLastMonthShowsFiftyAndTheCountOfTheRest() throws Exception {
        String last = YearMonth.from(demo.today()).minusMonths(1).toString();
        jdbc.sql("update meeting set status = 'PLANNED' where kind = 'REGULAR' and period = :p").param("p", last).update();
        String page = mvc.perform(get("/meetings/overview").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String list = page.substring(page.indexOf("id=\"missedList\""), page.indexOf("</ul>", page.indexOf("id=\"missedList\"")));
        int named = list.split("/meetings\"", -1).length - 1;
        int missed = Integer.parseInt(list.replaceAll("(?s).*… và ([0-9.]+) chi bộ khác.*", "$1").replace(".", "")) + named;
        long cells = jdbc.sql("select count(*) from organization where type = 'CELL' and status = 'ACTIVE' and valid_from <= :first")
                .param("first", YearMonth.parse(last).atDay(1)).query(Long.class).single();
        assertThat(cells).as("the demo region has more than fifty cells").isGreaterThan(50);
        assertThat(named).isEqualTo(50);
        assertThat(missed).isEqualTo(cells);
    }
}
