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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.importing.ImportFiles;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A batch left {@code COMMITTING} by a node that stopped mid-commit (simulated: the batch row as that node left it)
 * is recovered once its lease expired, and only then; it commits again exactly once, and a commit that lost its lease
 * to another node writes nothing.
 */
@IntegrationTest
class CommitLeaseTest {

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
    @Autowired
    ImportCommits commits;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    long preview(String fullName) throws Exception {
        byte[] file = ImportFiles.people(List.of(List.of(fullName, "06/06/1996", "Nam", "", "Quần chúng", "", "",
                String.valueOf(demo.sampleCell()))));
        ResultActions result = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "lease.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .param("kind", "people").with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(jsonPath("$.status").value("READY"));
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** The batch as a node left it that started committing and renewed its lease last at {@code heartbeat}. */
    void leftCommittingBy(long id, String owner, Instant heartbeat) {
        jdbc.sql("update import_batch set status = 'COMMITTING', rows_done = 0, commit_owner = :owner,"
                        + " commit_heartbeat = :at where id = :id")
                .param("owner", owner).param("at", Timestamp.from(heartbeat)).param("id", id).update();
    }

    ResultActions read(long id) throws Exception {
        return mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("canbo"))));
    }

    ResultActions commit(long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("canbo"))).with(csrf()));
    }

    long people(String fullName) {
        return jdbc.sql("select count(*) from person where full_name = :n").param("n", fullName).query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from import_batch where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aBatchWhoseCommittingNodeStoppedIsShownInterruptedWhenReadAndThenCommitsExactlyOnce() throws Exception {
        long id = preview("Lò Văn Gián Đoạn");
        leftCommittingBy(id, "node-b 1234", clock.instant().minus(Duration.ofMinutes(3)));

        read(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INTERRUPTED"))
                .andExpect(jsonPath("$.interruptedAt").isNotEmpty())
                .andExpect(jsonPath("$.notice").value(Matchers.containsString("gián đoạn")))
                .andExpect(jsonPath("$.created").value(1)).andExpect(jsonPath("$.errors").isEmpty());
        mvc.perform(get("/imports/{id}", id).with(user(demo.user("canbo"))))
                .andExpect(content().string(Matchers.containsString("id=\"commitInterrupted\"")))
                .andExpect(content().string(Matchers.containsString("id=\"commitImport\"")));

        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.created").value(1));
        commit(id).andExpect(status().isConflict());
        assertThat(people("Lò Văn Gián Đoạn")).isEqualTo(1);
    }

    @Test
    void aLiveCommitIsLeftAloneUntilItsLeaseExpiresAndCannotBeCommittedTwiceMeanwhile() throws Exception {
        long id = preview("Lò Văn Còn Sống");
        leftCommittingBy(id, "node-b 5678", clock.instant().minus(Duration.ofSeconds(30)));

        read(id).andExpect(jsonPath("$.status").value("COMMITTING")).andExpect(jsonPath("$.notice").isEmpty());
        commit(id).andExpect(status().isConflict());
        leases.recoverExpired(clock.instant().plus(Duration.ofSeconds(30)));
        assertThat(statusOf(id)).as("lease renewed 60 s before the check").isEqualTo("COMMITTING");

        assertThat(leases.recoverExpired(clock.instant().plus(Duration.ofMinutes(2)))).isPositive();
        assertThat(statusOf(id)).as("lease renewed 2.5 min before the check").isEqualTo("INTERRUPTED");
        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(people("Lò Văn Còn Sống")).isEqualTo(1);
    }

    @Test
    void theCommittingNodeRenewsItsOwnLeaseOnly() throws Exception {
        long id = preview("Lò Văn Gia Hạn");
        leftCommittingBy(id, "node-a 1", clock.instant().minus(Duration.ofMinutes(5)));

        assertThat(leases.renew(id, "node-b 2")).isFalse();
        assertThat(leases.renew(id, "node-a 1")).isTrue();
        leases.recoverExpired(clock.instant());
        assertThat(statusOf(id)).as("renewed just now").isEqualTo("COMMITTING");
        jdbc.sql("update import_batch set status = 'CANCELLED' where id = :id").param("id", id).update();
    }

    @Test
    void aCommitThatLostItsLeaseToAnotherNodeWritesNothing() throws Exception {
        long id = preview("Lò Văn Mất Quyền Ghi");
        leftCommittingBy(id, "node-b 9999", clock.instant());
        UserDetails officer = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));

        ImportBatch outcome = commits.run(id, "node-a 0000");

        assertThat(outcome.status()).isEqualTo(ImportBatch.Status.COMMITTING);
        assertThat(people("Lò Văn Mất Quyền Ghi")).isZero();
        assertThat(jdbc.sql("select commit_owner from import_batch where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("node-b 9999");
        leases.recoverExpired(clock.instant().plus(Duration.ofMinutes(3)));
        SecurityContextHolder.clearContext();
        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        assertThat(people("Lò Văn Mất Quyền Ghi")).isEqualTo(1);
    }
}
