package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A rubric revision that cannot be used is sent back with every problem told in Vietnamese, nothing imported. */
@IntegrationTest
@Transactional
class RubricImportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    @Test
    void theImportFormListsEveryProblemOfTheDocument() throws Exception {
        String json = """
                {"code": "x", "nameVi": "Thử", "validFrom": "2026-01-01",
                 "definition": {"appliesTo": ["REGULAR"],
                   "items": [{"code": "A", "name": {"vi": "A"}, "maxPoints": 60, "manual": true}],
                   "grades": [{"code": "GOOD", "atLeast": 0}],
                   "strikeOff": {"unexcusedMonths": 3, "warnFrom": 2}, "memberContribution": {"minSpokenShare": 50}}}""";
        String page = mvc.perform(post("/meetings/rubrics").with(user(demo.user("admin"))).with(csrf()).param("json", json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(HtmlUtils.htmlUnescape(page)).contains("Thang điểm chưa hợp lệ:", "Mã thang điểm không hợp lệ: x",
                "Cần tên tiếng Việt và tiếng Anh.", "Tổng điểm tối đa phải là 100 (hiện là 60).");
    }
}
