package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/**
 * The region officer's start page is the dashboard of his scope: charts drawn with their table view, drill-down to a
 * division, a chart's workbook; a board's period changed and its workbook downloaded; a division officer's own scope.
 */
class DashboardBrowserTest extends BrowserTest {

    private static Sheet firstSheet(Download download) {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            return book.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRegionOfficerReadsTheChartsAsTablesDrillsDownAndDownloadsTheirNumbers() {
        signIn("canbo", "demo");
        assertThat(page.locator("#todoCard")).isVisible();
        assertThat(page.locator("#dashboardTitle")).containsText("Đảng bộ Quân khu 10");
        assertThat(page.locator("#chart-trendPeople canvas")).isVisible();
        assertThat(page.locator("#table-trendPeople")).isHidden();
        assertThat(page.locator("#keyFigures")).containsText("chi bộ đã xếp loại");
        screenshot("120-dashboard-region-desktop");

        page.locator("#toggle-trendPeople").click();
        assertThat(page.locator("#toggle-trendPeople")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#table-trendPeople")).isVisible();
        assertThat(page.locator("#table-trendPeople")).containsText(String.valueOf(demo.today().getYear() - 4));
        assertThat(page.locator("#chart-trendPeople canvas")).isHidden();
        page.locator("#toggle-units").click();
        assertThat(page.locator("#table-units")).isVisible();
        page.locator("#chart-units").scrollIntoViewIfNeeded();
        screenshot("121-dashboard-region-tables");

        Download units = page.waitForDownload(() -> page.locator("#xlsx-units").click());
        org.assertj.core.api.Assertions.assertThat(units.suggestedFilename()).startsWith("bieu-do-units").endsWith(".xlsx");
        Sheet sheet = firstSheet(units);
        org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Các đơn vị trực thuộc (kỳ đã chọn)");
        String firstUnit = page.locator("#table-units .drill-link").first().textContent().strip();
        org.assertj.core.api.Assertions.assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(firstUnit);

        page.locator("#table-units .drill-link:text-is('Đảng bộ Sư đoàn 391')").click();
        assertThat(page.locator("#dashboardTitle")).containsText("Đảng bộ Sư đoàn 391");
        assertThat(page.locator("#dashboardTrail")).containsText("Đảng bộ Quân khu 10");
        assertThat(page.locator("#chart-units canvas")).isVisible();
        page.locator("#preset-lastYear").click();
        assertThat(page.locator("#periodShown")).containsText("31/12/" + (demo.today().getYear() - 1));
        assertThat(page.locator("#dashboardTitle")).containsText("Đảng bộ Sư đoàn 391");
        screenshot("122-dashboard-division-last-year");

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        assertThat(page.locator("#chart-trendPeople canvas")).isVisible();
        screenshot("123-dashboard-region-phone");
        page.setViewportSize(1280, 900);
    }

    @Test
    void aBoardsPeriodChangesAndItsWorkbookFollows() {
        signIn("canbo", "demo");
        page.navigate(url("/mentoring/board?org=" + demo.division()));
        assertThat(page.locator("#preset-year")).hasClass(java.util.regex.Pattern.compile("btn-primary"));
        String thisYear = page.locator("#boardTotals").textContent();
        page.locator("#preset-lastYear").click();
        assertThat(page.locator("#periodShown")).containsText("01/01/" + (demo.today().getYear() - 1));
        org.assertj.core.api.Assertions.assertThat(page.locator("#boardTotals").textContent()).isNotEqualTo(thisYear);
        screenshot("124-mentoring-board-last-year");
        Download board = page.waitForDownload(() -> page.locator("#downloadXlsx").click());
        Sheet sheet = firstSheet(board);
        org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                .contains("01/01/" + (demo.today().getYear() - 1));

        page.navigate(url("/meetings/overview"));
        page.locator("#from").fill("01/01/" + (demo.today().getYear() - 1));
        page.locator("#to").fill("30/06/" + (demo.today().getYear() - 1));
        page.locator("#applyPeriod").click();
        assertThat(page.locator("#periodShown")).containsText("30/06/" + (demo.today().getYear() - 1));
        screenshot("125-meeting-overview-half-year");
        page.setViewportSize(390, 844);
        page.navigate(url("/development/board?org=" + demo.division() + "&preset=last3"));
        assertThat(page.locator("#reachedCounts")).isVisible();
        screenshot("126-development-board-phone");
    }

    @Test
    void aDivisionOfficerSeesOnlyHisDivision() {
        signIn("canbo.sudoan", "demo");
        assertThat(page.locator("#dashboardTitle")).containsText("Đảng bộ Sư đoàn 391");
        assertThat(page.locator("#chart-unitShares canvas")).isVisible();
        screenshot("127-dashboard-division-officer");
        var response = page.navigate(url("/?org=" + demo.scopeOf("canbo")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
    }
}
