package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Production start: no demo data, no demo accounts, one administrator from the environment. */
@SpringBootTest(properties = {"chibo.demo.enabled=false", "chibo.security.admin-username=quantri",
        "chibo.security.admin-password=Mat-khau-rat-dai-2026"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsOnlyTheConfiguredAdministratorAndNoDemo() throws Exception {
        assertThat(jdbc.sql("select username from account").query(String.class).list()).containsExactly("quantri");
        assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isZero();
        mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("quantri").password("Mat-khau-rat-dai-2026")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("demoAccounts"))));
    }
}
