package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chibo.access.SignInBookkeepingTest.anAddress;
import static vn.chibo.access.SignInBookkeepingTest.login;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.shared.security.Role;
import vn.chibo.support.SessionCookie;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Failed sign-ins slow down the account and the client address with growing waits instead of a lock anyone can
 * trigger; a waiting account answers like an unknown name, and nobody else's failures end a live session.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final String PASSWORD = "dung-mat-khau-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Value("${chibo.security.throttle.account.free-failures:5}")
    int accountFreeFailures;
    @Value("${chibo.security.throttle.address.free-failures:20}")
    int addressFreeFailures;

    private String newAccount() {
        String username = "th." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.SECRETARY, demo.personOf("bithu"), demo.sampleCell());
        return username;
    }

    private void fail(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(login(username, "sai-" + i, anAddress())).andExpect(redirectedUrl("/login?error"));
        }
    }

    private Duration waitOf(String username) {
        OffsetDateTime until = jdbc.sql("select throttled_until from account where username = :u").param("u", username)
                .query(OffsetDateTime.class).single();
        return until == null ? Duration.ZERO : Duration.between(clock.instant(), until.toInstant());
    }

    /** Brings the account to a wait of two minutes, long enough for the rest of a test on a slow machine. */
    private void makeWait(String username) throws Exception {
        fail(username, accountFreeFailures);
        jdbc.sql("update account set failed_attempts = :n where username = :u")
                .param("n", accountFreeFailures + 6).param("u", username).update();
        waitIsOver(username);
        fail(username, 1);
        assertThat(waitOf(username)).isGreaterThan(Duration.ofMinutes(2));
    }

    /** Stands for waiting until the delay is over (the test clock cannot be moved forward). */
    private void waitIsOver(String username) {
        jdbc.sql("update account set throttled_until = :past where username = :u")
                .param("past", clock.instant().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC)).param("u", username).update();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordGetsTheAnswerOfAnUnknownName() throws Exception {
        String username = newAccount();
        makeWait(username);
        mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("khong.co." + username, PASSWORD, anAddress())).andExpect(redirectedUrl("/login?error"));
        String waiting = mvc.perform(get("/api/v1/organizations").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/organizations").with(httpBasic("khong.co." + username, PASSWORD)))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(waiting).isEqualTo(unknown);
    }

    @Test
    void whenTheWaitIsOverTheRightPasswordSignsIn() throws Exception {
        String username = newAccount();
        fail(username, accountFreeFailures);
        waitIsOver(username);
        mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() throws Exception {
        String username = newAccount();
        fail(username, accountFreeFailures);
        assertThat(waitOf(username)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
        waitIsOver(username);
        fail(username, 1);
        assertThat(waitOf(username)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        waitIsOver(username);
        fail(username, 1);
        assertThat(waitOf(username)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
        jdbc.sql("update account set failed_attempts = 60 where username = :u").param("u", username).update();
        waitIsOver(username);
        fail(username, 1);
        assertThat(waitOf(username)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void attemptsDuringTheWaitDoNotLengthenIt() throws Exception {
        String username = newAccount();
        makeWait(username);
        Duration before = waitOf(username);
        fail(username, 3);
        assertThat(jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(accountFreeFailures + 7);
        assertThat(waitOf(username)).isLessThanOrEqualTo(before);
    }

    @Test
    void othersFailuresNeverEndTheAccountsLiveSession() throws Exception {
        String username = newAccount();
        Cookie session = SessionCookie.of(mvc.perform(login(username, PASSWORD, anAddress()))
                .andExpect(redirectedUrl("/")).andReturn());
        fail(username, accountFreeFailures + 2);
        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void manyFailuresFromOneAddressMakeThatAddressWaitButNoOtherAddress() throws Exception {
        String username = newAccount();
        String address = anAddress();
        for (int i = 0; i < addressFreeFailures; i++) {
            mvc.perform(login("khong.co." + i + "." + username, "sai", address)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, PASSWORD, address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWaitingAccountTakesAboutAsLongToAnswerAsAnUnknownName() throws Exception {
        String username = newAccount();
        makeWait(username);
        long[] waiting = new long[7];
        long[] unknown = new long[7];
        for (int i = 0; i < waiting.length; i++) {
            long start = System.nanoTime();
            mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/login?error"));
            waiting[i] = System.nanoTime() - start;
            start = System.nanoTime();
            mvc.perform(login("khong.co." + username, PASSWORD, anAddress())).andExpect(redirectedUrl("/login?error"));
            unknown[i] = System.nanoTime() - start;
        }
        assertThat(median(waiting)).isGreaterThan(median(unknown) * 4 / 10);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void anAdministratorEndsTheWait() throws Exception {
        String username = newAccount();
        fail(username, accountFreeFailures + 4);
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/" + id + "/unlock").with(user(demo.user("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/"));
    }
}
