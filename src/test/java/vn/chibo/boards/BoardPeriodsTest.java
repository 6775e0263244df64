package vn.chibo.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.development.internal.PipelineBoard;
import vn.chibo.development.internal.Stage;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Every board takes the shared period (preset or dd/MM/yyyy range), its figures follow it (last year differs from this
 * year on the demo), and its XLSX holds the same figures as real numbers, scoped like the page (404 outside).
 */
@IntegrationTest
class BoardPeriodsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MentoringBoard mentoring;
    @Autowired
    PipelineBoard development;
    @Autowired
    InspectionQuery inspection;
    @Autowired
    MeetingReports meetings;
    @Autowired
    OrganizationDirectory organizations;

    int year;

    @BeforeEach
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        year = demo.today().getYear();
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

    private Sheet xlsx(String username, String url, String... params) throws Exception {
        var request = get(url).with(user(demo.user(username)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        byte[] body = mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
    }

    /** The row of a sheet whose first cell is the text (after the title lines). */
    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static long number(Row row, int column) {
        return (long) row.getCell(column).getNumericCellValue();
    }

    private String page(String username, String url, String... params) throws Exception {
        var request = get(url).with(user(demo.user(username)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMentoringBoardFollowsThePeriodAndItsWorkbookHoldsTheSameFigures() throws Exception {
        long division = demo.division();
        var thisYear = as("canbo", () -> mentoring.board(division, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        var lastYear = as("canbo", () -> mentoring.board(division, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)));
        assertThat(lastYear.total().sessionsThisMonth).isNotEqualTo(thisYear.total().sessionsThisMonth);
        String html = page("canbo", "/mentoring/board", "org", String.valueOf(division), "preset", "lastYear");
        assertThat(html).contains("id=\"preset-lastYear\"").contains("01/01/" + (year - 1)).contains("/mentoring/board.xlsx?org=");
        Sheet sheet = xlsx("canbo", "/mentoring/board.xlsx", "org", String.valueOf(division), "preset", "lastYear");
        Row total = row(sheet, "Tổng cộng");
        assertThat(number(total, 1)).isEqualTo(lastYear.total().mentors);
        assertThat(number(total, 2)).isEqualTo(lastYear.total().mentees);
        assertThat(number(total, 6)).isEqualTo(lastYear.total().sessionsThisMonth);
        var first = lastYear.rows().get(0);
        assertThat(number(row(sheet, first.organization().name()), 6)).isEqualTo(first.figures().sessionsThisMonth);
        // a dd/MM/yyyy range is the same mechanism
        Sheet range = xlsx("canbo", "/mentoring/board.xlsx", "org", String.valueOf(division), "from", "01/01/" + (year - 1),
                "to", "31/12/" + (year - 1));
        assertThat(number(row(range, "Tổng cộng"), 6)).isEqualTo(lastYear.total().sessionsThisMonth);
        mvc.perform(get("/mentoring/board.xlsx").param("org", String.valueOf(demo.scopeOf("canbo")))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
    }

    @Test
    void theDevelopmentBoardCountsWhoReachedEachStageInThePeriod() throws Exception {
        long region = demo.scopeOf("canbo");
        var thisYear = as("canbo", () -> development.board(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        var lastYear = as("canbo", () -> development.board(region, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)));
        assertThat(lastYear.reached()).isNotEqualTo(thisYear.reached());
        long raw = jdbc.sql("select count(distinct e.candidate_id) from development_event e join development_candidate c on c.id = e.candidate_id"
                        + " where e.stage = 'SOURCE' and e.occurred_on between :f and :t and c.org_path like :p")
                .param("f", LocalDate.of(year - 1, 1, 1)).param("t", LocalDate.of(year - 1, 12, 31))
                .param("p", demo.pathOf(region) + "%").query(Long.class).single();
        assertThat(lastYear.reachedIn(Stage.SOURCE)).isEqualTo(raw);
        Sheet sheet = xlsx("canbo", "/development/board.xlsx", "org", String.valueOf(region), "preset", "lastYear");
        Row total = row(sheet, "Tổng cộng");
        int stages = Stage.values().length;
        for (Stage stage : Stage.values()) {
            assertThat(number(total, 1 + stage.ordinal())).isEqualTo(lastYear.count(stage));
            assertThat(number(total, 1 + stages + stage.ordinal())).isEqualTo(lastYear.reachedIn(stage));
        }
        mvc.perform(get("/development/board.xlsx").param("org", String.valueOf(region))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
    }

    @Test
    void theInspectionBoardAndItsWorkbookFollowThePeriod() throws Exception {
        long region = demo.scopeOf("canbo");
        var root = as("canbo", () -> organizations.requireVisible(region));
        var thisYear = as("canbo", () -> inspection.board(root, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        var lastYear = as("canbo", () -> inspection.board(root, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)));
        long closedThis = thisYear.stream().mapToLong(InspectionQuery.BoardRow::closedFindings).sum();
        long closedLast = lastYear.stream().mapToLong(InspectionQuery.BoardRow::closedFindings).sum();
        long plannedThis = thisYear.stream().mapToLong(InspectionQuery.BoardRow::planned).sum();
        long plannedLast = lastYear.stream().mapToLong(InspectionQuery.BoardRow::planned).sum();
        assertThat(closedLast != closedThis || plannedLast != plannedThis).isTrue();
        Sheet sheet = xlsx("canbo", "/inspections/board.xlsx", "orgId", String.valueOf(region), "preset", "lastYear");
        for (InspectionQuery.BoardRow r : lastYear) {
            Row line = row(sheet, r.itself() ? r.organization().name() + " (bản thân tổ chức)" : r.organization().name());
            assertThat(number(line, 1)).isEqualTo(r.planned());
            assertThat(number(line, 5)).isEqualTo(r.closedFindings());
        }
        // an older link with year= still shows that year
        assertThat(page("canbo", "/inspections/board", "year", String.valueOf(year - 1))).contains("01/01/" + (year - 1));
        mvc.perform(get("/inspections/board.xlsx").param("orgId", String.valueOf(region))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
    }

    @Test
    void theMeetingOverviewTakesThePeriodInWholeMonthsAndItsWorkbookHoldsItsFigures() throws Exception {
        long region = demo.scopeOf("canbo");
        var root = as("canbo", () -> organizations.requireVisible(region));
        var lastYear = as("canbo", () -> meetings.overview(root, YearMonth.of(year - 1, 1), YearMonth.of(year - 1, 12)));
        var thisYear = as("canbo", () -> meetings.overview(root, YearMonth.of(year, 1), YearMonth.from(demo.today())));
        assertThat(lastYear.total().held()).isNotEqualTo(thisYear.total().held());
        String html = page("canbo", "/meetings/overview", "organizationId", String.valueOf(region), "preset", "lastYear");
        assertThat(html).contains("01/01/" + (year - 1)).contains("31/12/" + (year - 1));
        Sheet sheet = xlsx("canbo", "/meetings/overview.xlsx", "organizationId", String.valueOf(region), "preset", "lastYear");
        Row total = row(sheet, root.name());
        assertThat(number(total, 5)).isEqualTo(lastYear.total().held());
        assertThat(number(total, 2)).isEqualTo(lastYear.total().heldMonths());
        var line = lastYear.lines().get(0);
        assertThat(number(row(sheet, line.organization().name()), 5)).isEqualTo(line.figures().held());
        mvc.perform(get("/meetings/overview.xlsx").param("organizationId", String.valueOf(region))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
    }

    @Test
    void theProgrammeListShowsTheProgrammesOfThePeriodAndExportsThem() throws Exception {
        String thisYear = jdbc.sql("select name from programme where programme_year = :y order by id fetch first 1 rows only")
                .param("y", year).query(String.class).single();
        String html = page("canbo", "/programmes", "preset", "year");
        long thisYearId = jdbc.sql("select id from programme where programme_year = :y order by id fetch first 1 rows only")
                .param("y", year).query(Long.class).single();
        assertThat(html).contains("href=\"/programmes/" + thisYearId + "\"");
        Sheet sheet = xlsx("canbo", "/programmes/export.xlsx", "preset", "year");
        Row line = row(sheet, thisYear);
        assertThat(line.getCell(1).getStringCellValue()).isEqualTo(String.valueOf(year));
        long older = jdbc.sql("select count(*) from programme where programme_year < :y").param("y", year).query(Long.class).single();
        if (older > 0) {
            long old = jdbc.sql("select id from programme where programme_year < :y order by programme_year desc, id"
                    + " fetch first 1 rows only").param("y", year).query(Long.class).single();
            assertThat(html).doesNotContain("href=\"/programmes/" + old + "\"");
            assertThat(page("canbo", "/programmes", "preset", "last3")).contains("href=\"/programmes/" + old + "\"");
        }
    }

    @Test
    void aClassificationRoundOpensTheRoundOfThePeriodAndExportsItsCards() throws Exception {
        long current = jdbc.sql("select id from classification_round where round_year = :y").param("y", year).query(Long.class).single();
        var previous = jdbc.sql("select id from classification_round where round_year = :y").param("y", year - 1)
                .query(Long.class).optional();
        if (previous.isPresent()) {
            mvc.perform(get("/classification/" + current).param("preset", "lastYear").with(user(demo.user("canbo"))))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrlPattern("/classification/" + previous.get() + "?*"));
        }
        Sheet sheet = xlsx("canbo", "/classification/" + current + "/export.xlsx");
        Row organizationsRow = row(sheet, "Tổ chức đảng");
        long all = jdbc.sql("select count(*) from classification_entry where round_id = :r and subject_kind = 'ORGANIZATION'")
                .param("r", current).query(Long.class).single();
        assertThat(number(organizationsRow, 1)).isEqualTo(all);
        long decided = jdbc.sql("select count(*) from classification_entry where round_id = :r and subject_kind = 'MEMBER'"
                + " and status = 'DECIDED'").param("r", current).query(Long.class).single();
        assertThat(number(row(sheet, "Đảng viên"), 3)).isEqualTo(decided);
        long outside = demo.cellOutsideDivision();
        mvc.perform(get("/classification/" + current + "/export.xlsx").param("within", String.valueOf(outside))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
    }
}
