package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The development and mentoring rules read as tables of named settings, not raw JSON with English keys. */
@IntegrationTest
class RulesPagesReadableTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    private String page(String url) throws Exception {
        return VietnameseWordingTest.visibleText(mvc.perform(get(url).with(user(demo.user("canbo"))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theDevelopmentRulesNameEachSettingAndShowDatesTheVietnameseWay() throws Exception {
        assertThat(page("/development/rules")).contains("Tuổi tối thiểu khi kết nạp (tháng) 216", "Thời gian dự bị (tháng) 12",
                "01/01/2026", "1-KNĐ: Đơn xin vào Đảng").doesNotContain("minAgeMonths", "2026-01-01");
    }

    @Test
    void theMentoringRulesNameEachSetting() throws Exception {
        assertThat(page("/mentoring/rules")).contains("Số người được dìu dắt tối đa của một người 4", "Số người của một tổ 3")
                .doesNotContain("maxMenteesPerMentor");
    }
}
