package vn.chibo.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;
import vn.chibo.support.SessionCookie;

/**
 * What sessions in the database cost per request (not part of the test suite), on a real PostgreSQL:
 * a small page requested with a signed-in session cookie (the session read from the database, its last access
 * written back) against the same page with the user handed to the request directly (no session at all), and the
 * session store's own read and write.
 *
 * <pre>./mvnw test -Dtest=SessionStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results are printed and written to {@code target/benchmarks/sessions.md}.
 */
@PostgresIntegrationTest
class SessionStoreBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 400;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void measuresTheSessionStore() throws Exception {
        Cookie cookie = SessionCookie.of(mvc.perform(post("/login").param("username", "canbo").param("password", "demo")
                .with(csrf())).andReturn());
        String page = "/account/password";
        List<Long> withSession = new ArrayList<>();
        List<Long> withoutSession = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long a = time(get(page).cookie(cookie));
            long b = time(get(page).with(user(demo.user("canbo"))));
            if (i >= WARMUP) {
                withSession.add(a);
                withoutSession.add(b);
            }
        }
        String id = new String(java.util.Base64.getDecoder().decode(cookie.getValue()), java.nio.charset.StandardCharsets.UTF_8);
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.springframework.session.SessionRepository<org.springframework.session.Session> store =
                (org.springframework.session.SessionRepository) sessions;
        List<Long> readWrite = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            org.springframework.session.Session session = store.findById(id);
            session.setLastAccessedTime(session.getLastAccessedTime().plusMillis(1));
            store.save(session);
            if (i >= WARMUP) {
                readWrite.add(System.nanoTime() - start);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("| measured (" + RUNS + " runs each, interleaved) | median ms | p95 ms |");
        lines.add("|---|---:|---:|");
        lines.add(row("Small page, signed-in session cookie (session read and written back)", withSession));
        lines.add(row("Same page, user given directly (no session)", withoutSession));
        lines.add(row("Session store alone: read the session, write its last access", readWrite));
        String text = String.join("\n", lines) + "\n";
        System.out.println(text);
        Path out = Path.of("target/benchmarks/sessions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private long time(MockHttpServletRequestBuilder request) throws Exception {
        long start = System.nanoTime();
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        long took = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException("status " + status);
        }
        return took;
    }

    private static String row(String label, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", label, median, p95);
    }
}
