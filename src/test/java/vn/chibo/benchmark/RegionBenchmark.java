package vn.chibo.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.EmbeddedPostgres;

/**
 * Region-scale benchmark (not part of the test suite): the "region" demo (~2,500 cells, ~30,000
 * members, ~60,000 masses) on a real PostgreSQL, with the main pages and queries timed end to end
 * through the MVC stack (security, scoping, SQL, Thymeleaf rendering; no network).
 *
 * <pre>./mvnw test -Dtest=RegionBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results are printed and written to {@code target/benchmarks/region.md}.
 */
@SpringBootTest(properties = {"chibo.demo.size=region", "logging.level.vn.chibo=INFO"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class RegionBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    private static final List<String> RESULTS = new ArrayList<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measuresTheRegion() throws Exception {
        long people = jdbc.sql("select count(*) from person").query(Long.class).single();
        long members = jdbc.sql("select count(*) from person where party_status in ('OFFICIAL','PROBATIONARY')").query(Long.class).single();
        long cells = jdbc.sql("select count(*) from organization where type = 'CELL'").query(Long.class).single();
        long organizations = jdbc.sql("select count(*) from organization").query(Long.class).single();
        RESULTS.add(String.format(Locale.ROOT, "Data: %,d organizations (%,d cells), %,d people (%,d members, %,d masses)%n",
                organizations, cells, people, members, people - members));
        RESULTS.add("| operation | account | median ms | p95 ms | response |");
        RESULTS.add("|---|---|---:|---:|---|");
        long cell = demo.sampleCell();
        long division = demo.division();
        time("Overview (counts by type and status)", "canbo", get("/"));
        time("People list, page 1 of the whole region", "canbo", get("/people"));
        time("People list, page 40 of the whole region", "canbo", get("/people").param("page", "39"));
        time("People search \"nguyen van minh\", whole region", "canbo", get("/people").param("q", "nguyen van minh"));
        time("People list, members holding \"Bí thư\"", "canbo", get("/people").param("role", "SECRETARY"));
        time("People list, page 1 of a division", "canbo.sudoan", get("/people"));
        time("People list of one cell (secretary)", "bithu", get("/people"));
        time("Organization tree (root)", "canbo", get("/organizations"));
        time("Tree expand: children of the region", "canbo", get("/organizations/1/children"));
        time("Organization search \"quan su xa\"", "canbo", get("/organizations/search").param("q", "quan su xa"));
        time("Organization page of a cell", "canbo", get("/organizations/" + cell));
        time("Members tab of a division (subtree, page 1)", "canbo", get("/people/organization/" + division + "/members"));
        time("Person page", "canbo", get("/people/" + demo.personOf("bithu")));
        time("API: people search, JSON", "canbo", get("/api/v1/people").param("q", "tran thi"));
        long board = jdbc.sql("select max(id) from programme").query(Long.class).single();
        time("Emulation board of the region (all cells)", "canbo", get("/programmes/" + board));
        time("Emulation board seen by a division officer", "canbo.sudoan", get("/programmes/" + board));
        timeOnce("Excel export of all party members of the region", "canbo", get("/people/export.xlsx").param("status", "MEMBERS"));
        long round = jdbc.sql("select id from classification_round where round_year = :y")
                .param("y", demo.today().getYear()).query(Long.class).single();
        time("Classification round of the region (figures, groups, subjects)", "canbo", get("/classification/" + round));
        time("Classification round seen by a division officer", "canbo.sudoan", get("/classification/" + round));
        time("Classification round seen by a cell secretary", "bithu", get("/classification/" + round));
        time("Classification subjects search \"nguyen van\", whole region", "canbo",
                get("/classification/" + round).param("q", "nguyen van"));
        String biggest = jdbc.sql("select quota_group from classification_entry where round_id = :r group by quota_group"
                + " order by count(*) desc limit 1").param("r", round).query(String.class).single();
        time("Decision screen of the largest group (" + jdbc.sql("select count(*) from classification_entry where round_id = :r"
                + " and quota_group = :g").param("r", round).param("g", biggest).query(Long.class).single() + " subjects)",
                "canbo", get("/classification/" + round + "/groups/" + biggest));
        var officer = demo.user("canbo");
        long started = System.nanoTime();
        var opened = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/classification")
                .with(user(officer))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("organizationId", String.valueOf(demo.scopeOf("canbo")))
                .param("year", String.valueOf(demo.today().getYear() + 1))).andReturn();
        long openMillis = (System.nanoTime() - started) / 1_000_000;
        if (opened.getResponse().getStatus() != 302) {
            throw new IllegalStateException("Opening a round answered " + opened.getResponse().getStatus());
        }
        long entries = jdbc.sql("select count(*) from classification_entry e join classification_round r on r.id = e.round_id"
                + " where r.round_year = :y").param("y", demo.today().getYear() + 1).query(Long.class).single();
        RESULTS.add(String.format(Locale.ROOT, "| Opening a classification round for the whole region (%,d subjects created) | canbo | %d (single run) | | redirect |",
                entries, openMillis));
        write();
    }

    private void time(String operation, String username, MockHttpServletRequestBuilder request) throws Exception {
        var principal = demo.user(username);
        long[] samples = new long[RUNS];
        int size = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            var result = mvc.perform(request.with(user(principal))).andReturn();
            long elapsed = System.nanoTime() - start;
            if (result.getResponse().getStatus() != 200) {
                throw new IllegalStateException(operation + " answered " + result.getResponse().getStatus());
            }
            size = result.getResponse().getContentAsByteArray().length;
            if (i >= WARMUP) {
                samples[i - WARMUP] = elapsed;
            }
        }
        Arrays.sort(samples);
        RESULTS.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %,d bytes |", operation, username,
                samples[RUNS / 2] / 1e6, samples[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, size));
    }

    private void timeOnce(String operation, String username, MockHttpServletRequestBuilder request) throws Exception {
        var principal = demo.user(username);
        mvc.perform(request.with(user(principal))).andReturn();
        long start = System.nanoTime();
        var result = mvc.perform(request.with(user(principal))).andReturn();
        long elapsed = System.nanoTime() - start;
        RESULTS.add(String.format(Locale.ROOT, "| %s | %s | %.0f (single run) | | %,d bytes |", operation, username,
                elapsed / 1e6, result.getResponse().getContentAsByteArray().length));
    }

    static void write() throws Exception {
        if (RESULTS.isEmpty()) {
            return;
        }
        String text = String.join("\n", RESULTS) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of("target/benchmarks/region.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
