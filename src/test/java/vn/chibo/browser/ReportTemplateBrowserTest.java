package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

/**
 * The region officer replaces the review report's template of a commune cell: a file that is not a Word document is
 * refused with the reason, a good template becomes version 1 and is in use, and he hands back to the template from above.
 */
class ReportTemplateBrowserTest extends BrowserTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void theRegionOfficerUploadsACellsTemplateIsToldWhyABadOneIsRefusedAndTakesTheTemplateFromAboveBack() throws Exception {
        long cell = demo.cellOutsideDivision();
        signIn("canbo", "demo");
        page.navigate(url("/statistics/review/report/templates?organization=" + cell));
        assertThat(page.locator("h1")).hasText("Mẫu báo cáo sơ kết, tổng kết");
        assertThat(page.locator("#appliedTemplate")).hasText("Đang dùng mẫu mặc định của hệ thống.");
        screenshot("report-template-01-default");
        page.locator("#templateFile").setInputFiles(new FilePayload("mau.docx", DOCX, "không phải Word".getBytes(StandardCharsets.UTF_8)));
        page.locator("#uploadTemplate button[type=submit]").click();
        assertThat(page.locator(".alert-danger")).containsText("Mẫu báo cáo phải là tệp Word .docx.");
        screenshot("report-template-02-refused");
        byte[] template = Files.readAllBytes(Path.of("src/main/resources/reporting/mau-bao-cao-so-ket.docx"));
        page.locator("#templateFile").setInputFiles(new FilePayload("mẫu chi bộ xã.docx", DOCX, template));
        page.locator("#uploadTemplate button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu mẫu báo cáo mới.");
        assertThat(page.locator("#appliedTemplate")).containsText("Đang dùng phiên bản 1");
        assertThat(page.locator("#templateVersions")).containsText("mẫu chi bộ xã.docx");
        screenshot("report-template-03-uploaded");
        page.locator("#useInherited button").click();
        assertThat(page.locator(".alert-success")).containsText("Từ nay dùng mẫu của cấp trên.");
        assertThat(page.locator("#appliedTemplate")).hasText("Đang dùng mẫu mặc định của hệ thống.");
        assertThat(page.locator("#templateVersions")).containsText("Dùng mẫu của cấp trên");
        screenshot("report-template-04-inherited");
    }
}
