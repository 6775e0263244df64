package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/** "Số liệu sơ kết": the region officer's three years, drill-down to a division and a cell, the lock; a division officer's scope. */
class ReviewBrowserTest extends BrowserTest {

    @Test
    void theRegionOfficerReadsTheLastThreeYearsDrillsDownAndLocksTheDivisionsFigures() {
        signIn("canbo", "demo");
        page.locator("#navStatistics").click();
        assertThat(page.locator("#reviewHeading")).containsText(String.valueOf(demo.today().getYear() - 2));
        assertThat(page.locator("#preset-last3")).hasClass(java.util.regex.Pattern.compile("btn-primary"));
        assertThat(page.locator("#section-people")).containsText("Đảng viên (chính thức và dự bị)");
        assertThat(page.locator("#section-classification-cells")).containsText("%");
        assertThat(page.locator("#downloadXlsx")).isVisible();
        screenshot("90-review-region-three-years");

        String division = page.locator("#section-people tbody tr td a").first().textContent();
        page.locator("#section-people tbody tr td a").first().click();
        assertThat(page.locator("#reviewHeading")).containsText(division);
        assertThat(page.locator("#reviewTrail")).containsText(division);
        screenshot("91-review-division");

        page.locator("#preset-lastYear").click();
        assertThat(page.locator("#reviewHeading")).containsText("31/12/" + (demo.today().getYear() - 1));
        page.locator("#from").fill("16/06/" + (demo.today().getYear() - 3));
        page.locator("#to").fill("15/06/" + demo.today().getYear());
        page.locator("#applyPeriod").click();
        assertThat(page.locator("#reviewHeading")).containsText("16/06/" + (demo.today().getYear() - 3));
        page.locator("#lockButton").click();
        assertThat(page.locator("#lockBanner")).containsText("đã được chốt");
        screenshot("92-review-division-locked");

        page.locator("#from").fill("30/02/2024");
        page.locator("#applyPeriod").click();
        assertThat(page.locator("#periodError")).containsText("không hợp lệ");
    }

    @Test
    void aDivisionOfficerReadsHisDivisionAndNotTheRegion() {
        signIn("canbo.sudoan", "demo");
        page.locator("#navStatistics").click();
        assertThat(page.locator("#reviewHeading")).isVisible();
        screenshot("93-review-division-officer");
        var response = page.navigate(url("/statistics/review?org=" + demo.scopeOf("canbo")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    }
}
