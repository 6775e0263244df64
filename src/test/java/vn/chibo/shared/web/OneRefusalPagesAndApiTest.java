package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.SessionCookie;

/**
 * One refusal, one rendering: the sentences a refusal of several problems lists in the API's RFC 9457 body are the
 * ones its page shows, whether after a redirect or on the form shown again, each also on the field it names; and a
 * bound form's own constraint shows on its field.
 */
@IntegrationTest
@Transactional
class OneRefusalPagesAndApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeService programmes;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    /** As Thymeleaf writes text into a page. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static boolean marked(String page, String inputName) {
        return page.matches("(?s).*<(input|select)(?=[^>]*name=\"" + java.util.regex.Pattern.quote(inputName)
                + "\")(?=[^>]*is-invalid)[^>]*>.*");
    }

    @Test
    void aRefusedFormAfterARedirectListsTheSameSentencesAsTheApiAndMarksEachField() throws Exception {
        long round = jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear())
                .query(Long.class).single();
        long entry = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = 'ORGANIZATION'"
                + " and subject_id = :s").param("r", round).param("s", demo.sampleCell()).query(Long.class).single();
        long version = demo.version("classification_entry", entry);

        String body = mvc.perform(post("/api/v1/classification/entries/" + entry + "/self-classification")
                        .with(httpBasic("bithu", "demo")).header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":\"120\",\"exceedingShare\":\"abc\",\"version\":" + version + "}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        List<String> problems = JsonPath.read(body, "$.problems");
        String detail = JsonPath.read(body, "$.detail");
        assertThat(problems).hasSize(2);

        var refused = mvc.perform(post("/classification/entries/" + entry + "/self").with(user(demo.user("bithu"))).with(csrf())
                        .header("Accept-Language", "vi").param("score", "120").param("exceedingShare", "abc")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/classification/entries/" + entry).with(user(demo.user("bithu")))
                        .header("Accept-Language", "vi").with(SessionCookie.carriedFrom(refused)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // the page heads the marked fields in its own words; the API's detail is the first of them
        assertThat(page).contains("Chưa lưu được: hãy sửa các ô được đánh dấu.");
        assertThat(problems).contains(detail);
        for (String problem : problems) {
            // once in the refusal above the page, once below the field it concerns
            assertThat(page.split(java.util.regex.Pattern.quote(html(problem)), -1)).as(problem).hasSize(3);
        }
        assertThat(marked(page, "score")).isTrue();
        assertThat(marked(page, "exceedingShare")).isTrue();
        assertThat(page).contains("value=\"120\"");
    }

    @Test
    void aSelfReviewShownAgainListsTheSameSentencesAsTheApiAndMarksEachValue() throws Exception {
        long registration = cellRegistration();
        String period = String.valueOf(demo.today().getYear());
        String body = mvc.perform(put("/api/v1/registrations/" + registration + "/reviews/" + period)
                        .with(httpBasic("bithu", "demo")).header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"C1.1\":\"true\",\"C2.1\":\"nhiều\",\"C1.3\":\"abc\"}}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        List<String> problems = JsonPath.read(body, "$.problems");
        String detail = JsonPath.read(body, "$.detail");
        assertThat(problems).hasSize(2);

        String page = mvc.perform(post("/registrations/" + registration + "/review").with(user(demo.user("bithu"))).with(csrf())
                        .header("Accept-Language", "vi").param("period", period).param("values[C1.1]", "true")
                        .param("values[C2.1]", "nhiều").param("values[C1.3]", "abc").param("notes[C1.1]", "Theo nghị quyết"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"reviewProblems\"").contains(html(detail));
        for (String problem : problems) {
            assertThat(page.split(java.util.regex.Pattern.quote(html(problem)), -1)).as(problem).hasSize(3);
        }
        assertThat(marked(page, "values[C2.1]")).isTrue();
        assertThat(marked(page, "values[C1.3]")).isTrue();
        assertThat(marked(page, "values[C1.1]")).isFalse();
        assertThat(page).contains("value=\"nhiều\"").contains("value=\"Theo nghị quyết\"");
    }

    @Test
    void aBoundFormsConstraintShowsOnItsField() throws Exception {
        long cell = demo.scopeOf("bithu");
        String page = mvc.perform(post("/organizations/" + cell + "/meetings").with(user(demo.user("bithu"))).with(csrf())
                        .header("Accept-Language", "vi").param("kind", "THEMATIC").param("date", "15/12/2026")
                        .param("startTime", "07:30").param("topic", "Chuyên đề ".repeat(60)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tối đa 500 ký tự.");
        assertThat(marked(page, "topic")).isTrue();
        assertThat(marked(page, "date")).isFalse();
        assertThat(page).contains("value=\"15/12/2026\"");
    }

    private long cellRegistration() {
        long programme = jdbc.sql("select id from programme where programme_year = :y and name like '%Quân khu 10%'")
                .param("y", demo.today().getYear()).query(Long.class).single();
        Long registration = jdbc.sql("select id from registration where programme_id = :p and organization_id = :o")
                .param("p", programme).param("o", demo.sampleCell()).query(Long.class).optional().orElse(null);
        if (registration != null) {
            return registration;
        }
        var secretary = demo.user("bithu");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(secretary, null, secretary.getAuthorities()));
        try {
            return programmes.register(programme, demo.sampleCell(), demo.today(), "NQ chi bộ").getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
