package vn.chibo.emulation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.ReviewNotes;
import vn.chibo.support.SessionCookie;

/** A self-assessment that differs from the rulebook result is refused without a reason, on the form and in the API. */
@IntegrationTest
@Transactional
class SelfAssessmentReasonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    DemoFixture demo;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A cell registered for "4 tốt" whose year-end review misses one indicator: the rulebook says not recognised. */
    private long registrationTheRulebookDoesNotRecognise() {
        try {
            signIn("canbo.sudoan");
            Rulebook rulebook = rulebooks.visible().stream().filter(r -> r.getCode().equals("CHI_BO_4_TOT")).findFirst().orElseThrow();
            Programme programme = programmes.create(rulebook.getId(), demo.today().getYear(), "4 tốt", demo.division(),
                    List.of(demo.sampleCell()), new BigDecimal("50"));
            signIn("bithu");
            long registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "NQ tháng 1").getId();
            Map<String, String> values = new HashMap<>();
            rulebooks.definition(rulebook).indicators().forEach(i -> values.put(i.code(), i.kind().name().equals("MET") ? "true" : "95"));
            values.put("C2.1", "80");
            programmes.saveReview(registration, String.valueOf(programme.getYear()), values, ReviewNotes.forAll(values));
            return registration;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theFormRefusesADifferingSelfAssessmentWithoutAReasonAndKeepsTheChoice() throws Exception {
        long registration = registrationTheRulebookDoesNotRecognise();
        MvcResult refused = mvc.perform(post("/registrations/" + registration + "/assessment/self").with(user(demo.user("bithu")))
                        .with(csrf()).param("recognised", "true").param("comment", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorKey", "assessment.error.selfReasonRequired"))
                .andReturn();
        mvc.perform(get("/registrations/" + registration).with(user(demo.user("bithu"))).with(SessionCookie.carriedFrom(refused)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tự đánh giá khác với kết quả tính theo quy chế: phải ghi lý do")))
                .andExpect(content().string(containsString("bắt buộc ghi lý do nếu khác kết quả theo quy chế")))
                .andExpect(content().string(containsString("id=\"selfAssessForm\"")));
        mvc.perform(post("/registrations/" + registration + "/assessment/self").with(user(demo.user("bithu")))
                        .with(csrf()).param("recognised", "true").param("comment", "Chỉ tiêu C2.1 thiếu do lụt bão"))
                .andExpect(flash().attribute("message", "assessment.selfAssessed"));
    }

    @Test
    void theApiAnswersADifferingSelfAssessmentWithoutAReasonWithTheRuleAndTheField() throws Exception {
        long registration = registrationTheRulebookDoesNotRecognise();
        String url = "/api/v1/registrations/" + registration + "/assessment/self";
        mvc.perform(post(url).with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recognised\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("comment"))
                .andExpect(jsonPath("$.detail").value(containsString("phải ghi lý do")));
        mvc.perform(post(url).with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recognised\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.computedRecognised").value(false));
    }
}
