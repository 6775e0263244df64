package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.shared.security.Role;
import vn.chibo.support.SessionCookie;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

@IntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private String newAccount(String password) {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, password, Role.SECRETARY, demo.personOf("bithu"), demo.sampleCell());
        return username;
    }

    @Test
    void theDemoAdministratorSignsInWithDemo() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithAnErrorAndIsAudited() throws Exception {
        String username = newAccount("dung-mat-khau");
        mvc.perform(formLogin("/login").user(username).password("sai")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void fiveFailuresInARowMakeTheNextAttemptWaitEvenForTheRightPassword() throws Exception {
        String username = newAccount("dung-mat-khau");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password("dung-mat-khau")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "dung-mat-khau"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCountAndIsAudited() throws Exception {
        String username = newAccount("dung-mat-khau");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("sai"));
        }
        mvc.perform(formLogin("/login").user(username).password("dung-mat-khau")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select failed_attempts from account where username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where action = 'LOGOUT' and actor = 'bithu'").query(Long.class).single();
        mvc.perform(post("/logout").with(user(demo.user("bithu"))).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGOUT' and actor = 'bithu'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void aSessionFollowsTheAccountWhenAnAdministratorChangesIt() throws Exception {
        String username = newAccount("dung-mat-khau");
        var session = SessionCookie.of(mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
                .andExpect(redirectedUrl("/")).andReturn());
        mvc.perform(get("/people/" + demo.massIn(demo.sampleCell())).cookie(session)).andExpect(status().isOk());
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/" + id).with(user(demo.user("admin"))).with(csrf())
                        .param("username", username).param("role", "SECRETARY").param("personId", String.valueOf(demo.personOf("bithu")))
                        .param("scopeOrgId", String.valueOf(demo.cellOutsideDivision())).param("enabled", "true")
                        .param("version", String.valueOf(jdbc.sql("select version from account where id = :id").param("id", id)
                                .query(Long.class).single())))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/people/" + demo.massIn(demo.sampleCell())).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + demo.massIn(demo.cellOutsideDivision())).cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/accounts/" + id).with(user(demo.user("admin"))).with(csrf())
                        .param("username", username).param("role", "SECRETARY").param("personId", String.valueOf(demo.personOf("bithu")))
                        .param("scopeOrgId", String.valueOf(demo.cellOutsideDivision())).param("_enabled", "on")
                        .param("version", String.valueOf(jdbc.sql("select version from account where id = :id").param("id", id)
                                .query(Long.class).single())))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void pagesNeedSignInAndFormsNeedACsrfToken() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/1").with(user(demo.user("admin")))).andExpect(status().isForbidden());
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
    }

    @Test
    void pagesSendSecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")));
    }

    @Test
    void theLoginPageListsTheDemoAccounts() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("canbo.sudoan")));
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndThePolicy() throws Exception {
        String username = newAccount("mat-khau-cu-1");
        var principal = demo.user(username);
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", "sai").param("newPassword", "mat-khau-moi-1").param("confirmation", "mat-khau-moi-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng")));
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", "mat-khau-cu-1").param("newPassword", "ngan").param("confirmation", "ngan"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ít nhất 8 ký tự")));
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", "mat-khau-cu-1").param("newPassword", "mat-khau-moi-1").param("confirmation", "mat-khau-moi-1"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(username).password("mat-khau-moi-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aFragmentAskedForWithoutASessionOpensTheSignInPageAndIsNotWhereTheUserWasHeaded() throws Exception {
        var poll = mvc.perform(get("/notifications/bell").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?ended"))
                .andReturn();
        assertThat(poll.getResponse().getCookie(SessionCookie.NAME)).as("a poll without a session opens none").isNull();
        mvc.perform(get("/login").param("ended", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Phiên làm việc đã kết thúc")));
    }

    @Test
    void aPageAskedForWithoutASessionIsWhereTheSignInLeads() throws Exception {
        var asked = mvc.perform(get("/meetings")).andExpect(redirectedUrl("/login")).andReturn();
        String signedIn = mvc.perform(post("/login").cookie(SessionCookie.of(asked)).with(csrf())
                        .param("username", "bithu").param("password", "demo"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(signedIn).endsWith("/meetings?continue");
    }
}
