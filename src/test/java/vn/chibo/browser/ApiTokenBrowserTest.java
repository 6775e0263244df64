package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.BrowserTest;

/** A secretary issues an API token from the account menu, a tool uses it without a browser, and she revokes it. */
class ApiTokenBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTokens() {
        jdbc.sql("delete from api_token").update();
    }

    int statusWith(String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/people/" + demo.massIn(demo.sampleCell()))))
                .header("Authorization", "Bearer " + secret).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * On a slow line the page shows before its scripts have run: an irreversible step clicked then is held, not sent
     * (confirm-guard.js), and asked once the page's script has loaded.
     */
    @Test
    void aRevocationClickedBeforeThePageScriptLoadedIsAskedNotSent() throws Exception {
        signIn("bithu", "demo");
        page.navigate(url("/account/api-tokens"));
        page.locator("#issueToken").click();
        page.locator("#name").fill("Đồng bộ số liệu chi bộ");
        page.locator("#issueToken").click();
        assertThat(page.locator("#tokens")).containsText("Đang dùng được");

        page.route("**/js/chibo.js", com.microsoft.playwright.Route::abort);
        page.navigate(url("/account/api-tokens"));
        page.locator("#tokens button.btn-outline-danger").click();
        page.waitForFunction("() => window.chiboHeldSubmit != null");
        assertThat(page.locator("#confirmDialog")).not().isVisible();
        assertThat(page.locator("#tokens")).containsText("Đang dùng được");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from api_token where revoked_at is not null")
                .query(Long.class).single()).as("nothing sent").isZero();

        page.unroute("**/js/chibo.js");
        page.addScriptTag(new com.microsoft.playwright.Page.AddScriptTagOptions().setUrl(url("/js/chibo.js")));
        assertThat(page.locator("#confirmDialog")).isVisible();
        confirm();
        assertThat(page.locator("#tokens")).containsText("Đã thu hồi lúc");
    }

    @Test
    void aTokenIsIssuedShownOnceUsedByAToolAndRevoked() throws Exception {
        signIn("bithu", "demo");
        page.locator("#userMenu").click();
        page.getByText("Khóa truy cập API").click();
        assertThat(page.locator("#noTokens")).containsText("chưa có khóa");
        screenshot("133-api-tokens-empty");

        page.locator("#issueToken").click();
        assertThat(page.locator("#name")).isVisible(); // the browser asks for the name first (required field)
        page.locator("#name").fill("Đồng bộ số liệu chi bộ");
        page.locator("#validDays").selectOption("30");
        page.locator("#issueToken").click();
        assertThat(page.locator("#issuedToken")).containsText("chỉ hiện một lần");
        String secret = page.locator("#issuedSecret").inputValue();
        assertThat(page.locator("#tokens")).containsText("Đang dùng được");
        screenshot("134-api-tokens-issued");

        org.assertj.core.api.Assertions.assertThat(statusWith(secret)).isEqualTo(200);

        page.navigate(url("/account/api-tokens"));
        assertThat(page.locator("#issuedToken")).hasCount(0);
        page.locator("#tokens button.btn-outline-danger").click();
        confirm();
        assertThat(page.locator("#tokens")).containsText("Đã thu hồi lúc");
        screenshot("135-api-tokens-revoked");
        org.assertj.core.api.Assertions.assertThat(statusWith(secret)).isEqualTo(401);

        page.setViewportSize(390, 844);
        page.reload();
        screenshot("136-api-tokens-phone");
    }
}
