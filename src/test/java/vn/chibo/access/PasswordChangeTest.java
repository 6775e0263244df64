package vn.chibo.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chibo.access.SignInBookkeepingTest.anAddress;
import static vn.chibo.access.SignInBookkeepingTest.login;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.shared.security.Role;
import vn.chibo.support.SessionCookie;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The password policy (length in characters and bytes, common passwords, username, history, length by role) and sessions. */
@IntegrationTest
class PasswordChangeTest {

    private static final String FIRST = "Mat-khau-dau-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private String newAccount() {
        String username = "pw." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, FIRST, Role.SECRETARY, demo.personOf("bithu"), demo.sampleCell());
        return username;
    }

    private ResultActions change(String username, String current, String next) throws Exception {
        return mvc.perform(post("/account/password").with(user(demo.user(username))).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("confirmation", next));
    }

    private Cookie signIn(String username, String password) throws Exception {
        return SessionCookie.of(mvc.perform(login(username, password, anAddress())).andExpect(redirectedUrl("/"))
                .andReturn());
    }

    @Test
    void aPasswordOver72BytesIsExplainedInsteadOfAServerError() throws Exception {
        String username = newAccount();
        change(username, FIRST, "Mật-khẩu-rất-dài-" + "ệ".repeat(25)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("72 byte")));
    }

    @Test
    void aPasswordOver64CharactersIsRefused() throws Exception {
        String username = newAccount();
        change(username, FIRST, "Ab1-".repeat(17)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tối đa 64 ký tự")));
    }

    @Test
    void aCommonPasswordIsRefused() throws Exception {
        String username = newAccount();
        change(username, FIRST, "Password123").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("quá phổ biến")));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        String username = newAccount();
        change(username, FIRST, "x-" + username.toUpperCase() + "-2026").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không được chứa tên đăng nhập")));
    }

    @Test
    void theCurrentAndTheLastFivePasswordsAreRefused() throws Exception {
        String username = newAccount();
        change(username, FIRST, FIRST).andExpect(content().string(Matchers.containsString("đã dùng gần đây")));
        String current = FIRST;
        for (int i = 1; i <= 6; i++) {
            String next = "Lan-doi-thu-" + i + "-2026";
            change(username, current, next).andExpect(redirectedUrl("/"));
            current = next;
        }
        change(username, current, "Lan-doi-thu-2-2026").andExpect(content().string(Matchers.containsString("đã dùng gần đây")));
        change(username, current, FIRST).andExpect(redirectedUrl("/"));
    }

    @Test
    void officersNeedTwelveCharactersSecretariesEight() throws Exception {
        long person = demo.personOf("canbo");
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "cb." + UUID.randomUUID().toString().substring(0, 6)).param("password", "Xq7-pz9-Lm")
                        .param("role", "OFFICER").param("personId", String.valueOf(person))
                        .param("scopeOrgId", String.valueOf(demo.division())).param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ít nhất 12 ký tự")));
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "bt." + UUID.randomUUID().toString().substring(0, 6)).param("password", "Xq7-pz9-Lm")
                        .param("role", "SECRETARY").param("personId", String.valueOf(demo.personOf("bithu")))
                        .param("scopeOrgId", String.valueOf(demo.sampleCell())).param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/accounts"));
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        String username = newAccount();
        Cookie here = signIn(username, FIRST);
        Cookie elsewhere = signIn(username, FIRST);
        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", FIRST)
                .param("newPassword", "Mat-khau-moi-2026").param("confirmation", "Mat-khau-moi-2026")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/people").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/people").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        Cookie after = signIn(username, "Mat-khau-moi-2026");
        mvc.perform(get("/people").cookie(after)).andExpect(status().isOk());
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsSessions() throws Exception {
        String username = newAccount();
        Cookie session = signIn(username, FIRST);
        long id = jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/" + id).with(user(demo.user("admin"))).with(csrf())
                        .param("username", username).param("role", "SECRETARY").param("personId", String.valueOf(demo.personOf("bithu")))
                        .param("scopeOrgId", String.valueOf(demo.sampleCell())).param("enabled", "true")
                        .param("password", "Dat-lai-boi-quan-tri-2026")
                        .param("version", String.valueOf(demo.version("account", id))))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }
}
