package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.shared.security.Role;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Sign-in bookkeeping: one normalized username for lookup, counting and audit; a failed audit write never loses
 * the failure count; concurrent sign-ins of one account are all recorded.
 */
@IntegrationTest
class SignInBookkeepingTest {

    private static final String IDEOGRAPHIC_SPACE = "\u3000";
    private static final String NO_BREAK_SPACE = "\u00A0";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    static String anAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
    }

    private String newAccount(String password) {
        String username = "bk." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, password, Role.SECRETARY, demo.personOf("bithu"), demo.sampleCell());
        return username;
    }

    private int failures(String username) {
        return jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
                .query(Integer.class).single();
    }

    private long audits(String action, String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and actor = :u")
                .param("a", action).param("u", actor).query(Long.class).single();
    }

    @Test
    void aNamePaddedWithIdeographicSpacesIsCountedAndAuditedUnderTheAccountName() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        String padded = IDEOGRAPHIC_SPACE.repeat(120) + username + IDEOGRAPHIC_SPACE.repeat(3);
        mvc.perform(login(padded, "sai", anAddress())).andExpect(redirectedUrl("/login?error"));
        assertThat(failures(username)).isEqualTo(1);
        assertThat(audits("LOGIN_FAILED", username)).isEqualTo(1);
    }

    @Test
    void aNamePaddedWithSpacesOverHttpBasicIsCountedAndAudited() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        mvc.perform(get("/api/v1/organizations").with(httpBasic(" ".repeat(150) + username, "sai")))
                .andExpect(status().isUnauthorized());
        assertThat(failures(username)).isEqualTo(1);
        assertThat(audits("LOGIN_FAILED", username)).isEqualTo(1);
    }

    @Test
    void aNamePaddedWithNoBreakSpacesAndInAnotherCaseSignsIn() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        mvc.perform(login(NO_BREAK_SPACE + username.toUpperCase() + NO_BREAK_SPACE, "dung-mat-khau-1", anAddress()))
                .andExpect(redirectedUrl("/"));
        assertThat(audits("LOGIN", username)).isEqualTo(1);
    }

    @Test
    void anOverlongUnknownNameIsAuditedWithoutFailing() throws Exception {
        String name = "khong-co-" + "x".repeat(300);
        mvc.perform(login(name, "sai", anAddress())).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor like 'khong-co-xxx%'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theFailureIsCountedEvenWhenItsAuditRecordCannotBeWritten() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        jdbc.sql("alter table audit_entry add constraint test_refuse_actor check (actor <> '" + username + "')").update();
        try {
            mvc.perform(login(username, "sai", anAddress())).andExpect(redirectedUrl("/login?error"));
        } finally {
            jdbc.sql("alter table audit_entry drop constraint test_refuse_actor").update();
        }
        assertThat(failures(username)).isEqualTo(1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void concurrentSignInsOfOneAccountAreAllRecorded(CapturedOutput log) throws Exception {
        String username = newAccount("dung-mat-khau-1");
        jdbc.sql("update account set failed_attempts = 2 where username = :u").param("u", username).update();
        long version = jdbc.sql("select version from account where username = :u").param("u", username)
                .query(Long.class).single();
        int signIns = 8;
        ExecutorService pool = Executors.newFixedThreadPool(signIns);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < signIns; i++) {
                attempts.add(() -> mvc.perform(login(username, "dung-mat-khau-1", anAddress()))
                        .andReturn().getResponse().getRedirectedUrl());
            }
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                assertThat(outcome.get()).isEqualTo("/");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audits("LOGIN", username)).isEqualTo(signIns);
        assertThat(failures(username)).isZero();
        assertThat(jdbc.sql("select last_login_at from account where username = :u").param("u", username)
                .query(java.time.OffsetDateTime.class).single()).isNotNull();
        // bookkeeping is atomic SQL, never a versioned save of the account: nothing to collide, nothing logged
        assertThat(jdbc.sql("select version from account where username = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(version);
        assertThat(log.getAll()).doesNotContain("Sign-in count not recorded").doesNotContain("audit record not written")
                .doesNotContainIgnoringCase("optimistic");
    }

    @Test
    void concurrentFailuresOfOneAccountAreEachCountedOrRefusedAndAllAudited() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                tries.add(() -> mvc.perform(login(username, "sai", anAddress())).andReturn().getResponse().getRedirectedUrl());
            }
            for (Future<String> outcome : pool.invokeAll(tries)) {
                assertThat(outcome.get()).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audits("LOGIN_FAILED", username)).isEqualTo(failures(username));
        assertThat(audits("LOGIN_FAILED", username) + audits("LOGIN_THROTTLED", username)).isEqualTo(attempts);
    }

    @Test
    void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
        String username = newAccount("dung-mat-khau-1");
        jdbc.sql("update account set enabled = false where username = :u").param("u", username).update();
        mvc.perform(login(username, "sai", anAddress())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, "dung-mat-khau-1", anAddress())).andExpect(redirectedUrl("/login?disabled"));
    }
}
