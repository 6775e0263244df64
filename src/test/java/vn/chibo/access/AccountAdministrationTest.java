package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** System administrators create and change accounts; the new account is bound to its person and scope. */
@IntegrationTest
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesASecretaryAccountThatIsScopedToItsCell() throws Exception {
        long cell = demo.cellOutsideDivision();
        long person = jdbc.sql("select person_id from leadership_role where organization_id = :c and role = 'SECRETARY'")
                .param("c", cell).query(Long.class).single();
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "bithu.xa").param("password", "Bi-thu-xa-2026").param("role", "SECRETARY")
                        .param("personId", String.valueOf(person)).param("scopeOrgId", String.valueOf(cell)).param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin("/login").user("bithu.xa").password("Bi-thu-xa-2026")).andExpect(redirectedUrl("/"));
        ChiboUser created = (ChiboUser) demo.user("bithu.xa");
        assertThat(created.scopeOrganizationId()).isEqualTo(cell);
        assertThat(created.personId()).isEqualTo(person);
        assertThat(created.canSee(demo.pathOf(demo.sampleCell()))).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Account' and action = 'CREATE' and summary = 'bithu.xa'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aTakenUsernameOrAWeakPasswordIsExplainedInVietnamese() throws Exception {
        long person = demo.personOf("bithu");
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "bithu").param("password", "Mat-khau-dai-2026").param("role", "SECRETARY")
                        .param("personId", String.valueOf(person)).param("scopeOrgId", String.valueOf(demo.sampleCell())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập đã có người dùng.")));
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "moi.tinh").param("password", "ngan").param("role", "SECRETARY")
                        .param("personId", String.valueOf(person)).param("scopeOrgId", String.valueOf(demo.sampleCell())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ít nhất 8 ký tự")));
        mvc.perform(post("/admin/accounts").with(user(demo.user("admin"))).with(csrf())
                        .param("username", "khong.pham.vi").param("password", "Mat-khau-dai-2026").param("role", "OFFICER")
                        .param("personId", String.valueOf(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chọn tổ chức làm phạm vi quản lý")));
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(post("/admin/accounts").with(user(demo.user("canbo"))).with(csrf()).param("username", "x"))
                .andExpect(status().isForbidden());
    }
}
