package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.access.internal.ApiTokens;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * API access tokens: a tool that brings {@code Authorization: Bearer} acts as the token's account, with exactly its scope
 * (another branch's data is a 404), until the token expires, is revoked or the account is disabled; only a hash is kept,
 * the secret is shown once, and issuing and revoking are audited.
 */
@IntegrationTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void removeTokens() {
        jdbc.sql("update account set enabled = true where username = 'bithu'").update();
        jdbc.sql("delete from api_token").update();
    }

    String issue(String username, String name) {
        demo.signIn(username);
        try {
            return tokens.issue(name, 90).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTokenActsAsItsAccountWithinItsScopeOnly() throws Exception {
        String secret = issue("bithu", "Đồng bộ chi bộ");
        long mine = demo.massIn(demo.sampleCell());
        long elsewhere = demo.massIn(demo.cellOutsideDivision());
        mvc.perform(get("/api/v1/people/" + mine).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(mine));
        mvc.perform(get("/api/v1/people/" + elsewhere).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people").param("q", "a").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void aWriteWithATokenAndNoSessionNeedsNoCsrfTokenAndNoSessionIsOpened() throws Exception {
        String secret = issue("canbo", "Nhập liệu");
        var result = mvc.perform(post("/api/v1/people").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void unknownRevokedExpiredTokensAndADisabledAccountGetTheApisUnauthorizedProblem() throws Exception {
        long person = demo.massIn(demo.sampleCell());
        mvc.perform(get("/api/v1/people/" + person).header("Authorization", "Bearer chibo_notatoken"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String revoked = issue("bithu", "Thu hồi");
        demo.signIn("bithu");
        tokens.revoke(tokens.mine().get(0).id());
        SecurityContextHolder.clearContext();
        mvc.perform(get("/api/v1/people/" + person).header("Authorization", "Bearer " + revoked))
                .andExpect(status().isUnauthorized());

        String expired = issue("bithu", "Hết hạn");
        jdbc.sql("update api_token set expires_at = :at where name = 'Hết hạn'")
                .param("at", Timestamp.from(demo.now().minusSeconds(1))).update();
        mvc.perform(get("/api/v1/people/" + person).header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized());

        String usable = issue("bithu", "Tài khoản bị khóa");
        mvc.perform(get("/api/v1/people/" + person).header("Authorization", "Bearer " + usable)).andExpect(status().isOk());
        jdbc.sql("update account set enabled = false where username = 'bithu'").update();
        mvc.perform(get("/api/v1/people/" + person).header("Authorization", "Bearer " + usable))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onlyTheSecretsHashIsKeptAndItsUseIsStamped() throws Exception {
        String secret = issue("bithu", "Băm");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like :s or token_prefix = :s")
                .param("s", secret).query(Long.class).single()).isZero();
        assertThat(secret).startsWith("chibo_").hasSizeGreaterThan(40);
        mvc.perform(get("/api/v1/people/" + demo.massIn(demo.sampleCell())).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select last_used_at from api_token where name = 'Băm'").query(Timestamp.class).single()).isNotNull();
    }

    @Test
    void issuingAndRevokingAreAuditedAndAnotherAccountsTokenIsNotFound() {
        issue("bithu", "Của bí thư");
        demo.signIn("bithu");
        long id = tokens.mine().get(0).id();
        SecurityContextHolder.clearContext();
        demo.signIn("canbo");
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(NotFoundException.class);
        assertThat(tokens.mine()).isEmpty();
        SecurityContextHolder.clearContext();
        demo.signIn("bithu");
        tokens.revoke(id);
        tokens.revoke(id); // twice changes nothing
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ApiToken' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void aTokenNeedsANameAndAValidityOfAtMostAYear() {
        demo.signIn("bithu");
        assertThatThrownBy(() -> tokens.issue("  ", 90)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> tokens.issue("Quá hạn", 366)).isInstanceOf(BusinessRuleException.class);
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void thePageShowsTheSecretOnceAndNeverKeepsItInTheSession() throws Exception {
        var issued = mvc.perform(post("/account/api-tokens").with(user(demo.user("bithu"))).with(csrf())
                        .param("name", "Trang").param("validDays", "30"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
        String page = issued.getResponse().getContentAsString();
        assertThat(page).contains("id=\"issuedSecret\"").contains("Authorization: Bearer chibo_");
        String again = mvc.perform(get("/account/api-tokens").with(user(demo.user("bithu"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain("issuedSecret").contains("Trang").contains("Đang dùng được");
    }
}
