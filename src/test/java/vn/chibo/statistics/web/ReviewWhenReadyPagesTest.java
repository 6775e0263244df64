package vn.chibo.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A large subtree whose figures changed is computed in the background: the review page and the start page's
 * dashboard say so at once and ask again (with the instant of the first ask) until the answer kept since then is
 * ready; a small one is computed in the request as before; another branch still gets a 404. The background
 * refresher is on; here every subtree of 20 organizations or more counts as large.
 */
@IntegrationTest
@TestPropertySource(properties = {"chibo.statistics.answers.background=true",
        "chibo.statistics.answers.refresh-delay=PT1H",
        "chibo.statistics.answers.ready-above-organizations=0", "chibo.statistics.answers.background-above-organizations=20"})
class ReviewWhenReadyPagesTest {

    private static final Pattern ASK_AGAIN = Pattern.compile("hx-get=\"([^\"]+since=\\d+[^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long region;

    @BeforeEach
    void aChangeMadeEveryAnswerStale() {
        region = demo.scopeOf("canbo");
        jdbc.sql("delete from review_answer").update();
        assertThat(jdbc.sql("select count(*) from organization where path like :p and status = 'ACTIVE'")
                .param("p", demo.pathOf(region) + "%").query(Long.class).single()).as("the region is large here")
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void theReviewPageSaysItIsComputingAndShowsTheFiguresOnceTheyAreKept() throws Exception {
        String pending = page("/statistics/review?org=" + region);
        assertThat(pending).contains("id=\"reviewPending\"", "Đang tính số liệu của đơn vị", demo.nameOf(region))
                .doesNotContain("figures-table");
        String askAgain = askAgain(pending);
        assertThat(HtmlUtils.htmlUnescape(askAgain)).startsWith("/statistics/review?")
                .contains("org=" + region, "preset=last3", "since=" + demo.now().toEpochMilli() / 100_000);

        String ready = awaitReady(HtmlUtils.htmlUnescape(askAgain), "reviewPending");
        assertThat(ready).contains("figures-table", "id=\"reviewHeading\"");
        // a change after the answer's pass started makes it stale; a reader who asked before that pass started still
        // gets it (what a pass started at the ask would show), one who asked after it started waits for a new pass
        long started = jdbc.sql("select computed_at from review_answer where organization_id = :id and period_to = :to")
                .param("id", region).param("to", LocalDate.of(demo.today().getYear(), 12, 31))
                .query(java.time.OffsetDateTime.class).single().toInstant().toEpochMilli();
        jdbc.sql("update person set left_on = cast(coalesce(left_on, date '2000-01-01') + interval '1' day as date)"
                        + " where id = (select min(id) from person where org_path like :p)")
                .param("p", demo.pathOf(region) + "%").update();
        String base = "/statistics/review?org=" + region + "&preset=last3&since=";
        assertThat(page(base + started)).as("asked when the pass started").contains("figures-table")
                .doesNotContain("reviewPending");
        assertThat(page(base + (started + 1))).as("asked after the pass started").contains("reviewPending");
        assertThat(page("/statistics/review?org=" + region)).as("a new ask").contains("reviewPending");
    }

    @Test
    void anAskOlderThanAQuarterOfAnHourCountsAsANewOne() throws Exception {
        awaitReady("/statistics/review?org=" + region, "reviewPending");
        jdbc.sql("update person set left_on = cast(coalesce(left_on, date '2000-01-01') + interval '1' day as date)"
                        + " where id = (select min(id) from person where org_path like :p)")
                .param("p", demo.pathOf(region) + "%").update();
        long old = demo.now().minus(Duration.ofMinutes(16)).toEpochMilli();
        assertThat(page("/statistics/review?org=" + region + "&since=" + old)).contains("reviewPending");
    }

    @Test
    void aSmallSubtreeIsComputedInTheRequest() throws Exception {
        assertThat(page("/statistics/review?org=" + demo.sampleCell())).contains("figures-table")
                .doesNotContain("reviewPending");
    }

    @Test
    void theDashboardSaysItIsComputingAndAsksAgainInThePlaceOfTheFigures() throws Exception {
        String pending = page("/dashboard/board");
        assertThat(pending).contains("id=\"scopeDashboard\"", "đang tính lại số liệu").doesNotContain("keyFigures");
        String askAgain = HtmlUtils.htmlUnescape(askAgain(pending));
        assertThat(askAgain).startsWith("/dashboard/board?").contains("preset=last3", "since=").doesNotContain("org=");
        assertThat(awaitReady(askAgain, "dashboardLoading")).contains("id=\"keyFigures\"");
    }

    @Test
    void anotherBranchIsNotFoundWhileComputingOrNot() throws Exception {
        long outside = demo.cellOutsideDivision();
        long since = demo.now().toEpochMilli();
        mvc.perform(get("/statistics/review?org=" + outside).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/review?org=" + region + "&since=" + since).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/board?org=" + region + "&since=" + since).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(demo.user("canbo")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String askAgain(String html) {
        Matcher m = ASK_AGAIN.matcher(html);
        assertThat(m.find()).as("the page asks again with the instant of the first ask").isTrue();
        return m.group(1);
    }

    /** Asks again, as the page does, until the answer is there (at most 60 s: the background pass runs at once). */
    private String awaitReady(String url, String pendingId) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String html = page(url);
        while (html.contains("id=\"" + pendingId + "\"") && System.nanoTime() < until) {
            Thread.sleep(100);
            html = page(url);
        }
        assertThat(html).as("ready within a minute").doesNotContain("id=\"" + pendingId + "\"");
        return html;
    }
}
