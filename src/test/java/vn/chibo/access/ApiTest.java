package vn.chibo.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The REST API: HTTP Basic or session, RFC 9457 problem details in the caller's language, optimistic locking. */
@IntegrationTest
@Transactional
class ApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownRecordsAre404ProblemsInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/people/987654321").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void invalidBodiesListTheFieldErrorsInTheRequestedLanguage() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"\",\"organizationId\":" + demo.sampleCell() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.fullName").exists())
                .andExpect(jsonPath("$.errors.gender").value("Trường này bắt buộc."));
        mvc.perform(post("/api/v1/people?lang=en").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("Cookie", "chibo-lang=en")
                        .content("{\"fullName\":\"Nguyễn Văn A\",\"organizationId\":" + demo.sampleCell() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.gender").value("This field is required."));
    }

    @Test
    void createsReadsAndUpdatesAPersonThroughTheApi() throws Exception {
        String created = mvc.perform(post("/api/v1/people").with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Hồ  Văn Api\",\"gender\":\"MALE\",\"birthDate\":\"2004-01-02\",\"organizationId\":"
                                + demo.sampleCell() + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/people/")))
                .andExpect(jsonPath("$.fullName").value("Hồ Văn Api"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(created).with(httpBasic("bithu", "demo"))).andExpect(jsonPath("$.partyStatus").value("MASS"));
        mvc.perform(get("/api/v1/people?q=ho van api").with(httpBasic("bithu", "demo")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void aStaleVersionIsAConflictNotASilentOverwrite() throws Exception {
        String location = mvc.perform(post("/api/v1/people").with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Lý Văn Xung\",\"gender\":\"MALE\",\"organizationId\":" + demo.sampleCell() + "}"))
                .andReturn().getResponse().getHeader("Location");
        long person = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long version = demo.version("person", person);
        mvc.perform(put("/api/v1/people/" + person).with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Tên Mới Một\",\"gender\":\"MALE\",\"version\":" + version + "}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/people/" + person).with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Tên Mới Hai\",\"gender\":\"MALE\",\"version\":" + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Xung đột dữ liệu"));
    }

    @Test
    void domainRulesAre422WithTheField() throws Exception {
        mvc.perform(post("/api/v1/organizations/" + demo.sampleCell() + "/move").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + demo.cellOutsideDivision()
                                + ",\"version\":" + demo.version("organization", demo.sampleCell()) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("parentId"));
    }

    @Test
    void theBrowserSessionWorksForTheApiButWritesNeedCsrf() throws Exception {
        mvc.perform(get("/api/v1/organizations").with(user(demo.user("canbo")))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Đảng bộ Quân khu 10"));
        mvc.perform(post("/api/v1/people").with(user(demo.user("canbo"))).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people").with(user(demo.user("canbo"))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUpdateWithoutAVersionIsRefusedRatherThanOverwriting() throws Exception {
        long person = demo.massIn(demo.sampleCell());
        mvc.perform(put("/api/v1/people/" + person).with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Không Phiên Bản\",\"gender\":\"MALE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("version"));
    }

    @Test
    void theMoveAnswerShowsTheNewPlace() throws Exception {
        long cell = demo.sampleCell();
        long division = demo.division();
        mvc.perform(post("/api/v1/organizations/" + cell + "/move").with(httpBasic("canbo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + division + ",\"version\":" + demo.version("organization", cell) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(division))
                .andExpect(jsonPath("$.path").value(demo.pathOf(division) + cell + "/"));
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(demo.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations/{id}/move']").exists());
    }
}
