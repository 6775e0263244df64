package vn.chibo.durability;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser behind a load balancer: one session cookie, each request sent to whichever node the test names. Follows
 * no redirects, so that a redirect to the sign-in page shows.
 */
final class BrowserOnNodes {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

    private String session;

    String session() {
        return session;
    }

    HttpResponse<String> get(KilledServer node, String path) throws IOException, InterruptedException {
        return remember(node.send(request(node, path).GET().build()));
    }

    /** Posts a form with the CSRF token of a page of the same node (the token lives in the shared session). */
    HttpResponse<String> postForm(KilledServer node, String tokenPage, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postWithToken(node, csrf(get(node, tokenPage).body()), path, fields);
    }

    /** Posts a form with a CSRF token fetched before, e.g. to send several posts at one moment. */
    HttpResponse<String> postWithToken(KilledServer node, String token, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(token) + "&", ""));
        return remember(node.send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    HttpResponse<String> signIn(KilledServer node, String username, String password) throws IOException, InterruptedException {
        return postForm(node, "/login", "/login", Map.of("username", username, "password", password));
    }

    private HttpRequest.Builder request(KilledServer node, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(20));
        if (session != null) {
            builder.header("Cookie", "SESSION=" + session);
        }
        return builder;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.lookingAt()) {
                session = m.group(1).isEmpty() ? null : m.group(1);
            }
        }
        return response;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
