package vn.chibo.classification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The classification API answers like the pages: scoped rounds and entries, the steps with their rules, problems in Vietnamese. */
@IntegrationTest
@Transactional
class ClassificationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long round;
    long cellEntry;
    long outsideEntry;

    @BeforeEach
    void findDemoRound() {
        round = jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear())
                .query(Long.class).single();
        cellEntry = entry("ORGANIZATION", demo.sampleCell());
        outsideEntry = entry("ORGANIZATION", demo.cellOutsideDivision());
    }

    long entry(String kind, long subject) {
        return jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = :k and subject_id = :s")
                .param("r", round).param("k", kind).param("s", subject).query(Long.class).single();
    }

    @Test
    void roundsAndTheirFiguresAreScoped() throws Exception {
        mvc.perform(get("/api/v1/classification/rounds").with(httpBasic("canbo.sudoan", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) round)));
        mvc.perform(get("/api/v1/classification/rounds/" + round).with(httpBasic("bithu", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts['ORGANIZATION:ALL']").value(1));
        mvc.perform(get("/api/v1/classification/rounds/" + round + "/entries").with(httpBasic("dangvien", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.entries[0].subjectId").value(demo.personOf("dangvien")));
        mvc.perform(get("/api/v1/classification/entries/" + outsideEntry).with(httpBasic("canbo.sudoan", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/classification/entries/" + outsideEntry).with(httpBasic("canbo", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aSecretaryClassifiesHisCellAndBadFiguresGetAVietnameseProblem() throws Exception {
        long version = demo.version("classification_entry", cellEntry);
        mvc.perform(post("/api/v1/classification/entries/" + cellEntry + "/self-classification").with(httpBasic("bithu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "vi")
                        .content("{\"score\":\"101\",\"version\":" + version + "}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.detail", containsString("từ 0 đến 100")));
        mvc.perform(post("/api/v1/classification/entries/" + cellEntry + "/self-classification").with(httpBasic("bithu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":\"91,5\",\"allTasksOnTime\":true,\"exceedingShare\":\"40\",\"noDisciplinedSubordinates\":true,"
                                + "\"pastShortcomingsFixed\":true,\"lateTaskShare\":\"0\",\"targetsMetShare\":\"100\","
                                + "\"disciplinedSubordinatesShare\":\"0\",\"version\":" + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.computedGrade").value("EXCELLENT"))
                .andExpect(jsonPath("$.status").value("SELF_CLASSIFIED"));
        mvc.perform(post("/api/v1/classification/entries/" + outsideEntry + "/self-classification").with(httpBasic("bithu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":\"80\",\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInspectorCannotDecide() throws Exception {
        String group = jdbc.sql("select quota_group from classification_entry where id = :id").param("id", cellEntry)
                .query(String.class).single();
        mvc.perform(post("/api/v1/classification/rounds/" + round + "/groups/" + group + "/decision").with(httpBasic("kiemtra", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisions\":[],\"decisionNumber\":\"1-QĐ\",\"decisionDate\":\"" + demo.today() + "\"}"))
                .andExpect(status().isForbidden());
    }
}
