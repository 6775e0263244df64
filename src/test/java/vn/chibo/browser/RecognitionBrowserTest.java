package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.BrowserTest;

/**
 * An officer enters one award decision for several members: a bad line is reported and nothing is
 * saved; corrected, all are saved and appear in the register. Uses its own decision number.
 */
class RecognitionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerEntersOneDecisionForManyMembersAndFindsThemInTheRegister() {
        String cell = jdbc.sql("select scope_org_id from account where username = 'bithu'").query(String.class).single();
        java.util.List<String> names = jdbc.sql("select full_name from person where organization_id = " + cell
                + " and party_status in ('OFFICIAL', 'PROBATIONARY') order by id").query(String.class).list();
        String cellName = jdbc.sql("select name from organization where id = " + cell).query(String.class).single();
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/recognition/awards"));
        assertThat(page.locator("h1")).hasText("Sổ khen thưởng");
        screenshot("recognition-01-awards");
        page.locator("#bulkAwards").click();
        page.locator("#type").selectOption("CERTIFICATE_OF_MERIT");
        page.locator("#level").selectOption("UPPER_COMMITTEE");
        page.locator("#campaign").fill("Mô hình Cán bộ, đảng viên dìu dắt quần chúng và cấp dưới");
        page.locator("#decisionNumber").fill("BT-" + System.nanoTime() % 100000 + "/QĐ-SĐ");
        page.locator("#decisionDate").fill(demo.today().toString());
        page.locator("#issuedBy").fill("Đảng ủy Sư đoàn");
        page.locator("#reason").fill("Có thành tích xuất sắc trong dìu dắt quần chúng và cấp dưới");
        page.locator("#recipients").fill(names.get(1) + " (" + cellName + ")\nNgười Không Có Trong Danh Sách\n"
                + names.get(2) + " (" + cellName + "); Dìu dắt 2 quần chúng được kết nạp Đảng");
        page.locator("#saveBulk").click();
        assertThat(page.locator("#bulkReport")).containsText("Dòng 2: không tìm thấy");
        screenshot("recognition-02-bulk-report");
        page.locator("#recipients").fill(names.get(1) + " (" + cellName + ")\n"
                + names.get(2) + " (" + cellName + "); Dìu dắt 2 quần chúng được kết nạp Đảng");
        page.locator("#saveBulk").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu khen thưởng");
        page.locator("#q").fill(names.get(2));
        page.locator("#form").selectOption("CERTIFICATE_OF_MERIT");
        page.locator("#awardFilter button[type=submit]").click();
        assertThat(page.locator("#awardTable")).containsText("Bằng khen");
        screenshot("recognition-03-register-filtered");
        page.locator("#awardTable a").first().click();
        assertThat(page.locator("h1")).containsText(names.get(2));
        screenshot("recognition-04-award");
        page.navigate(url("/recognition/discipline"));
        screenshot("recognition-05-discipline");
        page.locator("#newDiscipline").click();
        screenshot("recognition-06-discipline-form");
    }
}
