package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.organization.OrganizationDirectory;
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
    @Autowired
    MeetingReports reports;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    vn.chibo.meeting.internal.SupervisionService supervision;

    @Test
    void sharesAreShownToOneDecimalAsInTheReview() throws Exception {
        String page = mvc.perform(get("/meetings/overview").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Pattern.compile("\\d+,\\d%").matcher(page).find()).as("a share with one decimal").isTrue();
        assertThat(Pattern.compile("\\d+,\\d\\d+%").matcher(page).find()).as("a share with two decimals").isFalse();
    }

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

    @Test
    void theCountLeadsToEveryMissedCellPageByPage() throws Exception {
        long cells = missAllOfLastMonth();
        String page = mvc.perform(get("/meetings/overview").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"missedCount\">" + cells + "<");
        Matcher link = Pattern.compile("id=\"missedAllLink\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("a link to the full list").isTrue();
        assertThat(page).contains("Xem tất cả " + cells + " chi bộ");
        String address = link.group(1).replace("&amp;", "&");
        int listed = 0;
        for (int p = 0; p * 50 < cells; p++) {
            String list = mvc.perform(get(address + "&page=" + p).with(user(demo.user("canbo"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).contains(cells + " chi bộ chưa sinh hoạt thường kỳ tháng trước");
            int start = list.indexOf("id=\"missedAll\"");
            int named = list.substring(start, list.indexOf("</ol>", start)).split("/meetings\"", -1).length - 1;
            assertThat(named).isEqualTo((int) Math.min(50, cells - p * 50L));
            listed += named;
        }
        assertThat(listed).isEqualTo(cells);
    }

    @Test
    void theApiPagesTheCellsThatMissedLastMonthAndGivesTheirNumber() throws Exception {
        long cells = missAllOfLastMonth();
        YearMonth current = YearMonth.from(demo.today());
        var region = organizations.find(demo.scopeOf("canbo")).orElseThrow();
        var second = reports.missedLastMonth(region, current.minusMonths(11), current, 1, 20);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/meetings/overview?missedPage=1&missedSize=20").with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missedLastMonthTotal").value(cells))
                .andExpect(jsonPath("$.missedLastMonth.length()").value(20))
                .andExpect(jsonPath("$.missedLastMonth[0]").value(second.cells().get(0).id()))
                .andExpect(jsonPath("$.missedLastMonth[19]").value(second.cells().get(19).id()));
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/meetings/overview?missedSize=100000").with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missedLastMonth.length()").value((int) Math.min(500, cells)));
    }

    @Test
    void theApiPagesTheAbsenceAlertsAndTheSupervisionAssignmentsAndGivesTheirNumbers() throws Exception {
        YearMonth current = YearMonth.from(demo.today());
        var region = organizations.find(demo.scopeOf("canbo")).orElseThrow();
        var alerts = reports.absenceAlerts(region.path(), current.getYear());
        var assignments = supervision.coverageSummary(region, current.minusMonths(11).atDay(1), current.atEndOfMonth(), 0, 500);
        assertThat(alerts).as("the demo has alerts to page").hasSizeGreaterThan(3);
        assertThat(assignments.assignments()).as("and supervision assignments").isGreaterThan(3);
        var second = supervision.coverageSummary(region, current.minusMonths(11).atDay(1), current.atEndOfMonth(), 1, 2);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/meetings/overview?absenceAlertsPage=1&absenceAlertsSize=2&supervisionPage=1&supervisionSize=2")
                        .with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.absenceAlertsTotal").value(alerts.size()))
                .andExpect(jsonPath("$.absenceAlertsPage").value(1))
                .andExpect(jsonPath("$.absenceAlertsSize").value(2))
                .andExpect(jsonPath("$.absenceAlerts.length()").value(2))
                .andExpect(jsonPath("$.absenceAlerts[0].personId").value(alerts.get(2).personId()))
                .andExpect(jsonPath("$.absenceAlerts[1].personId").value(alerts.get(3).personId()))
                .andExpect(jsonPath("$.supervisionTotal").value(assignments.assignments()))
                .andExpect(jsonPath("$.supervision.length()").value(2))
                .andExpect(jsonPath("$.supervision[0].supervisionId").value(second.first().get(0).supervision().id()))
                .andExpect(jsonPath("$.supervision[1].supervisionId").value(second.first().get(1).supervision().id()));
        SecurityContextHolder.clearContext();
        // by default fifty of each, never more than 500
        mvc.perform(get("/api/v1/meetings/overview?absenceAlertsSize=100000&supervisionSize=0").with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.absenceAlerts.length()").value(Math.min(500, alerts.size())))
                .andExpect(jsonPath("$.absenceAlertsSize").value(500))
                .andExpect(jsonPath("$.supervision.length()").value(1))
                .andExpect(jsonPath("$.supervisionSize").value(1));
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/meetings/overview").with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.absenceAlerts.length()").value(Math.min(50, alerts.size())))
                .andExpect(jsonPath("$.supervision.length()").value((int) Math.min(50, assignments.assignments())));
    }

    @Test
    void theFullListOutsideTheAccountsScopeIsNotFound() throws Exception {
        mvc.perform(get("/meetings/overview/missed?organizationId=" + demo.scopeOf("canbo")).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
    }

    /** Every regular meeting of last month undone: every cell founded by then missed it. */
    private long missAllOfLastMonth() {
        String last = YearMonth.from(demo.today()).minusMonths(1).toString();
        jdbc.sql("update meeting set status = 'PLANNED' where kind = 'REGULAR' and period = :p").param("p", last).update();
        return jdbc.sql("select count(*) from organization where type = 'CELL' and status = 'ACTIVE' and valid_from <= :first")
                .param("first", YearMonth.parse(last).atDay(1)).query(Long.class).single();
    }
}
