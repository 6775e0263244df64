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
        page.locator("#advancedEditor").click();
        assertThat(page.locator("#nameVi")).hasValue("Chi bộ \"4 tốt\" — Sư đoàn 391, năm 2026");
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
        page.locator("#rulebookTable a:text-is('Xếp loại chất lượng theo Quy định 366-QĐ/TW (2025)')").click();
        assertThat(page.locator("#classificationRules")).containsText("từ 90 điểm");
        assertThat(page.locator("#classificationRules")).containsText("không quá 20%");
        assertThat(page.locator("#copyRulebook")).hasCount(0);
        screenshot("44-rulebook-qd366");
    }

    /** Typing in the new row before the page's script has run: the script does not take the focus away. */
    @Test
    void aFieldTypedInBeforeThePageScriptRanKeepsTheFocus() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/rulebooks"));
        page.locator("#rulebookTable a:text-is('Chi bộ \"4 tốt\"')").click();
        page.locator("#copyRulebook").click();
        page.locator("#editRulebook").click();
        page.route("**/js/chibo.js", com.microsoft.playwright.Route::abort);
        page.locator("#addCriterion").click();
        assertThat(page.locator("[name='criteria[4].code']")).hasValue("C5");
        page.locator("[name='criteria[4].nameVi']").fill("Học tập và làm theo");
        page.unroute("**/js/chibo.js");
        page.addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setUrl(url("/js/chibo.js")));
        // the script's own moment, replayed now that it is loaded: the new row is brought into view
        page.evaluate("() => document.dispatchEvent(new Event('DOMContentLoaded'))");
        page.keyboard().type(" tư tưởng Hồ Chí Minh");
        assertThat(page.locator("[name='criteria[4].nameVi']")).hasValue("Học tập và làm theo tư tưởng Hồ Chí Minh");
        assertThat(page.locator("[name='criteria[4].code']")).hasValue("C5");
    }

    @Test
    void anOfficerAddsACriterionAndAnIndicatorWithTheStructuredEditorAndPublishes() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/rulebooks"));
        page.locator("#rulebookTable a:text-is('Chi bộ \"4 tốt\"')").click();
        page.locator("#copyRulebook").click();
        page.locator("#editRulebook").click();
        assertThat(page.locator("[name='criteria[1].indicators[0].nameVi']")).hasValue("Tỷ lệ đảng viên dự sinh hoạt");
        page.locator("#nameVi").fill("Chi bộ \"4 tốt\" — Trung đoàn 1, năm 2026");
        screenshot("45-rulebook-editor");

        page.locator("#addCriterion").click();
        assertThat(page.locator("[name='criteria[4].code']")).hasValue("C5");
        assertThat(page.locator("#nameVi")).hasValue("Chi bộ \"4 tốt\" — Trung đoàn 1, năm 2026");
        page.locator("[name='criteria[4].nameVi']").fill("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        page.locator("#criterion-4 .add-indicator").click();
        assertThat(page.locator("[name='criteria[4].indicators[0].code']")).hasValue("C5.1");
        page.locator("[name='criteria[4].indicators[0].nameVi']").fill("Tỷ lệ đảng viên đăng ký làm theo");
        page.locator("[name='criteria[4].indicators[0].kind']").selectOption("NUMBER");
        page.locator("#saveRulebook").click();
        assertThat(page.locator("#criterion-4 .invalid-feedback")).containsText("cần ngưỡng");
        assertThat(page.locator("[name='criteria[4].indicators[0].nameVi']")).hasValue("Tỷ lệ đảng viên đăng ký làm theo");
        screenshot("46-rulebook-editor-error");
        page.locator("#criterion-4").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/46b-rulebook-editor-new-criterion.png")));

        page.locator("[name='criteria[4].indicators[0].threshold']").fill("95");
        page.locator("[name='criteria[4].indicators[0].comparison']").selectOption("AT_LEAST");
        page.locator("[name='criteria[4].indicators[0].unit']").fill("%");
        page.locator("[name='criteria[4].indicators[0].veto']").check();
        page.locator("#saveRulebook").click();
        assertThat(page.locator("#criteriaTable")).containsText("Tỷ lệ đảng viên đăng ký làm theo");
        assertThat(page.locator("#criteriaTable")).containsText("≥ 95%");
        page.locator("#publishRulebook").click();
        assertThat(page.locator("#rulebookStatus")).hasText("Đã ban hành");
        assertThat(page.locator("#rulebookName")).hasText("Chi bộ \"4 tốt\" — Trung đoàn 1, năm 2026");
        screenshot("47-rulebook-editor-published");
    }

    @Test
    void theClassificationSettingsHaveTheirOwnForm() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/rulebooks"));
        page.locator("#rulebookTable a:text-is('Xếp loại chất lượng theo Quy định 366-QĐ/TW (2025)')").click();
        page.locator("#copyRulebook").click();
        page.locator("#editRulebook").click();
        assertThat(page.locator("[name='classification.quotaMaxSharePercent']")).hasValue("20");
        assertThat(page.locator("[name='classification.levels[0].minScore']")).hasValue("90");
        screenshot("48-rulebook-editor-classification");
    }
}
