package vn.chibo.recognition;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.internal.GoodExampleService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The good-example pages and API for each account: 200 in scope, 403 for the wrong role, 404 outside the scope. */
@IntegrationTest
@Transactional
class GoodExamplePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    GoodExampleService examples;

    long draftInside;
    long publishedInCell;
    long outside;

    @BeforeEach
    void stories() {
        UserDetails officer = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        draftInside = examples.create(GoodExampleTest.story(demo.today(), demo.personOf("bithu"), null, "Bản nháp về bí thư")).getId();
        var published = examples.create(GoodExampleTest.story(demo.today(), null, demo.sampleCell(), "Chi bộ giúp dân"));
        publishedInCell = examples.publish(published.getId(), published.getVersion()).getId();
        outside = examples.create(GoodExampleTest.story(demo.today(), null, demo.cellOutsideDivision(), "Ngoài sư đoàn")).getId();
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /recognition/good-examples, 200", "canbo, /recognition/good-examples, 200",
            "kiemtra, /recognition/good-examples, 200", "bithu, /recognition/good-examples, 200",
            "dangvien, /recognition/good-examples, 200",
            "canbo.sudoan, /recognition/good-examples/new, 200", "bithu, /recognition/good-examples/new, 200",
            "kiemtra, /recognition/good-examples/new, 403", "dangvien, /recognition/good-examples/new, 403",
            "canbo.sudoan, /recognition/good-examples/{draft}, 200", "kiemtra, /recognition/good-examples/{draft}, 200",
            "bithu, /recognition/good-examples/{draft}, 200", "dangvien, /recognition/good-examples/{draft}, 404",
            "dangvien, /recognition/good-examples/{published}, 200",
            "canbo, /recognition/good-examples/{outside}, 200", "canbo.sudoan, /recognition/good-examples/{outside}, 404",
            "bithu, /recognition/good-examples/{outside}, 404", "dangvien, /recognition/good-examples/{outside}, 404",
            "bithu, /recognition/good-examples/{draft}/edit, 200", "kiemtra, /recognition/good-examples/{draft}/edit, 403",
            "canbo.sudoan, /recognition/good-examples/{outside}/edit, 404", "canbo, /recognition/good-examples/999999, 404",
            "canbo.sudoan, /recognition/good-examples?orgId={outsideOrg}, 404",
            "dangvien, /api/v1/recognition/good-examples, 200", "kiemtra, /api/v1/recognition/good-examples/{draft}, 200",
            "canbo.sudoan, /api/v1/recognition/good-examples/{outside}, 404", "dangvien, /api/v1/recognition/good-examples/{draft}, 404"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} posts a story → {1}")
    @CsvSource({"canbo.sudoan, 201", "bithu, 201", "kiemtra, 403", "dangvien, 404"})
    void officersAndSecretariesWriteThroughTheApi(String account, int expected) throws Exception {
        String body = """
                {"organizationId": %d, "title": "Chi bộ giúp dân chống lũ", "story": "Cả chi bộ đã giúp dân.",
                 "storyDate": "%s"}""".formatted(demo.sampleCell(), demo.today());
        mvc.perform(post("/api/v1/recognition/good-examples").with(user(demo.user(account))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected));
    }

    @Test
    void aFormWithErrorsKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/recognition/good-examples").with(user(demo.user("bithu"))).with(csrf())
                        .param("subjectType", "ORGANIZATION").param("organizationId", String.valueOf(demo.sampleCell()))
                        .param("title", "Tieu de 42 đã gõ").param("story", "Cau chuyen 42 typed")
                        .param("storyDate", demo.today().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Tieu de 42 đ")))
                .andExpect(content().string(containsString("Cau chuyen 42 typed")));
    }

    @Test
    void publishingFromThePageShowsTheStoryPublished() throws Exception {
        mvc.perform(post("/recognition/good-examples/" + draftInside + "/publish").with(user(demo.user("bithu"))).with(csrf())
                        .param("version", String.valueOf(demo.version("good_example", draftInside))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recognition/good-examples/" + draftInside).with(user(demo.user("bithu"))).header("Accept-Language", "vi"))
                .andExpect(content().string(containsString("Đã đăng")));
        mvc.perform(post("/recognition/good-examples/" + draftInside + "/withdraw").with(user(demo.user("dangvien"))).with(csrf())
                .param("version", "1")).andExpect(status().is(403));
        mvc.perform(post("/recognition/good-examples/" + outside + "/publish").with(user(demo.user("bithu"))).with(csrf())
                .param("version", "0")).andExpect(status().is(404));
    }

    private String resolve(String url) {
        return url.replace("{draft}", String.valueOf(draftInside)).replace("{published}", String.valueOf(publishedInCell))
                .replace("{outside}", String.valueOf(outside)).replace("{outsideOrg}", String.valueOf(demo.cellOutsideDivision()));
    }
}
