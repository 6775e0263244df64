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

        com.microsoft.playwright.Download workbook = page.waitForDownload(() -> page.locator("#downloadXlsx").click());
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(workbook.path()))) {
            org.assertj.core.api.Assertions.assertThat(xlsx.getNumberOfSheets()).isGreaterThan(1);
            org.assertj.core.api.Assertions.assertThat(new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(xlsx.getSheetAt(0).getRow(0).getCell(0))).isNotBlank();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        com.microsoft.playwright.Download report = page.waitForDownload(() -> page.locator("#downloadDocx").click());
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".docx");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(report.path()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            org.assertj.core.api.Assertions.assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", division.strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        String unit = page.locator("#section-people tbody tr td a").first().textContent();
        page.locator("#section-people tbody tr td a").first().click();
        assertThat(page.locator("#reviewTrail")).containsText(division);
        assertThat(page.locator("#reviewTrail")).containsText(unit);
        page.goBack();

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
