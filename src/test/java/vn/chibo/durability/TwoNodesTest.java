package vn.chibo.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.chibo.support.EmbeddedPostgres;

/**
 * Two application nodes (child JVMs) on one PostgreSQL, as behind a load balancer: a session signed in on one is
 * valid on the other and ends on both; failed sign-ins count across nodes; two officers on two nodes record the
 * same development step at once and exactly one wins; the scheduled clean-up runs on one node per tick; killing a
 * node during writes loses nothing it acknowledged, and the other node goes on serving the same session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final int TICK_SECONDS = 2;

    private static Path workDir;
    private static String url;
    private static KilledServer nodeA;
    private static KilledServer nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        workDir = Files.createTempDirectory("chibo-two-nodes");
        var postgres = EmbeddedPostgres.server();
        String database = "nodes_" + System.nanoTime();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + database);
        }
        url = postgres.getJdbcUrl("postgres", database);
        List<String> common = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=5",
                "--chibo.jobs.session-cleanup.cron=*/" + TICK_SECONDS + " * * * * *",
                "--chibo.jobs.session-cleanup.lock-at-least-for=PT1S",
                // a failed sign-in's wait far longer than the test, whatever the machine's speed
                "--chibo.security.throttle.account.base-delay=PT10M",
                // the machine's own clock on both nodes, as NTP keeps production nodes in step: a clock fixed at
                // each node's start would put the later node behind, and a session it signs in would look older
                // than the demo's passwords
                "--chibo.clock.start=");
        // A loads the demo region; B starts on the loaded database, as a node added later does.
        nodeA = KilledServer.start(Files.createDirectories(workDir.resolve("a")), args(common, "--chibo.node.name=A"));
        nodeB = KilledServer.start(Files.createDirectories(workDir.resolve("b")),
                args(common, "--chibo.node.name=B", "--chibo.demo.enabled=false"));
    }

    private static String[] args(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (nodeA != null) {
            nodeA.kill();
        }
        if (nodeB != null) {
            nodeB.kill();
        }
    }

    @Test
    @Order(1)
    void aSessionSignedInOnOneNodeIsValidOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
        BrowserOnNodes browser = new BrowserOnNodes();
        assertThat(browser.signIn(nodeA, "canbo", "demo").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
        assertThat(browser.get(nodeB, "/people").statusCode()).isEqualTo(200);
        assertThat(browser.get(nodeA, "/people").statusCode()).isEqualTo(200);

        browser.postForm(nodeB, "/people", "/logout", java.util.Map.of());
        HttpResponse<String> afterSignOut = browser.get(nodeA, "/people");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    @Order(2)
    void failedSignInsOnBothNodesAddUpAndTheWaitHoldsOnEither() throws Exception {
        BrowserOnNodes browser = new BrowserOnNodes();
        for (int i = 0; i < 5; i++) {
            var response = browser.signIn(i % 2 == 0 ? nodeA : nodeB, "kiemtra", "sai-mat-khau");
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        assertThat(number("select failed_attempts from account where username = 'kiemtra'")).isEqualTo(5);
        // the fifth failure in a row makes the next attempt wait: the right password is refused on either node
        for (KilledServer node : List.of(nodeA, nodeB)) {
            var refused = browser.signIn(node, "kiemtra", "demo");
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        assertThat(number("select count(*) from audit_entry where action = 'LOGIN_THROTTLED' and actor = 'kiemtra'"))
                .isEqualTo(2);
    }

    @Test
    @Order(3)
    void eightSimultaneousSignInsOfOneAccountOnTwoNodesAreAllRecordedWithoutAConflict() throws Exception {
        long version = number("select version from account where username = 'bithu'");
        long signInsBefore = number("select count(*) from audit_entry where action = 'LOGIN' and actor = 'bithu'");
        List<BrowserOnNodes> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            BrowserOnNodes browser = new BrowserOnNodes();
            tokens.add(BrowserOnNodes.csrf(browser.get(i % 2 == 0 ? nodeA : nodeB, "/login").body()));
            browsers.add(browser);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier together = new CyclicBarrier(8);
            List<Callable<String>> signIns = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                KilledServer node = i % 2 == 0 ? nodeA : nodeB;
                BrowserOnNodes browser = browsers.get(i);
                String token = tokens.get(i);
                signIns.add(() -> {
                    together.await();
                    return browser.postWithToken(node, token, "/login", java.util.Map.of("username", "bithu", "password", "demo"))
                            .headers().firstValue("Location").orElse("");
                });
            }
            for (Future<String> outcome : pool.invokeAll(signIns)) {
                assertThat(outcome.get()).endsWith("/");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(number("select count(*) from audit_entry where action = 'LOGIN' and actor = 'bithu'") - signInsBefore)
                .isEqualTo(8);
        assertThat(number("select version from account where username = 'bithu'")).isEqualTo(version);
        assertThat(number("select failed_attempts from account where username = 'bithu'")).isZero();
        for (int i = 0; i < 8; i++) {
            assertThat(browsers.get(i).get(i % 2 == 0 ? nodeB : nodeA, "/people").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void twoOfficersOnTwoNodesRecordTheSameStepAtOnceAndExactlyOneWins() throws Exception {
        String division = text("select o.path from account a join organization o on o.id = a.scope_org_id"
                + " where a.username = 'canbo.sudoan'");
        List<Long> masses = numbers("select p.id from person p where p.party_status = 'MASS' and p.org_path like '"
                + division + "%' and not exists (select 1 from development_candidate d where d.person_id = p.id)"
                + " order by p.id limit 3");
        assertThat(masses).hasSize(3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long mass : masses) {
                HttpResponse<String> opened = api(nodeA, "canbo", "POST", "/api/v1/development/candidates",
                        "{\"personId\": " + mass + "}");
                assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
                long candidate = KilledServer.firstId(opened.body());
                long version = number("select version from development_candidate where id = " + candidate);
                String step = "{\"version\": " + version + ", \"reason\": \"Quần chúng xin dừng xem xét\"}";
                String path = "/api/v1/development/candidates/" + candidate + "/steps/WITHDRAWN";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Integer>> officers = List.of(
                        () -> { together.await(); return api(nodeA, "canbo", "POST", path, step).statusCode(); },
                        () -> { together.await(); return api(nodeB, "canbo.sudoan", "POST", path, step).statusCode(); });
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : pool.invokeAll(officers)) {
                    statuses.add(outcome.get());
                }
                assertThat(statuses).as("candidate " + candidate + "; " + diagnosis()).containsExactlyInAnyOrder(200, 409);
                assertThat(number("select count(*) from development_event where candidate_id = " + candidate
                        + " and stage = 'WITHDRAWN'")).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Order(5)
    void theScheduledCleanUpRunsOnOneNodePerTick() throws Exception {
        long before = number("select count(*) from scheduled_job_run where job = 'session-cleanup'");
        long start = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(13).toMillis());
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        long runs = number("select count(*) from scheduled_job_run where job = 'session-cleanup'") - before;
        long ticks = seconds / TICK_SECONDS;
        // both nodes fire on every tick; were the lock not held, there would be about twice as many runs
        assertThat(runs).isBetween(ticks - 2, ticks + 1);
        assertThat(number("select count(*) from scheduled_job_run where job = 'session-cleanup' and finished_at is null"
                + " and outcome is null")).isLessThanOrEqualTo(1);
        assertThat(text("select locked_by from shedlock where name = 'session-cleanup'")).isNotBlank();
    }

    @Test
    @Order(6)
    void killingANodeDuringWritesLosesNothingItAcknowledgedAndTheOtherNodeServesTheSameSession() throws Exception {
        BrowserOnNodes browser = new BrowserOnNodes();
        browser.signIn(nodeA, "canbo", "demo");
        long organizationId = KilledServer.firstId(nodeA.get("/api/v1/organizations").body());
        Set<Long> acknowledged = nodeA.writeAwardsThenKill(organizationId, Duration.ofSeconds(4));
        assertThat(acknowledged).hasSizeGreaterThan(5);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            AcknowledgedWritesSurviveKillTest.assertEveryAcknowledgedAwardIsStored(db, acknowledged);
            // nothing half-written either: every stored award of the run has its audit row
            assertThat(numbers("select a.id from award_record a where a.decision_number like '%-KILL' and not exists"
                    + " (select 1 from audit_entry e where e.entity_type = 'AwardRecord' and e.entity_id = a.id)")).isEmpty();
        }
        assertThat(browser.get(nodeB, "/people").statusCode()).isEqualTo(200);
        for (long award : acknowledged.stream().limit(3).toList()) {
            assertThat(nodeB.get("/api/v1/recognition/awards/" + award).statusCode()).as(diagnosis()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> api(KilledServer node, String username, String method, String path, String json)
            throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return node.send(HttpRequest.newBuilder(node.uri(path)).header("Authorization", basic)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** What the sign-in bookkeeping says, should a request be refused. */
    private static String diagnosis() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select action, actor, summary from audit_entry"
                    + " where action like 'LOG%' order by id desc limit 8")) {
                while (rows.next()) {
                    lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("select client_address, failures, throttled_until from login_throttle")) {
                while (rows.next()) {
                    lines.add("address " + rows.getString(1) + " " + rows.getInt(2) + " " + rows.getString(3));
                }
            }
        }
        return String.join("; ", lines);
    }

    private static long number(String sql) throws Exception {
        return numbers(sql).get(0);
    }

    private static List<Long> numbers(String sql) throws Exception {
        List<Long> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static String text(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
