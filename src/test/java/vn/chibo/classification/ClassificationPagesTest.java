package vn.chibo.classification;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.SessionCookie;

/** The classification pages for each account: what each may see and do, in Vietnamese, and 404 outside the scope. */
@IntegrationTest
@Transactional
class ClassificationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long round;
    long cellEntry;
    long memberEntry;
    long outsideEntry;
    String cellGroup;
    String outsideGroup;

    @BeforeEach
    void findDemoRound() {
        round = jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear())
                .query(Long.class).single();
        cellEntry = entry("ORGANIZATION", demo.sampleCell());
        memberEntry = entry("MEMBER", demo.personOf("dangvien"));
        outsideEntry = entry("ORGANIZATION", demo.cellOutsideDivision());
        cellGroup = group(cellEntry);
        outsideGroup = group(outsideEntry);
    }

    long entry(String kind, long subject) {
        return jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = :k and subject_id = :s")
                .param("r", round).param("k", kind).param("s", subject).query(Long.class).single();
    }

    String group(long entry) {
        return jdbc.sql("select quota_group from classification_entry where id = :id").param("id", entry).query(String.class).single();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /classification, 200", "canbo, /classification, 200", "bithu, /classification, 200",
            "dangvien, /classification, 200", "kiemtra, /classification, 200",
            "canbo, /classification/new, 200", "bithu, /classification/new, 403", "dangvien, /classification/new, 403",
            "canbo, /classification/{round}, 200", "canbo.sudoan, /classification/{round}, 200", "bithu, /classification/{round}, 200",
            "dangvien, /classification/{round}, 200",
            "canbo.sudoan, /classification/entries/{cell}, 200", "bithu, /classification/entries/{cell}, 200",
            "dangvien, /classification/entries/{cell}, 404", "dangvien, /classification/entries/{member}, 200",
            "canbo, /classification/entries/{outside}, 200", "canbo.sudoan, /classification/entries/{outside}, 404",
            "kiemtra, /classification/entries/{outside}, 404", "bithu, /classification/entries/{outside}, 404",
            "canbo.sudoan, /classification/{round}/groups/{cellGroup}, 200", "kiemtra, /classification/{round}/groups/{cellGroup}, 200",
            "bithu, /classification/{round}/groups/{cellGroup}, 404", "canbo.sudoan, /classification/{round}/groups/{outsideGroup}, 404",
            "canbo, /classification/{round}/groups/{outsideGroup}, 200", "canbo, /classification/999999, 404"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} self-classifies {1} → {2}")
    @CsvSource({"bithu, {cell}, /classification.selfClassified", "dangvien, {member}, /classification.selfClassified",
            "dangvien, {cell}, 404", "canbo.sudoan, {outside}, 404", "kiemtra, {cell}, 403"})
    void onlyTheSubjectOrThoseAboveItSelfClassify(String account, String entry, String expected) throws Exception {
        String url = resolve("/classification/entries/" + entry + "/self");
        long id = Long.parseLong(url.replaceAll("\\D+", " ").trim().split(" ")[0]);
        var request = post(url).with(user(demo.user(account))).with(csrf()).param("score", "86,5").param("exceedingShare", "10")
                .param("lateTaskShare", "0").param("targetsMetShare", "90").param("disciplinedSubordinatesShare", "0")
                .param("version", String.valueOf(demo.version("classification_entry", id)));
        if (expected.startsWith("/")) {
            mvc.perform(request).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/classification/entries/" + id))
                    .andExpect(flash().attribute("message", expected.substring(1)));
        } else {
            mvc.perform(request).andExpect(status().is(Integer.parseInt(expected)));
        }
    }

    @Test
    void aWrongFormKeepsWhatWasTypedAndMarksEveryField() throws Exception {
        var result = mvc.perform(post("/classification/entries/" + cellEntry + "/self").with(user(demo.user("bithu"))).with(csrf())
                        .param("score", "120").param("exceedingShare", "abc")
                        .param("version", String.valueOf(demo.version("classification_entry", cellEntry))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("org.springframework.validation.BindingResult.form", "form")).andReturn();
        mvc.perform(get("/classification/entries/" + cellEntry).with(user(demo.user("bithu")))
                        .with(SessionCookie.carriedFrom(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị phải từ 0 đến 100")))
                .andExpect(content().string(containsString("Không phải là số")))
                .andExpect(content().string(containsString("value=\"120\"")));
    }

    @Test
    void theDecisionScreenShowsTheQuotaOfTheGroup() throws Exception {
        mvc.perform(get("/classification/" + round + "/groups/" + cellGroup).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn mức xuất sắc")))
                .andExpect(content().string(containsString("data-quota-share=\"0.2")));
    }

    @Test
    void anInspectorMayViewButNotDecide() throws Exception {
        mvc.perform(post("/classification/" + round + "/groups/" + cellGroup + "/decide").with(user(demo.user("kiemtra"))).with(csrf())
                        .param("decisionNumber", "1-QĐ").param("decisionDate", demo.today().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStartPageShowsTheRoundsToOfficersAndTheirOwnClassificationToMembers() throws Exception {
        int year = demo.today().getYear();
        mvc.perform(get("/").with(user(demo.user("canbo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"classificationCard\"")))
                .andExpect(content().string(containsString("Xếp loại chất lượng năm " + (year - 1))))
                .andExpect(content().string(containsString("tốt trở lên")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"classificationCard\".*\\d+/\\d+ đã quyết định.*")));
        mvc.perform(get("/").with(user(demo.user("dangvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"myClassificationCard\"")))
                .andExpect(content().string(containsString("/classification/entries/" + memberEntry)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"classificationCard\""))));
    }

    private String resolve(String url) {
        return url.replace("{round}", String.valueOf(round)).replace("{cell}", String.valueOf(cellEntry))
                .replace("{member}", String.valueOf(memberEntry)).replace("{outside}", String.valueOf(outsideEntry))
                .replace("{cellGroup}", cellGroup).replace("{outsideGroup}", outsideGroup);
    }
}
