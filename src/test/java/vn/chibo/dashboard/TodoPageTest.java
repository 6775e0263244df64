package vn.chibo.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The start page opens with the account's to-do list, each item a link to where it is done, or says there is none. */
@IntegrationTest
@Transactional
class TodoPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void withoutMeetingsOfTheSampleCell() {
        String meetingsOf = "(select id from meeting where organization_id = " + demo.sampleCell() + ")";
        for (String table : List.of("meeting_contribution", "meeting_material", "meeting_action_item", "meeting_attendee")) {
            jdbc.sql("delete from " + table + " where meeting_id in " + meetingsOf).update();
        }
        jdbc.sql("delete from meeting where organization_id = :c").param("c", demo.sampleCell()).update();
    }

    @Test
    void theSecretarysStartPageListsThisMonthsMeetingToPlanFirstWithItsDueDate() throws Exception {
        withoutMeetingsOfTheSampleCell();
        YearMonth month = YearMonth.from(demo.today());
        String page = mvc.perform(get("/").with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc cần làm")))
                .andExpect(content().string(containsString("data-kind=\"meeting.regularNotPlanned\"")))
                .andExpect(content().string(containsString("href=\"/organizations/" + demo.sampleCell() + "/meetings/new?kind=REGULAR\"")))
                .andExpect(content().string(containsString(String.format("Lập kế hoạch sinh hoạt thường kỳ tháng %02d/%d",
                        month.getMonthValue(), month.getYear()))))
                .andExpect(content().string(containsString("Hạn " + month.atEndOfMonth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))))
                .andExpect(content().string(not(containsString("id=\"todoEmpty\""))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"todoCard\"")).isLessThan(page.indexOf("id=\"memberCount\""));
    }

    @Test
    void anAccountWithNothingToDoSeesTheEmptyState() throws Exception {
        // the administrator is a member too: once his own self-classification is given he has nothing left to do
        jdbc.sql("update classification_entry set status = 'SELF_CLASSIFIED' where subject_kind = 'MEMBER' and subject_id ="
                + " (select person_id from account where username = 'admin') and status = 'PENDING'").update();
        mvc.perform(get("/").with(user(demo.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"todoEmpty\"")))
                .andExpect(content().string(containsString("Không có việc cần làm")));
    }

    @Test
    void aLongListShowsTheFirstEightAndFoldsTheRestBehindOneTap() throws Exception {
        String page = mvc.perform(get("/").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int total = Integer.parseInt(page.replaceAll("(?s).*id=\"todoCount\">(\\d+)<.*", "$1"));
        org.assertj.core.api.Assertions.assertThat(total).as("the region officer has more than eight things to do").isGreaterThan(8);
        int more = page.indexOf("id=\"todoMore\"");
        org.assertj.core.api.Assertions.assertThat(page.substring(0, more).split("class=\"list-group-item list-group-item-action todo-item", -1))
                .hasSize(9);
        org.assertj.core.api.Assertions.assertThat(page).contains("Xem thêm " + (total - 8) + " việc");
        org.assertj.core.api.Assertions.assertThat(page.split("todo-item d-flex", -1)).hasSize(total + 1);
    }
}
