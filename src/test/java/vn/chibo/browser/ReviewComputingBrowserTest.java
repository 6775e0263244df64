package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.support.BrowserTest;

/**
 * A large unit's figures after a change, as deployed (background refresher on; here 20 organizations make a unit
 * large): the review page and the start page's dashboard say the figures are being computed and show them by
 * themselves once they are, without a reload.
 */
@TestPropertySource(properties = {"chibo.statistics.answers.background=true",
        "chibo.statistics.answers.refresh-delay=PT1H",
        "chibo.statistics.answers.ready-above-organizations=0", "chibo.statistics.answers.background-above-organizations=20"})
class ReviewComputingBrowserTest extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions A_MINUTE = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void everyAnswerIsStale() {
        jdbc.sql("delete from review_answer").update();
    }

    @Test
    void theReviewPageSaysItIsComputingThenShowsTheFigures() {
        signIn("canbo", "demo");
        page.setViewportSize(390, 844);
        page.navigate(url("/statistics/review"));
        assertThat(page.locator("#reviewPending")).containsText("Đang tính số liệu của đơn vị");
        assertThat(page.locator("#reviewHeading")).containsText(demo.nameOf(demo.scopeOf("canbo")));
        screenshot("137-review-computing-mobile");

        assertThat(page.locator("#section-people")).isVisible(A_MINUTE);
        assertThat(page.locator("#reviewPending")).hasCount(0);
        assertThat(page.locator("#downloadXlsx")).isVisible();
        screenshot("138-review-computed-mobile");
    }

    @Test
    void theDashboardSaysItIsComputingThenShowsTheFigures() {
        signIn("canbo", "demo");
        assertThat(page.locator("#dashboardLoading")).containsText("đang tính lại số liệu");
        screenshot("139-dashboard-computing");
        assertThat(page.locator("#keyFigures")).isVisible(A_MINUTE);
        screenshot("140-dashboard-computed");
    }
}
