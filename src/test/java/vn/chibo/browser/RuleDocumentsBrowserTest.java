package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/** The one editor shell of rule documents, as a division officer uses it for the mentoring rules of his division. */
class RuleDocumentsBrowserTest extends BrowserTest {

    @Test
    void anOfficerRevisesTheMentoringRulesOfHisDivisionPublishesThemAndRetiresThem() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/mentoring/rules"));
        assertThat(page.locator(".rule-revision").first()).containsText("DIU_DAT_TO_3_NGUOI");
        screenshot("130-rules-mentoring");

        String body = page.locator("#definition").inputValue();
        page.locator("#definition").fill(body.replaceAll("\"maxMenteesPerMentor\"\\s*:\\s*\\d+", "\"maxMenteesPerMentor\": 2"));
        page.locator("#reviseRules button[type=submit]").click();
        Locator draft = page.locator(".rule-revision").filter(new Locator.FilterOptions().setHasText("Dự thảo"));
        assertThat(draft).hasCount(1);
        assertThat(draft).containsText("Sư đoàn");
        draft.locator("button:text-is('Ban hành')").click();

        Locator mine = page.locator(".rule-revision").filter(new Locator.FilterOptions().setHasText("Đang áp dụng cho đơn vị của bạn"));
        assertThat(mine).containsText("Sư đoàn");
        assertThat(mine).containsText("2");
        screenshot("131-rules-mentoring-published");
        page.setViewportSize(390, 844);
        screenshot("132-rules-mentoring-phone");
        page.setViewportSize(1280, 900);

        mine.locator("button:text-is('Cho hết hiệu lực')").click();
        assertThat(page.locator(".rule-revision").filter(new Locator.FilterOptions().setHasText("Đang áp dụng cho đơn vị của bạn")))
                .not().containsText("Sư đoàn");
    }
}
