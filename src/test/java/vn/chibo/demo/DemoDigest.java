package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.ChiboApplication;

/**
 * Not a regular test (its name keeps it out of the default run): a tool for restructurings of the demo generators, which
 * must leave the demo's data exactly as it was. It generates the demo on a fresh in-memory database as of the test
 * profile's day and writes, per table, the row count and a SHA-256 of its rows (each row as text, the rows sorted) to
 * {@code target/demo-digest-<size>.txt}. Run it before and after a change and compare the two files:
 * {@code ./mvnw -B -q -o test -Dtest=DemoDigest -Ddemo.digest.size=small}. Timestamps the clock gave while generating
 * (the start day's first hour: "now") are written as {@code NOW}, since the clock ticks, and salted password hashes as
 * {@code HASH}; JSON documents with their keys sorted; tables that Flyway and the job lock keep with the real time are left out; every other value as it is.
 */
class DemoDigest {

    private static final String START = "2026-12-06T09:00";
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    /** Kept by Flyway and the job lock with the real time, not the application's clock. */
    private static final List<String> UNCLOCKED = List.of("flyway_schema_history", "scheduled_job_run", "shedlock",
            // not demo data: the figure change journal (its rows follow the order of the writes) and kept review answers
            "figure_change", "review_answer");
    private static final Instant STARTED = LocalDateTime.parse(START).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();

    @Test
    void writesTheDigestOfEveryTable() throws IOException {
        String size = System.getProperty("demo.digest.size", "small");
        String[] args = {"--chibo.clock.start=" + START, "--chibo.demo.size=" + size, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:demo-digest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"};
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ChiboApplication.class)
                .web(WebApplicationType.SERVLET).profiles("test").logStartupInfo(false).run(args)) {
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' order by table_name", String.class);
            for (String table : tables.stream().filter(t -> !UNCLOCKED.contains(t)).toList()) {
                List<String> rows = jdbc.query("select * from " + table, (rs, n) -> row(rs));
                rows.sort(null);
                if (table.equals(System.getProperty("demo.digest.rows"))) {
                    Files.write(Path.of("target", "demo-rows-" + table + ".txt"), rows, StandardCharsets.UTF_8);
                }
                lines.add(table + " " + rows.size() + " " + sha256(rows));
            }
        }
        Path out = Path.of("target", "demo-digest-" + size + ".txt");
        Files.write(out, lines, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            Object value = rs.getObject(column);
            Instant instant = value instanceof Timestamp ts ? ts.toInstant()
                    : value instanceof OffsetDateTime odt ? odt.toInstant() : null;
            if (instant != null && !instant.isBefore(STARTED) && instant.isBefore(STARTED.plusSeconds(3600))) {
                value = "NOW";
            } else if (instant != null) {
                value = instant;
            } else if ("password_hash".equalsIgnoreCase(rs.getMetaData().getColumnLabel(column))) {
                value = "HASH"; // salted: differs on every run
            } else if (value instanceof String text && text.startsWith("{")) {
                value = canonical(JSON.readValue(text, Object.class)); // the scorer's JSON keeps no key order
            } else if (value instanceof byte[] bytes) {
                value = HexFormat.of().formatHex(bytes);
            }
            row.append(value).append('\u0001');
        }
        return row.toString();
    }

    private static Object canonical(Object json) {
        if (json instanceof java.util.Map<?, ?> map) {
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(DemoDigest::canonical).toList();
        }
        return json;
    }

    private static String sha256(List<String> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> digest.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
