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
    void anInspectorReadsButCannotEdit() {
        signIn("kiemtra", "demo");
        page.navigate(url("/people"));
        assertThat(page.locator("a:text-is('Thêm người')")).hasCount(0);
        page.locator("#peopleTable tbody a").first().click();
        assertThat(page.locator("#editPerson")).hasCount(0);
        screenshot("33-inspector-person");
    }
}
