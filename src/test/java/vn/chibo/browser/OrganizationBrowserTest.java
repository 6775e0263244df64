package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

class OrganizationBrowserTest extends BrowserTest {

    @Test
    void navigatesTheTreeDownToACellAndBackByBreadcrumbs() {
        signIn("canbo", "demo");
        page.navigate(url("/organizations"));
        assertThat(page.locator("#orgTree")).containsText("Đảng bộ Quân khu 10");
        page.locator("#orgTree .org-toggle").first().click();
        assertThat(page.locator("#orgTree")).containsText("Đảng bộ Sư đoàn 391");
        page.locator("#orgTree li.org-node:has(> div > a:text-is('Đảng bộ Sư đoàn 391')) > div > .org-toggle").click();
        assertThat(page.locator("#orgTree")).containsText("Đảng bộ Trung đoàn 1");
        screenshot("10-organization-tree");
        page.locator("#orgTree a:text-is('Đảng bộ Trung đoàn 1')").click();
        assertThat(page.locator("h1")).hasText("Đảng bộ Trung đoàn 1");
        assertThat(page.locator(".breadcrumb")).containsText("Đảng bộ Sư đoàn 391");
        page.locator("#childrenTab").click();
        page.locator("#tab-children a:text-is('Đảng bộ Tiểu đoàn 1')").click();
        assertThat(page.locator("h1")).hasText("Đảng bộ Tiểu đoàn 1");
        page.locator("#childrenTab").click();
        page.locator("#tab-children a:text-is('Chi bộ Đại đội 1')").click();
        assertThat(page.locator("h1")).hasText("Chi bộ Đại đội 1");
        assertThat(page.locator("#tab-members table")).isVisible();
        assertThat(page.locator(".card:has-text('Cấp ủy, lãnh đạo')")).containsText("Bí thư");
        screenshot("11-organization-cell");
        page.locator(".breadcrumb a:text-is('Đảng bộ Sư đoàn 391')").click();
        assertThat(page.locator("h1")).hasText("Đảng bộ Sư đoàn 391");
    }

    @Test
    void searchFindsOrganizationsWithoutAccents() {
        signIn("canbo", "demo");
        page.navigate(url("/organizations"));
        page.locator("#orgSearch").fill("quan su xa");
        assertThat(page.locator("#orgSearchResults .list-group-item").first()).containsText("Chi bộ Quân sự xã");
        screenshot("12-organization-search");
    }

    @Test
    void anOfficerAddsAPartyGroupUnderACellAndSeesTheTypeRuleInVietnamese() {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/organizations"));
        page.locator("#orgTree a:text-is('Đảng bộ Sư đoàn 391')").click();
        page.locator("a:text-is('Thêm tổ chức trực thuộc')").click();
        page.locator("#name").fill("Tổ đảng Trinh sát");
        page.locator("#type").selectOption("PARTY_GROUP");
        page.locator("#organizationForm button[type=submit]").click();
        assertThat(page.locator("#organizationForm .alert-danger")).containsText("không thể trực thuộc");
        screenshot("13-organization-type-rule-error");
    }
}
