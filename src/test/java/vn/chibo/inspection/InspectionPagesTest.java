package vn.chibo.inspection;

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
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The inspection pages and API for each account: 200 in scope, 403 for the wrong role, 404 outside the scope. */
@IntegrationTest
@Transactional
class InspectionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;

    long inside;
    long insideFinding;
    long ownInspection;
    long outside;
    long outsideFinding;

    @BeforeEach
    void records() {
        signIn("kiemtra");
        inside = inspections.create(InspectionTest.inspectionOf(null, demo.sampleCell(), demo.division(), demo.today())).getId();
        insideFinding = findings.record(inside, InspectionTest.finding(FindingType.SHORTCOMING, "C2.3")).getId();
        signIn("bithu");
        ownInspection = inspections.create(InspectionTest.inspectionOf(demo.personOf("dangvien"), null, demo.sampleCell(),
                demo.today())).getId();
        signIn("canbo");
        outside = inspections.create(InspectionTest.inspectionOf(null, demo.cellOutsideDivision(), demo.cellOutsideDivision(),
                demo.today())).getId();
        outsideFinding = findings.record(outside, InspectionTest.finding(FindingType.VIOLATION, null)).getId();
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /inspections, 200", "canbo, /inspections, 200", "canbo.sudoan, /inspections, 200", "kiemtra, /inspections, 200",
            "bithu, /inspections, 302", "dangvien, /inspections, 302",
            "bithu, /inspections/mine, 200", "dangvien, /inspections/mine, 200", "kiemtra, /inspections/mine, 200",
            "kiemtra, /inspections/new, 200", "bithu, /inspections/new, 200", "dangvien, /inspections/new, 403",
            "canbo, /inspections/{inside}, 200", "canbo.sudoan, /inspections/{inside}, 200", "kiemtra, /inspections/{inside}, 200",
            "bithu, /inspections/{inside}, 200", "dangvien, /inspections/{inside}, 404",
            "dangvien, /inspections/{own}, 200", "kiemtra, /inspections/{own}, 200",
            "canbo, /inspections/{outside}, 200", "canbo.sudoan, /inspections/{outside}, 404", "kiemtra, /inspections/{outside}, 404",
            "bithu, /inspections/{outside}, 404", "dangvien, /inspections/{outside}, 404",
            "kiemtra, /inspections/findings/{insideFinding}, 200", "bithu, /inspections/findings/{insideFinding}, 200",
            "dangvien, /inspections/findings/{insideFinding}, 404", "kiemtra, /inspections/findings/{outsideFinding}, 404",
            "canbo, /inspections/findings/{outsideFinding}, 200",
            "kiemtra, /inspections/{inside}/notice.docx, 200", "bithu, /inspections/{inside}/notice.pdf, 200",
            "kiemtra, /inspections/{outside}/notice.pdf, 404",
            "canbo, /inspections/board, 200", "canbo.sudoan, /inspections/board, 200", "kiemtra, /inspections/board, 200",
            "bithu, /inspections/board, 403", "dangvien, /inspections/board, 403",
            "canbo.sudoan, /inspections/board?orgId={outsideOrg}, 404", "canbo, /inspections/board?orgId={outsideOrg}, 200",
            "kiemtra, /inspections/plans, 200", "bithu, /inspections/plans, 200", "dangvien, /inspections/plans, 403",
            "admin, /inspections/rules, 200", "dangvien, /inspections/rules, 200",
            "kiemtra, /inspections/mine?orgId={outsideOrg}, 404",
            "kiemtra, /api/v1/inspections/worklist, 200", "bithu, /api/v1/inspections/worklist, 403",
            "dangvien, /api/v1/inspections, 200", "dangvien, /api/v1/inspections/findings, 200",
            "kiemtra, /api/v1/inspections/{inside}, 200", "kiemtra, /api/v1/inspections/{outside}, 404",
            "dangvien, /api/v1/inspections/{own}, 200", "dangvien, /api/v1/inspections/{inside}, 404",
            "bithu, /api/v1/inspections/findings/{insideFinding}, 200", "canbo.sudoan, /api/v1/inspections/findings/{outsideFinding}, 404",
            "canbo.sudoan, /api/v1/inspections/board, 200", "dangvien, /api/v1/inspections/board, 403"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} records a finding through the API → {1}")
    @CsvSource({"kiemtra, 201", "canbo.sudoan, 201", "bithu, 403", "dangvien, 404"})
    void onlyTheInspectingSideRecordsFindings(String account, int expected) throws Exception {
        mvc.perform(post("/api/v1/inspections/" + inside + "/findings").with(user(demo.user(account))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"SHORTCOMING\", \"severity\": \"LOW\", \"description\": \"Biên bản chưa đầy đủ\"}"))
                .andExpect(status().is(expected));
    }

    @Test
    void handlingWithoutAPlanIsRefusedInVietnameseThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/inspections/findings/" + insideFinding + "/handled").param("version", "0")
                        .with(user(demo.user("bithu"))).with(csrf()).header("Accept-Language", "vi"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Chưa có kế hoạch khắc phục")));
    }

    @Test
    void theWorklistShowsTheOpenInspectionInVietnamese() throws Exception {
        mvc.perform(get("/inspections").with(user(demo.user("kiemtra"))))
                .andExpect(content().string(containsString("Cuộc kiểm tra, giám sát đang tiến hành")));
        mvc.perform(get("/inspections/findings/" + insideFinding).with(user(demo.user("bithu"))))
                .andExpect(content().string(containsString("Kế hoạch khắc phục")))
                .andExpect(content().string(containsString("Thêm biện pháp")));
    }

    private String resolve(String url) {
        return url.replace("{inside}", String.valueOf(inside)).replace("{own}", String.valueOf(ownInspection))
                .replace("{outside}", String.valueOf(outside)).replace("{insideFinding}", String.valueOf(insideFinding))
                .replace("{outsideFinding}", String.valueOf(outsideFinding))
                .replace("{outsideOrg}", String.valueOf(demo.cellOutsideDivision()));
    }
}
