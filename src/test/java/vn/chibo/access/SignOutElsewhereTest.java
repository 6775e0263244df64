package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chibo.access.SignInBookkeepingTest.anAddress;
import static vn.chibo.access.SignInBookkeepingTest.login;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.shared.security.Role;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.SessionCookie;

/**
 * Sessions live in the database, shared by every node: a sign-in is a row there, and signing out everywhere else
 * deletes the account's other rows, so those sessions end on whichever node they next arrive at.
 */
@IntegrationTest
class SignOutElsewhereTest {

    private static final String PASSWORD = "Mat-khau-phien-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noUserLeftOver() {
        SecurityContextHolder.clearContext();
    }

    private String newAccount() {
        String username = "phien." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.SECRETARY, demo.personOf("bithu"), demo.sampleCell());
        return username;
    }

    private Cookie signIn(String username) throws Exception {
        return SessionCookie.of(mvc.perform(login(username, PASSWORD, anAddress())).andExpect(redirectedUrl("/")).andReturn());
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single();
    }

    @Test
    void aSignedInSessionIsARowOfTheSharedSessionStore() throws Exception {
        String username = newAccount();
        signIn(username);
        signIn(username);
        assertThat(sessionsOf(username)).isEqualTo(2);
    }

    @Test
    void signingOutEverywhereElseEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        String username = newAccount();
        Cookie here = signIn(username);
        Cookie phone = signIn(username);
        Cookie laptop = signIn(username);

        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/people").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/people").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/people").cookie(laptop)).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf(username)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SIGN_OUT_ELSEWHERE' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void signingOutElsewhereLeavesOtherAccountsSignedIn() throws Exception {
        String mine = newAccount();
        String theirs = newAccount();
        Cookie here = signIn(mine);
        Cookie other = signIn(theirs);
        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/people").cookie(other)).andExpect(status().isOk());
    }
}
