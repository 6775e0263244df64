package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

class ProgrammeBrowserTest extends BrowserTest {

    @Test
    void theRegionOfficerSeesThisYearsBoardFromTheDemo() {
        signIn("canbo", "demo");
        page.navigate(url("/programmes"));
        screenshot("55-programmes-demo");
        page.locator("#programmeTable a:has-text('Đảng bộ Quân khu 10 — " + demo.today().getYear() + "')").click();
        assertThat(page.locator("#groupTable")).containsText("Đảng bộ Sư đoàn 391");
        screenshot("56-programme-board-demo");
        page.locator("#groupTable a:text-is('Đảng bộ Sư đoàn 391')").click();
        page.locator("#groupTable a:text-is('Đảng bộ Trung đoàn 1')").click();
        page.locator("#groupTable a:text-is('Đảng bộ Tiểu đoàn 1')").click();
        assertThat(page.locator("#boardTrail")).containsText("Đảng bộ Trung đoàn 1");
        assertThat(page.locator("#subjectTable")).containsText("Chi bộ Đại đội 1");
        screenshot("57-programme-board-drilldown");
    }

    @Test
    void anOfficerDeploysAndASecretaryRegistersAndReviewsItsCell() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/programmes"));
        page.locator("#newProgramme").click();
        page.locator("#rulebookId").selectOption(new SelectOption().setLabel("Chi bộ \"4 tốt\" (Phiên bản 1)"));
        page.locator("#chooseSubjects").click();
        assertThat(page.locator("#programmeStep2")).containsText("Chi bộ Đại đội 1");
        page.locator("#targetPercent").fill("60");
        screenshot("50-programme-new");
        page.locator("#createProgramme").click();
        assertThat(page.locator(".alert-success")).containsText("Đã tạo kế hoạch triển khai.");
        String programmeUrl = page.url();
        screenshot("51-programme");

        switchAccount("bithu", "demo");
        page.navigate(programmeUrl);
        assertThat(page.locator("#subjectTable tbody tr")).hasCount(1);
        page.locator("#subjectTable summary").click();
        page.locator(".register-form input[name=meetingReference]").fill("Nghị quyết chi bộ tháng 11/2026");
        page.locator(".register-form button").click();
        assertThat(page.locator(".alert-success")).containsText("Đã đăng ký thi đua.");

        page.locator("#value_C1\\.1").selectOption("true");
        page.locator("#value_C1\\.2").selectOption("true");
        page.locator("#value_C1\\.3").fill("92");
        page.locator("#value_C2\\.1").fill("87,5");
        page.locator("#value_C2\\.2").selectOption("true");
        page.locator("#value_C2\\.3").fill("nhiều");
        page.locator("#saveReview").click();
        assertThat(page.locator("#reviewProblems")).containsText("C2.3");
        assertThat(page.locator("#value_C2\\.1")).hasValue("87,5");
        screenshot("52-self-review-error");
        String sheet = page.locator("main").innerText();
        org.assertj.core.api.Assertions.assertThat(sheet).as("automatic values written the Vietnamese way")
                .doesNotContainPattern("Số liệu tự động: \\d+\\.\\d");
        page.locator("#value_C2\\.3").fill("75");
        page.locator("#saveReview").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu kết quả tự rà soát.");
        assertThat(page.locator("#reviewOutcome")).containsText("Chưa rà soát đủ");
        page.locator("#planForm input[name=content]").fill("Phân công đảng viên chuẩn bị ý kiến trước mỗi kỳ sinh hoạt");
        page.locator("#planForm button").click();
        assertThat(page.locator("#planTable")).containsText("Phân công đảng viên chuẩn bị ý kiến");
        java.nio.file.Path pdf;
        try {
            pdf = java.nio.file.Files.createTempFile("bien-ban-", ".pdf");
            java.nio.file.Files.write(pdf, "%PDF-1.4\n% bien ban sinh hoat\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#evidenceForm select").selectOption("C2.1");
        page.locator("#evidenceForm input[type=file]").setInputFiles(pdf);
        page.locator("#evidenceForm button").click();
        assertThat(page.locator("#evidenceList")).containsText(pdf.getFileName().toString());
        screenshot("53-registration");

        page.locator("#selfAssessForm select").selectOption("true");
        page.locator("#selfAssessForm input[name=comment]").fill("Chi bộ phấn đấu đạt 4 tiêu chí");
        page.locator("#selfAssessForm button").click();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã tự đánh giá, chờ đề xuất");
        String registrationUrl = page.url().replaceAll("#.*", "");

        switchAccount("canbo.sudoan", "demo");
        page.navigate(registrationUrl);
        page.locator("#proposeForm button").click();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã đề xuất, chờ quyết định");
        page.locator("#decideForm select").selectOption("true");
        page.locator("#decideForm input[name=decisionNumber]").fill("25-QĐ/ĐU");
        page.locator("#decideForm input[name=decisionDate]").fill(demo.today().toString());
        page.locator("#decideForm button").click();
        confirm();
        assertThat(page.locator(".alert-danger")).containsText("phải ghi lý do");
        assertThat(page.locator("#decideForm input[name=decisionNumber]")).hasValue("25-QĐ/ĐU");
        assertThat(page.locator("#decideForm select")).hasValue("true");
        page.locator("#decideForm input[name=reason]").fill("Kết quả rà soát cả năm chưa nhập đủ; Đảng ủy xét theo báo cáo");
        page.locator("#decideForm button").click();
        confirm();
        assertThat(page.locator("#assessmentStatus")).hasText("Đã quyết định");
        assertThat(page.locator("#decisionText")).containsText("25-QĐ/ĐU");
        assertThat(page.locator("#decisionText")).containsText("Đạt, công nhận");
        screenshot("54-recognition-decided");
    }
}
