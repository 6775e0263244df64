package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.BrowserTest;

/**
 * From an inspection to a verified remediation, on an inspection of its own: the division's
 * inspector opens a thematic inspection of Chi bộ Đại đội 1 and records a shortcoming; the cell's
 * secretary plans a remediation action, reports it done and the finding handled; the inspector
 * verifies the action effective and closes the finding; the conclusion notice is downloaded and
 * marked sent. Also looks at the board, the cell's own view and the good examples.
 */
class InspectionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectionLeadsToAVerifiedRemediationAndANotice() throws Exception {
        long cell = jdbc.sql("select scope_org_id from account where username = 'bithu'").query(Long.class).single();
        String secretary = jdbc.sql("select p.full_name from person p join account a on a.person_id = p.id where a.username = 'bithu'")
                .query(String.class).single();
        String shortcoming = "Biên bản sinh hoạt chưa ghi đủ ý kiến thảo luận (kiểm tra " + System.nanoTime() % 100000 + ")";

        signIn("kiemtra", "demo");
        page.navigate(url("/inspections"));
        screenshot("80-inspection-worklist");
        page.navigate(url("/inspections/new?orgId=" + cell));
        page.locator("#kind").selectOption("THEMATIC");
        page.locator("#content").fill("Kiểm tra chuyên đề việc ghi biên bản sinh hoạt chi bộ");
        page.locator("#saveInspection").click();
        assertThat(page.locator("#inspectionStatus")).containsText("Đang tiến hành");
        page.locator("#type").selectOption("SHORTCOMING");
        page.locator("#severity").selectOption("MEDIUM");
        page.locator("#description").fill(shortcoming);
        page.locator("#addFinding").click();
        assertThat(page.locator("#findingTable")).containsText(shortcoming);
        String inspectionUrl = page.url();
        screenshot("81-inspection-detail");

        page.locator("#findingTable a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(shortcoming)).click();
        String findingUrl = page.url();
        assertThat(page.locator("#findingStatus")).containsText("Đang khắc phục");

        switchAccount("bithu", "demo");
        page.navigate(url("/inspections/mine"));
        assertThat(page.locator("main")).containsText(shortcoming);
        screenshot("82-inspection-subject-view");
        page.navigate(findingUrl);
        page.locator("#content").fill("Tổ chức rút kinh nghiệm, ghi lại biên bản đầy đủ các kỳ sinh hoạt");
        page.locator("#ownerSearch").fill(secretary);
        page.locator("#picker-results-ownerPersonId .picker-choice").first().check();
        page.locator("#dueOn").fill(demo.today().plusDays(7).toString());
        page.locator("#addAction").click();
        assertThat(page.locator(".remediation-action")).containsText("Tổ chức rút kinh nghiệm");
        page.locator(".complete-action").first().click();
        page.locator("#markHandled").click();
        assertThat(page.locator("#findingStatus")).containsText("Chờ xác minh");
        screenshot("83-inspection-finding-handled");

        switchAccount("kiemtra", "demo");
        page.navigate(url("/inspections"));
        assertThat(page.locator("main")).containsText(shortcoming);
        page.navigate(findingUrl);
        page.locator(".verify-form select[name=result]").first().selectOption("EFFECTIVE");
        page.locator(".verify-form input[name=note]").first().fill("Đã kiểm tra sổ biên bản, ghi đầy đủ");
        page.locator(".verify-action").first().click();
        // The badge, not the whole card: the card's own select already reads "Hiệu quả" before the page reloads.
        assertThat(page.locator(".remediation-action .badge.text-bg-success")).containsText("Hiệu quả");
        page.locator("#closeFinding").click();
        assertThat(page.locator("#confirmText")).containsText("không hoàn tác");
        page.setViewportSize(390, 844);
        assertThat(page.locator("#confirmDialog.show")).isVisible();
        page.waitForTimeout(400);
        screenshot("84a-inspection-confirm-close-phone");
        page.setViewportSize(1280, 800);
        confirm();
        assertThat(page.locator("#findingStatus")).containsText("Đã khắc phục xong");
        screenshot("84-inspection-finding-closed");

        page.navigate(inspectionUrl);
        page.locator("#conclusionText").fill("Chi bộ đã khắc phục khuyết điểm về ghi biên bản sinh hoạt.");
        page.locator("#noticeNumber").fill("TB-" + System.nanoTime() % 1000 + "/UBKT");
        page.locator("#saveConclusion").click();
        assertThat(page.locator("#conclusionShown")).containsText("Chi bộ đã khắc phục");
        Download download = page.waitForDownload(() -> page.locator("#noticeDocx").click());
        try (InputStream in = Files.newInputStream(download.path());
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            org.assertj.core.api.Assertions.assertThat(text.getText()).contains("THÔNG BÁO").contains(shortcoming);
        }
        page.locator("#markSent").click();
        assertThat(page.locator("#inspectionStatus")).containsText("Đã thông báo kết luận");
        screenshot("85-inspection-notified");

        switchAccount("canbo.sudoan", "demo");
        page.navigate(url("/inspections/board"));
        screenshot("86-inspection-board");
        page.navigate(url("/recognition/good-examples"));
        assertThat(page.locator("#goodExampleList")).isVisible();
        screenshot("87-good-examples");
        page.locator("#goodExampleList a").first().click();
        assertThat(page.locator("#goodExampleStory")).isVisible();
        screenshot("88-good-example");
    }
}
