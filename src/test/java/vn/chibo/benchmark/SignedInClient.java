package vn.chibo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One account over real HTTP: signed in through the login form (session cookie) for pages; for the API, an API access
 * token it issues on its tokens page, as a tool would (HTTP Basic would hash the password on every request).
 */
final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"issuedSecret\"[^>]*value=\"([^\"]+)\"");
    /** The name of the tokens the benchmark issues (removed before each run). */
    static final String TOKEN_NAME = "Đo hiệu năng";

    record Answer(int status, int bytes) {
    }

    private final String base;
    private final String bearer;
    private final HttpClient pages;
    /** The session cookie, carried by hand: java.net.CookieManager does not send cookies back to "localhost". */
    private String session;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SignedInClient(int port, String username, String password) throws IOException, InterruptedException {
        this.base = "http://localhost:" + port;
        this.pages = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> loginPage = pages.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keepSession(loginPage);
        String login = loginPage.body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = pages.send(withSession(HttpRequest.newBuilder(URI.create(base + "/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        keepSession(signedIn);
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
        this.bearer = "Bearer " + issueToken();
    }

    private String issueToken() throws IOException, InterruptedException {
        HttpResponse<String> tokens = pages.send(withSession(HttpRequest.newBuilder(URI.create(base + "/account/api-tokens")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(tokens.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the API tokens page: " + tokens.statusCode());
        }
        String form = "name=" + enc(TOKEN_NAME) + "&validDays=1&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> issued = pages.send(withSession(HttpRequest.newBuilder(URI.create(base + "/account/api-tokens")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher secret = SECRET.matcher(issued.body());
        if (!secret.find()) {
            throw new IllegalStateException("no API token issued: " + issued.statusCode());
        }
        return secret.group(1);
    }

    Answer get(String path) throws IOException, InterruptedException {
        boolean isApi = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET();
        if (isApi) {
            request.header("Authorization", bearer).header("Accept", "application/json");
        } else {
            withSession(request);
        }
        HttpResponse<byte[]> response = (isApi ? api : pages).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body().length);
    }

    private HttpRequest.Builder withSession(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return request;
    }

    private void keepSession(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("SESSION=")) {
                session = cookie.substring("SESSION=".length(), cookie.indexOf(';') > 0 ? cookie.indexOf(';') : cookie.length());
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
