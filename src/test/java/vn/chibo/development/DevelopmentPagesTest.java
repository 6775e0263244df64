package vn.chibo.development;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** The party development pages and API for each demo account, inside and outside its scope: 200, 403 or 404. */
@IntegrationTest
@Transactional
class DevelopmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long cell;
    long outside;
    long division;
    long candidate;
    long outsideCandidate;

    @BeforeEach
    void findDemoRecords() {
        cell = demo.sampleCell();
        outside = demo.cellOutsideDivision();
        division = demo.division();
        // not the demo member's own record, which he may read
        candidate = jdbc.sql("select min(id) from development_candidate where organization_id = :c and person_id <> :me")
                .param("c", cell).param("me", demo.personOf("dangvien")).query(Long.class).single();
        outsideCandidate = jdbc.sql("select min(id) from development_candidate where org_path not like :p")
                .param("p", demo.pathOf(division) + "%").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /development/board?org={division}, 200", "canbo, /development/board?org={division}, 200",
            "canbo.sudoan, /development/board?org={division}, 200", "kiemtra, /development/board?org={division}, 200",
            "bithu, /development/board?org={division}, 404", "dangvien, /development/board?org={cell}, 404",
            "bithu, /development/board?org={cell}, 200", "canbo.sudoan, /development/board?org={outside}, 404",
            "bithu, /development/organizations/{cell}/candidates, 200", "kiemtra, /development/organizations/{cell}/candidates, 200",
            "dangvien, /development/organizations/{cell}/candidates, 404",
            "canbo.sudoan, /development/organizations/{outside}/candidates, 404",
            "bithu, /development/candidates/{candidate}, 200", "canbo.sudoan, /development/candidates/{candidate}, 200",
            "kiemtra, /development/candidates/{candidate}, 200", "dangvien, /development/candidates/{candidate}, 404",
            "canbo.sudoan, /development/candidates/{outsideCandidate}, 404", "canbo, /development/candidates/{outsideCandidate}, 200",
            "bithu, /development/candidates/999999, 404", "bithu, /development/candidates/{candidate}/dossier.docx, 200",
            "canbo.sudoan, /development/candidates/{outsideCandidate}/dossier.docx, 404",
            "dangvien, /development/rules, 200", "bithu, /development, 302",
            "bithu, /api/v1/development/candidates/{candidate}, 200", "dangvien, /api/v1/development/candidates/{candidate}, 404",
            "canbo.sudoan, /api/v1/development/candidates/{outsideCandidate}/timeline, 404",
            "canbo.sudoan, /api/v1/development/organizations/{division}/board, 200",
            "bithu, /api/v1/development/organizations/{division}/board, 404",
            "kiemtra, /api/v1/development/organizations/{cell}/candidates, 200"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} opens a record for a mass of {1} → {2}")
    @CsvSource({"bithu, {cell}, 302", "kiemtra, {cell}, 403", "dangvien, {cell}, 404", "canbo.sudoan, {outside}, 404"})
    void onlyThoseWhoChangePeopleOpenRecordsInTheirScope(String account, String org, int expected) throws Exception {
        long orgId = Long.parseLong(resolve(org));
        long mass = jdbc.sql("select min(p.id) from person p where p.organization_id = :c and p.party_status = 'MASS'"
                + " and not exists (select 1 from development_candidate d where d.person_id = p.id)").param("c", orgId)
                .query(Long.class).single();
        mvc.perform(post("/development/organizations/" + orgId + "/candidates").with(user(demo.user(account))).with(csrf())
                        .param("personId", String.valueOf(mass)))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} records a committee step → {1}")
    @CsvSource({"bithu, 403", "kiemtra, 403", "dangvien, 404"})
    void committeeStepsAreForOfficers(String account, int expected) throws Exception {
        mvc.perform(post("/development/candidates/" + candidate + "/steps/COMMITTEE_RESOLVED").with(user(demo.user(account)))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().is(expected));
    }

    @Test
    void aRefusedStepShowsTheReasonInVietnamese() throws Exception {
        long resolved = jdbc.sql("select min(id) from development_candidate where org_path like :p and stage = 'CANDIDATE'")
                .param("p", demo.pathOf(division) + "%").query(Long.class).single();
        long version = demo.version("development_candidate", resolved);
        var result = mvc.perform(post("/development/candidates/" + resolved + "/steps/CELL_RESOLVED").with(user(demo.user("canbo.sudoan")))
                        .with(csrf()).param("version", String.valueOf(version)).param("votesFor", "1").param("officialMembers", "9"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errorKey")).andReturn();
        mvc.perform(get("/development/candidates/" + resolved).with(user(demo.user("canbo.sudoan"))).with(SessionCookie.carriedFrom(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-danger")))
                .andExpect(content().string(containsString("value=\"9\"")));
    }

    @Test
    void theBoardShowsStagesAndTheDossierDownloadsAsWord() throws Exception {
        mvc.perform(get("/development/board?org=" + division).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng viên dự bị")))
                .andExpect(content().string(containsString("Quá hạn")));
        mvc.perform(get("/development/candidates/" + candidate + "/dossier.docx").with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")));
    }

    @Test
    void aMemberReadsHisOwnRecordButRecordsNothing() throws Exception {
        long mine = jdbc.sql("select min(p.id) from person p where p.organization_id = :c and p.party_status = 'MASS'")
                .param("c", cell).query(Long.class).single();
        jdbc.sql("update account set person_id = :p where username = 'dangvien'").param("p", mine).update();
        long own = jdbc.sql("select id from development_candidate where person_id = :p order by id limit 1").param("p", mine)
                .query(Long.class).optional().orElseGet(() -> {
                    jdbc.sql("insert into development_candidate (person_id, organization_id, org_path, stage, stage_since, created_at,"
                                    + " updated_at) values (:p, :c, :path, 'SOURCE', :today, :now, :now)")
                            .param("today", demo.today()).param("now", java.sql.Timestamp.valueOf(demo.today().atTime(9, 0)))
                            .param("p", mine).param("c", cell).param("path", demo.pathOf(cell)).update();
                    return jdbc.sql("select max(id) from development_candidate").query(Long.class).single();
                });
        mvc.perform(get("/development/candidates/" + own).with(user(demo.user("dangvien")))).andExpect(status().isOk());
        mvc.perform(post("/development/candidates/" + own + "/steps/SYMPATHISER").with(user(demo.user("dangvien"))).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
    }

    private String resolve(String url) {
        return url.replace("{cell}", String.valueOf(cell)).replace("{outside}", String.valueOf(outside))
                .replace("{division}", String.valueOf(division)).replace("{outsideCandidate}", String.valueOf(outsideCandidate))
                .replace("{candidate}", String.valueOf(candidate));
    }
}
