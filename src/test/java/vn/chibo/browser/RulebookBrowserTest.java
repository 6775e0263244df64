package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

class RulebookBrowserTest extends BrowserTest {

    @Test
    void anOfficerAdaptsTheFourGoodCellRulebookAndPublishesIt() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/rulebooks"));
        assertThat(page.locator("#rulebookTable")).containsText("Xếp loại chất lượng theo Quy định 366-QĐ/TW (2025)");
        screenshot("40-rulebooks");
        page.locator("#rulebookTable a:text-is('Chi bộ \"4 tốt\"')").click();
        assertThat(page.locator("#criteriaTable")).containsText("Tỷ lệ đảng viên dự sinh hoạt");
        assertThat(page.locator("#criteriaTable")).containsText("> 85%");
        screenshot("41-rulebook-cell-4-good");
        page.locator("#copyRulebook").click();
        assertThat(page.locator("#rulebookStatus")).hasText("Dự thảo");
        page.locator("#editRulebook").click();
        page.locator("#nameVi").fill("Chi bộ \"4 tốt\" — Sư đoàn 391, năm 2026");
        page.locator("#definition").fill(page.locator("#definition").inputValue().replace("\"threshold\" : 85", "\"threshold\" : 90"));
        screenshot("42-rulebook-edit");
        page.locator("#saveRulebook").click();
        assertThat(page.locator("#criteriaTable")).containsText("> 90%");
        page.locator("#publishRulebook").click();
        assertThat(page.locator("#rulebookStatus")).hasText("Đã ban hành");
        assertThat(page.locator("#rulebookName")).hasText("Chi bộ \"4 tốt\" — Sư đoàn 391, năm 2026");
        screenshot("43-rulebook-adapted-published");
    }

    @Test
    void theClassificationRulebookShowsItsLevelsAndQuota() {
        signIn("bithu", "demo");
        page.navigate(url("/rulebooks"));
        page.locator("#rulebookTable a:has-text('Quy định 366')").click();
        assertThat(page.locator("#classificationRules")).containsText("từ 90 điểm");
        assertThat(page.locator("#classificationRules")).containsText("không quá 20%");
        assertThat(page.locator("#copyRulebook")).hasCount(0);
        screenshot("44-rulebook-qd366");
    }
}
