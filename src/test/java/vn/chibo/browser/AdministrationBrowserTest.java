package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

class AdministrationBrowserTest extends BrowserTest {

    @Test
    void theAdministratorSeesAccountsAndTheAuditTrail() {
        signIn("admin", "demo");
        page.navigate(url("/admin/accounts"));
        assertThat(page.locator("table")).containsText("bithu");
        screenshot("30-admin-accounts");
        page.navigate(url("/admin/audit"));
        assertThat(page.locator("#auditTable")).containsText("admin");
        screenshot("31-admin-audit");
        page.navigate(url("/people"));
        screenshot("32-people-list-admin");
    }

    @Test
    void theApiDocumentationOpensForASignedInUser() {
        signIn("admin", "demo");
        page.navigate(url("/swagger-ui.html"));
        assertThat(page.locator("section.swagger-ui")).containsText("/api/v1/people");
        screenshot("34-api-documentation");
    }

    @Test
    void aMemberSeesOnlyTheirOwnRecord() {
        signIn("dangvien", "demo");
        assertThat(page.locator("h1")).containsText("Xin chào");
        assertThat(page.locator("nav")).not().containsText("Tổ chức đảng");
        screenshot("35-member-home");
        page.locator("a:text-is('Hồ sơ của tôi')").last().click();
        assertThat(page.locator("#personName")).isVisible();
        assertThat(page.locator("#editPerson")).hasCount(0);
    }

    @Test
    void anInspectorReadsButCannotEdit() {
        signIn("kiemtra", "demo");
        page.navigate(url("/people"));
        assertThat(page.locator("a:text-is('Thêm người')")).hasCount(0);
        page.locator("#peopleTable tbody a").first().click();
        assertThat(page.locator("#editPerson")).hasCount(0);
        screenshot("33-inspector-person");
    }
}
