package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Pages, the API and the style sheets go out compressed to a client that accepts gzip (a unit's review page is a few
 * hundred kilobytes of table, on phones and thin lines), and uncompressed to one that does not.
 */
@IntegrationTest
class ResponseCompressionTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoFixture demo;

    @Test
    void aPageTheApiAndTheStyleSheetsAreSentGzippedToAClientThatAcceptsIt() throws Exception {
        int year = demo.today().getYear();
        String review = "/api/v1/statistics/review?organization=" + demo.scopeOf("canbo") + "&from=" + (year - 2)
                + "-01-01&to=" + year + "-12-31";
        for (String[] asked : new String[][] {{"/login", "Đăng nhập"}, {review, "\"mentoring.mentors\""},
                {"/webjars/bootstrap/css/bootstrap.min.css", ".container"}}) {
            HttpResponse<byte[]> response = get(asked[0], "gzip");
            assertThat(response.statusCode()).as(asked[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(asked[0]).hasValue("gzip");
            String body = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).as(asked[0]).contains(asked[1]);
            assertThat(response.body().length).as(asked[0] + ": smaller than what it unpacks to").isLessThan(body.length() / 2);
        }
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsThePagePlain() throws Exception {
        HttpResponse<byte[]> response = get("/login", null);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("Đăng nhập");
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "vi");
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("canbo:demo".getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
