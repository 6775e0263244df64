package vn.chibo.emulation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The evaluation API answers like the pages: scoped boards and sheets, all-or-nothing reviews with problems listed. */
@IntegrationTest
@Transactional
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.chibo.emulation.internal.ProgrammeService programmes;

    private long regionProgrammeThisYear() {
        return jdbc.sql("select id from programme where programme_year = :y and name like '%Quân khu 10%'")
                .param("y", demo.today().getYear()).query(Long.class).single();
    }

    @Test
    void rulebooksAndTheirDocumentsAreListed() throws Exception {
        mvc.perform(get("/api/v1/rulebooks").with(httpBasic("bithu", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'XEP_LOAI_QD366')].status").value("PUBLISHED"));
        long id = jdbc.sql("select id from rulebook where code = 'CHI_BO_4_TOT'").query(Long.class).single();
        mvc.perform(get("/api/v1/rulebooks/" + id).with(httpBasic("bithu", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.definition.criteria[1].indicators[0].threshold").value(85));
    }

    @Test
    void theBoardShowsOnlyWhatTheAccountMaySee() throws Exception {
        long programme = regionProgrammeThisYear();
        mvc.perform(get("/api/v1/programmes/" + programme).with(httpBasic("canbo", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.subjects").value(org.hamcrest.Matchers.greaterThan(50)));
        mvc.perform(get("/api/v1/programmes/" + programme).with(httpBasic("bithu", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.length()").value(1))
                .andExpect(jsonPath("$.subjects[0].organizationId").value(demo.sampleCell()));
    }

    @Test
    void aSelfReviewThroughTheApiIsAllOrNothing() throws Exception {
        long programme = regionProgrammeThisYear();
        Long registration = jdbc.sql("select id from registration where programme_id = :p and organization_id = :o")
                .param("p", programme).param("o", demo.sampleCell()).query(Long.class).optional().orElse(null);
        if (registration == null) {
            var user = demo.user("bithu");
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
                            user.getAuthorities()));
            try {
                registration = programmes.register(programme, demo.sampleCell(), demo.today(), "NQ chi bộ").getId();
            } finally {
                // a signed-in thread would turn the API calls below into session requests, which need a CSRF token
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        }
        String period = String.valueOf(demo.today().getYear());
        mvc.perform(put("/api/v1/registrations/" + registration + "/reviews/" + period).with(httpBasic("bithu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"C1.1\":\"true\",\"C2.1\":\"nhiều\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("C2.1")));
        mvc.perform(put("/api/v1/registrations/" + registration + "/reviews/" + period).with(httpBasic("bithu", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"C1.1\":\"true\",\"C2.1\":\"90,5\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == 'C2.1')].value").value(90.5));
        long outsider = jdbc.sql("select min(id) from registration where programme_id = :p and organization_id <> :o")
                .param("p", programme).param("o", demo.sampleCell()).query(Long.class).single();
        mvc.perform(get("/api/v1/registrations/" + outsider + "/reviews/" + period).with(httpBasic("bithu", "demo")))
                .andExpect(status().isNotFound());
    }
}
