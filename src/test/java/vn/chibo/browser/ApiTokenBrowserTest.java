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
