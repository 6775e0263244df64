package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/** Đảng viên 5 tốt from the demo: the member reviews a month and assesses himself, the secretary proposes, an officer decides. */
class MemberEmulationBrowserTest extends BrowserTest {

    @Test
    void aMemberReviewsAndAssessesHimselfTheSecretaryProposesAndTheCommitteeDecides() {
        Browser browser = page.context().browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn("dangvien", "demo");
        assertThat(page.locator(".member-emulation").first()).containsText("Đảng viên 5 tốt của tôi");
        assertThat(page.locator("#myReviewMissing")).isVisible();
        screenshot("60-member-home-mobile");
        page.locator("#myReviewLink").click();
        String period = YearMonth.from(demo.today()).toString();
        assertThat(page.locator("#period")).hasValue(period);
        for (String code : new String[] {"D1.1", "D2.1", "D3.1", "D4.1", "D5.1"}) {
            page.locator("#value_" + code.replace(".", "\\.")).selectOption("true");
        }
        page.locator("input[name='notes[D5.1]']").fill("Giúp đỡ đồng chí Lê Văn Tâm vào danh sách cảm tình Đảng");
        page.locator("#saveReview").click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Đã lưu kết quả tự rà soát.");
        assertThat(page.locator("#reviewOutcome")).containsText("Đạt các tiêu chí");
        screenshot("61-member-self-review-mobile");
        page.locator("#selfAssessForm select").selectOption("true");
        page.locator("#selfAssessForm input[name=comment]").fill("Tự nhận đạt 5 tiêu chí, đề nghị chi bộ xét");
        page.locator("#selfAssessForm button").click();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã tự đánh giá, chờ đề xuất");
        String registrationUrl = page.url().replaceAll("[?#].*", "");
        page.navigate(url("/"));
        assertThat(page.locator("#myReviewDone")).isVisible();
        assertThat(page.locator("#myAssessmentStatus")).hasText("Đã tự đánh giá, chờ đề xuất");
        screenshot("62-member-home-after");

        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn("bithu", "demo");
        page.navigate(url("/programmes"));
        page.locator("#programmeTable a:has-text('Đảng viên')").first().click();
        assertThat(page.locator("#memberTable")).isVisible();
        assertThat(page.locator("#memberTable")).containsText("Đã tự đánh giá, chờ đề xuất");
        screenshot("63-secretary-cell-members");
        page.navigate(registrationUrl);
        page.locator("#proposeForm select").selectOption("true");
        page.locator("#proposeForm input[name=comment]").fill("Chi bộ họp xét, đề nghị công nhận");
        page.locator("#proposeForm button").click();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã đề xuất, chờ quyết định");
        assertThat(page.locator("#decideForm")).hasCount(0);

        switchAccount("canbo.sudoan", "demo");
        page.navigate(url("/programmes"));
        page.locator("#programmeTable a:has-text('Đảng viên')").first().click();
        assertThat(page.locator("#groupTable")).containsText("Đảng bộ Tiểu đoàn 1");
        screenshot("64-officer-member-board");
        page.locator("#groupTable a:text-is('Đảng bộ Tiểu đoàn 1')").click();
        assertThat(page.locator("#boardTrail")).containsText("Đảng bộ Tiểu đoàn 1");
        page.locator("#groupTable a:text-is('Chi bộ Đại đội 1')").click();
        screenshot("65-officer-cell-members");
        assertThat(page.locator("#memberTable")).containsText("Đã đề xuất, chờ quyết định");
        page.navigate(registrationUrl);
        page.locator("#decideForm select").selectOption("true");
        page.locator("#decideForm input[name=decisionNumber]").fill("12-QĐ/ĐU");
        page.locator("#decideForm input[name=decisionDate]").fill(demo.today().toString());
        page.locator("#decideForm input[name=reason]").fill("Kết quả rà soát cả năm chưa nhập; Đảng ủy xét theo đề nghị của chi bộ");
        page.locator("#decideForm button").click();
        confirm();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã quyết định");
        assertThat(page.locator("#decisionText")).containsText("12-QĐ/ĐU");
        assertThat(page.locator("#decisionText")).containsText("Đạt, công nhận");
        screenshot("66-member-decided");
    }
}
