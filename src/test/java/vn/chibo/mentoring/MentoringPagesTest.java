package vn.chibo.mentoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.SessionCookie;

/** The mentoring pages and API for each demo account, inside and outside its scope: 200, 403 or 404. */
@IntegrationTest
@Transactional
class MentoringPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long cell;
    long outside;
    long division;
    long group;
    long outsideGroup;

    @BeforeEach
    void findDemoRecords() {
        cell = demo.sampleCell();
        outside = demo.cellOutsideDivision();
        division = demo.division();
        group = jdbc.sql("select min(id) from mentoring_group where mentor_person_id = :p and ended_on is null")
                .param("p", demo.personOf("dangvien")).query(Long.class).single();
        outsideGroup = jdbc.sql("select min(id) from mentoring_group where organization_id = :c").param("c", outside)
                .query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /mentoring/board?org={division}, 200", "canbo, /mentoring/board?org={division}, 200",
            "canbo.sudoan, /mentoring/board?org={division}, 200", "kiemtra, /mentoring/board?org={division}, 200",
            "bithu, /mentoring/board?org={division}, 404", "dangvien, /mentoring/board?org={division}, 404",
            "bithu, /mentoring/board?org={cell}, 200", "canbo.sudoan, /mentoring/board?org={outside}, 404",
            "canbo, /mentoring/board?org={outside}, 200", "bithu, /mentoring/board, 200", "dangvien, /mentoring/board, 404",
            "bithu, /mentoring/organizations/{cell}, 200", "kiemtra, /mentoring/organizations/{cell}, 200",
            "dangvien, /mentoring/organizations/{cell}, 404", "canbo.sudoan, /mentoring/organizations/{outside}, 404",
            "canbo, /mentoring/organizations/{outside}, 200", "bithu, /mentoring/organizations/999999, 404",
            "bithu, /mentoring/organizations/{cell}/plan, 200", "canbo.sudoan, /mentoring/organizations/{cell}/plan, 200",
            "kiemtra, /mentoring/organizations/{cell}/plan, 403", "dangvien, /mentoring/organizations/{cell}/plan, 404",
            "canbo.sudoan, /mentoring/organizations/{outside}/plan, 404",
            "dangvien, /mentoring/groups/{group}, 200", "bithu, /mentoring/groups/{group}, 200", "kiemtra, /mentoring/groups/{group}, 200",
            "canbo.sudoan, /mentoring/groups/{outsideGroup}, 404", "dangvien, /mentoring/groups/{outsideGroup}, 404",
            "bithu, /mentoring/groups/{outsideGroup}, 404", "canbo, /mentoring/groups/{outsideGroup}, 200",
            "dangvien, /mentoring/mine, 200", "bithu, /mentoring/mine, 200", "dangvien, /mentoring/rules, 200",
            "dangvien, /api/v1/mentoring/groups/{group}, 200", "dangvien, /api/v1/mentoring/groups/{outsideGroup}, 404",
            "canbo.sudoan, /api/v1/mentoring/groups/{outsideGroup}/sessions, 404", "dangvien, /api/v1/mentoring/mine, 200",
            "bithu, /api/v1/mentoring/organizations/{cell}/plan, 200", "kiemtra, /api/v1/mentoring/organizations/{cell}/plan, 403",
            "canbo.sudoan, /api/v1/mentoring/organizations/{outside}/board, 404", "canbo, /api/v1/mentoring/organizations/{outside}/board, 200",
            "bithu, /api/v1/mentoring/organizations/{cell}/groups, 200", "dangvien, /api/v1/mentoring/organizations/{cell}/groups, 404"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} logs a session of {1} → {2}")
    @CsvSource({"dangvien, {group}, 302", "bithu, {group}, 302", "kiemtra, {group}, 403", "canbo.sudoan, {outsideGroup}, 404",
            "dangvien, {outsideGroup}, 404"})
    void onlyTheMentorOrThoseWhoManageTheCellLogSessions(String account, String target, int expected) throws Exception {
        mvc.perform(post(resolve("/mentoring/groups/" + target + "/sessions")).with(user(demo.user(account))).with(csrf())
                        .param("heldOn", demo.today().toString()).param("topics", "TASKS"))
                .andExpect(status().is(expected));
    }

    @Test
    void aSessionWithoutTopicIsRefusedKeepingWhatWasTyped() throws Exception {
        var result = mvc.perform(post("/mentoring/groups/" + group + "/sessions").with(user(demo.user("dangvien"))).with(csrf())
                        .param("heldOn", demo.today().toString()).param("difficultiesRaised", "Chiến sĩ mới nhớ nhà").param("back", "mine"))
                .andExpect(redirectedUrl("/mentoring/mine"))
                .andExpect(flash().attribute("errorKey", "mentoring.session.error.topics")).andReturn();
        mvc.perform(get("/mentoring/mine").with(user(demo.user("dangvien"))).with(SessionCookie.carriedFrom(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một nội dung")))
                .andExpect(content().string(containsString("Chiến sĩ mới nhớ nhà")));
    }

    @Test
    void aMentorsAwardIsTheRegistersRecordShownOnTheCellPageTheMomentItIsRecorded() throws Exception {
        long mentor = jdbc.sql("select min(person_id) from mentor where organization_id = :c").param("c", cell).query(Long.class).single();
        jdbc.sql("delete from mentoring_outcome where award_record_id in (select id from award_record where person_id = :p)")
                .param("p", mentor).update();
        jdbc.sql("delete from award_record where person_id = :p").param("p", mentor).update();
        int before = badges(mvc.perform(get("/mentoring/organizations/" + cell).with(user(demo.user("bithu"))))
                .andExpect(status().isOk()).andReturn());
        jdbc.sql("""
                        insert into award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key, sort_key,
                            award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at, updated_at)
                        select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, 'CERTIFICATE_OF_MERIT',
                            'UPPER', '31-QĐ/ĐU', :on, 'Dìu dắt quần chúng tiến bộ', 'canbo', :at, :at from person p where p.id = :p""")
                .param("p", mentor).param("on", demo.today().minusDays(3)).param("at", java.sql.Timestamp.from(demo.now())).update();
        long award = jdbc.sql("select id from award_record where person_id = :p").param("p", mentor).query(Long.class).single();
        String label = demo.today().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var after = mvc.perform(get("/mentoring/organizations/" + cell).with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/recognition/awards/" + award + "\">Bằng khen ngày " + label)))
                .andReturn();
        org.assertj.core.api.Assertions.assertThat(badges(after)).isEqualTo(before + 1);
    }

    private static int badges(org.springframework.test.web.servlet.MvcResult page) throws Exception {
        return page.getResponse().getContentAsString().split("mentor-award", -1).length - 1;
    }

    @Test
    void theCellPageWarnsOfUnmentoredMassesAndTheBoardDrillsDown() throws Exception {
        mvc.perform(get("/mentoring/organizations/" + cell).with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổ 3 người –")))
                .andExpect(content().string(containsString("id=\"openPlan\"")));
        mvc.perform(get("/mentoring/organizations/" + cell).with(user(demo.user("kiemtra"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"openPlan\""))));
        mvc.perform(get("/mentoring/board?org=" + division).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Buổi sinh hoạt trong kỳ")))
                .andExpect(content().string(containsString("/mentoring/board?org=")));
    }

    @Test
    void theRegionPageListsTheGroupsOfItsSubOrganizationsPaged() throws Exception {
        long region = demo.scopeOf("canbo");
        String path = demo.pathOf(region);
        long inSubtree = jdbc.sql("select count(*) from mentoring_group where ended_on is null and org_path like :p")
                .param("p", path + "%").query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(inSubtree).as("demo groups under the region").isGreaterThan(50);
        String firstGroup = "/mentoring/groups/" + jdbc.sql("select id from mentoring_group where ended_on is null and org_path like :p"
                + " order by org_path, id limit 1").param("p", path + "%").query(Long.class).single();
        mvc.perform(get("/mentoring/organizations/" + region).with(user(demo.user("canbo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổ đang hoạt động (" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(inSubtree) + ")")))
                .andExpect(content().string(not(containsString("Chưa có tổ 3 người"))))
                .andExpect(content().string(containsString("id=\"subtreeNote\"")))
                .andExpect(content().string(containsString(firstGroup)))
                .andExpect(content().string(containsString("?page=1")));
        mvc.perform(get("/mentoring/organizations/" + region).param("page", "1").with(user(demo.user("canbo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(firstGroup + "\""))));
    }

    private String resolve(String url) {
        return url.replace("{cell}", String.valueOf(cell)).replace("{outside}", String.valueOf(outside))
                .replace("{division}", String.valueOf(division)).replace("{outsideGroup}", String.valueOf(outsideGroup))
                .replace("{group}", String.valueOf(group));
    }
}
