package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.support.BrowserTest;

class SignInBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordShowsAVietnameseMessage() {
        page.navigate(url("/login"));
        assertThat(page.locator("#demoAccounts")).containsText("canbo.sudoan");
        screenshot("01-login");
        signIn("bithu", "sai-mat-khau");
        assertThat(page.locator("#loginError")).containsText("tên đăng nhập hoặc mật khẩu không đúng");
        screenshot("02-login-wrong-password");
    }

    @Test
    void signInShowsTheOverviewAndSignOutReturnsToLogin() {
        signIn("canbo", "demo");
        assertThat(page.locator("h1")).containsText("Xin chào");
        assertThat(page.locator("#memberCount")).not().hasText("0");
        assertThat(page.locator("#emulationCard")).containsText("Chi bộ \"4 tốt\" — Đảng bộ Quân khu 10");
        screenshot("03-dashboard-officer");
        page.locator("#userMenu").click();
        page.locator("#logoutButton").click();
        assertThat(page.locator("#loggedOut")).hasText("Bạn đã đăng xuất.");
        page.navigate(url("/people"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        signIn("admin", "demo");
        page.navigate(url("/?lang=en"));
        assertThat(page.locator("h1")).containsText("Hello");
        screenshot("04-dashboard-admin-english");
        page.navigate(url("/?lang=vi"));
        assertThat(page.locator("h1")).containsText("Xin chào");
    }

    @Test
    void aPageWhoseSessionEndedOpensTheSignInPageAndThenReturnsHome() {
        signIn("bithu", "demo");
        page.navigate(url("/meetings"));
        assertThat(page.locator("#notificationBell svg")).isVisible();
        context.clearCookies();
        page.evaluate("htmx.ajax('GET', '/notifications/bell', '#notificationBell')");
        page.waitForURL(address -> address.endsWith("/login?ended"));
        assertThat(page.locator("#sessionEnded")).containsText("Phiên làm việc đã kết thúc");
        screenshot("05-login-session-ended");
        signIn("bithu", "demo");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/$"));
        assertThat(page.locator("h1")).containsText("Xin chào");
    }
}
