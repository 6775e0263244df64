package vn.chibo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One account over real HTTP: signed in through the login form (session cookie) for pages, Basic auth for the API. */
final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    record Answer(int status, int bytes) {
    }

    private final String base;
    private final String basic;
    private final HttpClient pages;
    /** The session cookie, carried by hand: java.net.CookieManager does not send cookies back to "localhost". */
    private String session;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SignedInClient(int port, String username, String password) throws IOException, InterruptedException {
        this.base = "http://localhost:" + port;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
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
    }

    Answer get(String path) throws IOException, InterruptedException {
        boolean isApi = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET();
        if (isApi) {
            request.header("Authorization", basic).header("Accept", "application/json");
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
