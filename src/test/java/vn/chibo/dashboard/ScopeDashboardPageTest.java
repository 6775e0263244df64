package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The start page of officers and committees is the dashboard of their scope: the same figures as "Số liệu sơ kết"
 * (one source), for this year and a chosen period, charts with tables and workbooks, drill-down, scope.
 */
@IntegrationTest
class ScopeDashboardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    ReviewFigures figures;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails account = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String count(Number n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(n);
    }

    /** The start page and the figures it asks for once shown, as the browser puts them together. */
    private String page(String username, String... params) throws Exception {
        String home = fetch("/", username, params);
        assertThat(home).contains("id=\"dashboardLoading\"").doesNotContain("id=\"keyFigures\"");
        return home + fetch("/dashboard/board", username, params);
    }

    private String fetch(String path, String username, String... params) throws Exception {
        var request = get(path).with(user(demo.user(username)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theStartPageAnswersBeforeTheFiguresAndAsksForThemWithItsPeriodAndOrganization() throws Exception {
        long division = demo.division();
        String home = fetch("/", "canbo", "org", String.valueOf(division), "preset", "lastYear");
        assertThat(home).contains("hx-get=\"/dashboard/board?org=" + division + "&amp;preset=lastYear\"")
                .contains("Đang tính số liệu của đơn vị");
        assertThat(fetch("/", "canbo")).contains("hx-get=\"/dashboard/board?preset=last3\"");
        mvc.perform(get("/dashboard/board").param("org", String.valueOf(demo.scopeOf("canbo")))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/board").with(user(demo.user("bithu")))).andExpect(status().isNotFound());
    }

    @Test
    void theRegionOfficersStartPageShowsTheReviewFiguresOfThisYearAndTheLastThreeYearsAfterTheTodoList() throws Exception {
        long region = demo.scopeOf("canbo");
        int year = demo.today().getYear();
        Review thisYear = as("canbo", () -> figures.review(region, ReviewPeriod.ofYear(year)));
        Review three = as("canbo", () -> figures.review(region, ReviewPeriod.ofYears(year - 2, year)));
        String html = page("canbo");
        assertThat(html.indexOf("id=\"todoCard\"")).isLessThan(html.indexOf("id=\"scopeDashboard\""));
        assertThat(html).contains("id=\"memberCount\">" + count(thisYear.figures().get("people.members")) + "<");
        assertThat(html).contains("data-key=\"development.admitted\"");
        String admitted = html.substring(html.indexOf("data-key=\"development.admitted\""));
        assertThat(admitted.substring(admitted.indexOf("key-year"), admitted.indexOf("key-year") + 60))
                .contains(">" + count(thisYear.figures().get("development.admitted")) + "<");
        assertThat(admitted.substring(admitted.indexOf("key-period"), admitted.indexOf("key-period") + 60))
                .contains(">" + count(three.figures().get("development.admitted")) + "<");
        // a share is never shown without its numerator and denominator
        String cells = html.substring(html.indexOf("data-key=\"classification.cells.goodOrBetterShare\""));
        cells = cells.substring(0, cells.indexOf("</section>") > 0 ? Math.min(cells.length(), 1500) : 1500);
        assertThat(cells).containsPattern("\\d+/\\d+ chi bộ đã xếp loại");
        // every chart has its table, its toggle and its workbook
        for (String chart : new String[] {"trendPeople", "trendResults", "trendShares", "models", "grades", "meetingGrades",
                "units", "unitShares"}) {
            assertThat(html).contains("id=\"chart-" + chart + "\"").contains("id=\"table-" + chart + "\"")
                    .contains("id=\"toggle-" + chart + "\"").contains("/dashboard/charts/" + chart + ".xlsx");
        }
        assertThat(html).containsPattern("/webjars/chart.js/[0-9./]*dist/chart.umd.min.js");
    }

    @Test
    void aSubOrganizationDrillsDownToItsOwnDashboardKeepingThePeriod() throws Exception {
        long division = demo.division();
        String name = jdbc.sql("select name from organization where id = :id").param("id", division).query(String.class).single();
        String html = page("canbo");
        assertThat(html).contains("href=\"/?org=" + division + "&amp;preset=last3\"");
        String drilled = page("canbo", "org", String.valueOf(division), "preset", "lastYear");
        assertThat(drilled).contains("Tổng quan " + name).contains("id=\"dashboardTrail\"");
        int year = demo.today().getYear();
        Review last = as("canbo", () -> figures.review(division, ReviewPeriod.ofYear(year - 1)));
        String members = drilled.substring(drilled.indexOf("data-key=\"people.members\""));
        assertThat(members.substring(members.indexOf("key-period"), members.indexOf("key-period") + 60))
                .contains(">" + count(last.figures().get("people.members")) + "<");
    }

    @Test
    void aDivisionOfficerSeesOnlyHisDivisionAndTheRegionIsNotFound() throws Exception {
        long division = demo.division();
        String name = jdbc.sql("select name from organization where id = :id").param("id", division).query(String.class).single();
        assertThat(page("canbo.sudoan")).contains("Tổng quan " + name);
        mvc.perform(get("/").param("org", String.valueOf(demo.scopeOf("canbo"))).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/charts/units.xlsx").param("org", String.valueOf(demo.scopeOf("canbo")))
                        .with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        assertThat(page("kiemtra")).contains("id=\"scopeDashboard\"");
    }

    @Test
    void secretariesAndMembersKeepTheirStartPage() throws Exception {
        mvc.perform(get("/").with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"scopeDashboard\""))))
                .andExpect(content().string(containsString("id=\"memberCount\"")));
        mvc.perform(get("/").with(user(demo.user("dangvien")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"scopeDashboard\""))));
        mvc.perform(get("/dashboard/charts/units.xlsx").with(user(demo.user("bithu")))).andExpect(status().isNotFound());
    }

    @Test
    void aChartsWorkbookHoldsItsNumbersAsOnTheReviewPage() throws Exception {
        long region = demo.scopeOf("canbo");
        int year = demo.today().getYear();
        Review trend = as("canbo", () -> figures.review(region, ReviewPeriod.ofYears(year - 4, year)));
        byte[] body = mvc.perform(get("/dashboard/charts/trendPeople.xlsx").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đảng viên và quần chúng qua các năm");
        int header = 4;
        assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Năm");
        for (int r = 0; r < 5; r++) {
            var row = sheet.getRow(header + 1 + r);
            int y = year - 4 + r;
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(y));
            assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(trend.years().get(y).get("people.members").longValue());
            assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(trend.years().get(y).get("people.masses").longValue());
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
        // a share beside its numerator and denominator, as real numbers
        Review three = as("canbo", () -> figures.review(region, ReviewPeriod.ofYears(year - 2, year)));
        body = mvc.perform(get("/dashboard/charts/unitShares.xlsx").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        sheet = new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
        assertThat(new DataFormatter().formatCellValue(sheet.getRow(header).getCell(1))).endsWith("(%)");
        Review.Row first = three.rows().stream().filter(r -> !r.own()).findFirst().orElseThrow();
        var line = sheet.getRow(header + 1);
        assertThat(line.getCell(0).getStringCellValue()).isEqualTo(first.organization().name());
        assertThat((long) line.getCell(2).getNumericCellValue())
                .isEqualTo(first.figures().get("classification.cells.goodOrBetter").longValue());
        assertThat((long) line.getCell(3).getNumericCellValue())
                .isEqualTo(first.figures().get("classification.cells.decided").longValue());
    }
}
