package vn.chibo.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real application in a child JVM (same classpath, default profile, working directory of its own), driven
 * through its HTTP API as the demo admin and killed with SIGKILL while writes are still in flight.
 */
final class KilledServer {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Process process;

    private KilledServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the application in {@code workDir} with the given extra arguments and waits until the admin can read. */
    static KilledServer start(Path workDir, String... args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "vn.chibo.ChiboApplication", "--server.port=" + port, "--logging.level.root=WARN"));
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--chibo.clock.start="))) {
            // the same day as the other tests, so that the awards' decision date is in the past on any machine
            command.add("--chibo.clock.start=2026-12-06T09:00");
        }
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("child.log").toFile()).start();
        KilledServer server = new KilledServer(port, process);
        server.awaitReady(workDir);
        return server;
    }

    /**
     * Waits for readiness (after start-up work such as loading the demo), asking without credentials: polling with
     * the admin's before the demo has created him would count as failed sign-ins from this address.
     */
    private void awaitReady(Path workDir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child JVM exited; see " + workDir.resolve("child.log"));
            }
            try {
                if (anonymous("/actuator/health/readiness").statusCode() == 200 && get("/api/v1/organizations").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the child JVM did not start in time; see " + workDir.resolve("child.log"));
    }

    private HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Any request to this node, as built by the caller (its own credentials or session cookie). */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", BASIC).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", BASIC).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long firstId(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Several clients post awards as fast as they are answered; after {@code runFor} the child is killed with
     * SIGKILL while requests are still in flight. Returns the ids of the awards answered 201.
     */
    /** The kill tests need this many acknowledged writes before the kill to prove anything. */
    static final int MINIMUM_ACKNOWLEDGED = 10;

    Set<Long> writeAwardsThenKill(long organizationId, Duration runFor) throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    String body = """
                            {"organizationId": %d, "type": "COMMENDATION", "level": "GRASSROOTS",
                             "decisionNumber": "%d-QĐ/ĐU-KILL", "decisionDate": "2026-01-15",
                             "issuedBy": "Đảng ủy", "reason": "Kiểm tra độ bền dữ liệu"}
                            """.formatted(organizationId, sequence.incrementAndGet());
                    try {
                        HttpResponse<String> response = post("/api/v1/recognition/awards", body);
                        if (response.statusCode() == 201) {
                            acknowledged.add(firstId(response.body()));
                        }
                    } catch (IOException | InterruptedException killed) {
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(runFor.toMillis());
        // a loaded machine answers slower: write on (at most 30 s more) until a few writes have been acknowledged
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < MINIMUM_ACKNOWLEDGED && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread client : clients) {
            client.join(15_000);
        }
        return acknowledged;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
