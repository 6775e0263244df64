package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** One editor shell for the rules edited as JSON: the modules' addresses lead to it; revise, publish, retire. */
@IntegrationTest
@Transactional
class RuleDocumentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuleDocuments documents;

    private String page(String url, String account) throws Exception {
        return mvc.perform(get(url).with(user(demo.user(account)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theModulesRulesAddressesShowTheOneShell() throws Exception {
        assertThat(page("/mentoring/rules", "dangvien")).contains("rule-revision", "DIU_DAT_TO_3_NGUOI").doesNotContain("reviseRules");
        assertThat(page("/development/rules", "canbo")).contains("rule-revision", "PHAT_TRIEN_DANG", "reviseRules");
        assertThat(page("/rules/inspection", "canbo")).contains("rule-revision", "KTGS");
        mvc.perform(get("/rules/no-such-kind").with(user(demo.user("canbo")))).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerSavesADraftForHisSubtreeThenPublishesAndRetiresIt() throws Exception {
        mvc.perform(post("/mentoring/rules").with(user(demo.user("canbo.sudoan"))).with(csrf())
                        .param("code", "DIU_DAT_TO_3_NGUOI").param("yearFrom", String.valueOf(demo.today().getYear()))
                        .param("definition", "{\"maxMenteesPerMentor\": 2, \"groupSize\": 3, \"sessionEveryDays\": 30,"
                                + " \"reviewPeriodMonths\": 3}"))
                .andExpect(redirectedUrl("/mentoring/rules"));
        long draft = jdbc.sql("select id from rulebook where kind = 'MENTORING' and status = 'DRAFT' and owner_org_id = :o")
                .param("o", demo.division()).query(Long.class).single();

        mvc.perform(post("/rules/mentoring/" + draft + "/publish").with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(redirectedUrl("/rules/mentoring"));
        assertThat(documents.find(draft).orElseThrow().getStatus()).isEqualTo(Rulebook.Status.PUBLISHED);
        mvc.perform(post("/rules/mentoring/" + draft + "/retire").with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(redirectedUrl("/rules/mentoring"));
        assertThat(documents.find(draft).orElseThrow().getStatus()).isEqualTo(Rulebook.Status.RETIRED);
        long shipped = jdbc.sql("select id from rulebook where kind = 'MENTORING' and created_by = 'system'").query(Long.class).single();
        mvc.perform(post("/rules/mentoring/" + shipped + "/retire").with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
