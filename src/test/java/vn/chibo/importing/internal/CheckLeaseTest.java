package vn.chibo.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.importing.ImportFiles;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A batch left {@code CHECKING} by a node that stopped while reading its file (simulated: the batch row as that node
 * left it) is interrupted once its check's lease expired, and only then; it cannot be committed, shows why, and its
 * stored file can be checked again exactly once at a time, after which it commits.
 */
@IntegrationTest
class CheckLeaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CommitLeases leases;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    long preview(String fullName) throws Exception {
        byte[] file = ImportFiles.people(List.of(List.of(fullName, "06/06/1996", "Nam", "", "Quần chúng", "", "",
                String.valueOf(demo.sampleCell()))));
        ResultActions result = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "check.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .param("kind", "people").with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(jsonPath("$.status").value("READY"));
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** The batch as a node left it that started checking its file and renewed its lease last at {@code heartbeat}. */
    void leftCheckingBy(long id, String owner, Instant heartbeat) {
        jdbc.sql("update import_batch set status = 'CHECKING', rows_done = 7, error_count = 0, commit_owner = :owner,"
                        + " commit_heartbeat = :at where id = :id")
                .param("owner", owner).param("at", Timestamp.from(heartbeat)).param("id", id).update();
        jdbc.sql("delete from import_issue where batch_id = :id").param("id", id).update();
    }

    ResultActions read(long id) throws Exception {
        return mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("canbo"))));
    }

    ResultActions recheck(long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/check", id).with(user(demo.user("canbo"))).with(csrf()));
    }

    ResultActions commit(long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("canbo"))).with(csrf()));
    }

    String statusOf(long id) {
        return jdbc.sql("select status from import_batch where id = :id").param("id", id).query(String.class).single();
    }

    String awaitChecked(long id) throws InterruptedException {
        for (int i = 0; i < 600 && statusOf(id).equals("CHECKING"); i++) {
            Thread.sleep(100);
        }
        return statusOf(id);
    }

    @Test
    void aBatchWhoseCheckingNodeStoppedIsInterruptedWithAReasonAndIsCheckedAgainOnceThenCommits() throws Exception {
        long id = preview("Lò Văn Kiểm Lại");
        leftCheckingBy(id, "node-b 4321", clock.instant().minus(Duration.ofMinutes(3)));

        read(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTERRUPTED"))
                .andExpect(jsonPath("$.interruptedAt").isNotEmpty())
                .andExpect(jsonPath("$.notice").value(Matchers.containsString("kiểm tra tệp bị gián đoạn")))
                .andExpect(jsonPath("$.errorCount").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("gián đoạn")));
        mvc.perform(get("/imports/{id}", id).with(user(demo.user("canbo"))))
                .andExpect(content().string(Matchers.containsString("id=\"checkInterrupted\"")))
                .andExpect(content().string(Matchers.containsString("id=\"recheckImport\"")))
                .andExpect(content().string(Matchers.containsString("id=\"cancelImport\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"commitImport\""))));
        commit(id).andExpect(status().isConflict());

        recheck(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKING"))
                .andExpect(jsonPath("$.errorCount").value(0)).andExpect(jsonPath("$.notice").isEmpty());
        recheck(id).andExpect(status().isConflict());
        assertThat(awaitChecked(id)).isEqualTo("READY");
        recheck(id).andExpect(status().isConflict());
        read(id).andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.interruptedAt").isEmpty());
        assertThat(jdbc.sql("select commit_owner from import_batch where id = :id").param("id", id)
                .query(String.class).optional()).as("lease released once the findings are stored").isEmpty();

        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Lò Văn Kiểm Lại'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aLiveCheckIsLeftAloneUntilItsLeaseExpiresAndCannotBeCheckedAgainMeanwhile() throws Exception {
        long id = preview("Lò Văn Đang Đọc");
        leftCheckingBy(id, "node-b 8765", clock.instant().minus(Duration.ofSeconds(30)));

        read(id).andExpect(jsonPath("$.status").value("CHECKING")).andExpect(jsonPath("$.notice").isEmpty());
        recheck(id).andExpect(status().isConflict());
        leases.recoverExpired(clock.instant().plus(Duration.ofSeconds(30)));
        assertThat(statusOf(id)).as("lease renewed 60 s before the check").isEqualTo("CHECKING");
        assertThat(leases.renew(id, "node-b 8765")).as("the checking node renews its lease").isTrue();
        assertThat(leases.recoverExpired(clock.instant().plus(Duration.ofSeconds(90)))).isZero();

        assertThat(leases.recoverExpired(clock.instant().plus(Duration.ofMinutes(3)))).isPositive();
        assertThat(statusOf(id)).isEqualTo("INTERRUPTED");
        mvc.perform(post("/api/v1/imports/{id}/cancel", id).with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        recheck(id).andExpect(status().isConflict());
    }
}
