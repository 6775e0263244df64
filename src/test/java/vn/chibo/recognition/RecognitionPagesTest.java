package vn.chibo.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.internal.AwardService;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.DisciplineService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The recognition pages and API for each account: 200 in scope, 403 for the wrong role, 404 outside the scope. */
@IntegrationTest
@Transactional
class RecognitionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DisciplineService discipline;
    @Autowired
    AwardService awards;

    long insideDiscipline;
    long outsideDiscipline;
    long ownAward;
    long otherAward;
    long outsideAward;

    @BeforeEach
    void records() {
        UserDetails officer = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        insideDiscipline = discipline.create(RecognitionTest.discipline(demo.today(), demo.personOf("dangvien"), null,
                DisciplineMeasure.REPRIMAND)).getId();
        outsideDiscipline = discipline.create(RecognitionTest.discipline(demo.today(), null, demo.cellOutsideDivision(),
                DisciplineMeasure.WARNING)).getId();
        ownAward = awards.create(RecognitionTest.award(demo.today(), demo.personOf("dangvien"), null, "9/QĐ-ĐU")).getId();
        otherAward = awards.create(RecognitionTest.award(demo.today(), demo.personOf("bithu"), null, "9/QĐ-ĐU")).getId();
        outsideAward = awards.create(RecognitionTest.award(demo.today(), null, demo.cellOutsideDivision(), "9/QĐ-ĐU")).getId();
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "admin, /recognition/awards, 200", "canbo, /recognition/awards, 200", "canbo.sudoan, /recognition/awards, 200",
            "kiemtra, /recognition/awards, 200", "bithu, /recognition/awards, 200", "dangvien, /recognition/awards, 200",
            "admin, /recognition/discipline, 200", "kiemtra, /recognition/discipline, 200", "dangvien, /recognition/discipline, 200",
            "canbo, /recognition/awards/new, 200", "canbo.sudoan, /recognition/awards/new, 200", "kiemtra, /recognition/awards/new, 403",
            "bithu, /recognition/awards/new, 403", "dangvien, /recognition/awards/new, 403",
            "canbo.sudoan, /recognition/awards/bulk, 200", "bithu, /recognition/awards/bulk, 403",
            "kiemtra, /recognition/discipline/new, 200", "canbo.sudoan, /recognition/discipline/new, 200",
            "bithu, /recognition/discipline/new, 403", "dangvien, /recognition/discipline/new, 403",
            "canbo, /recognition/discipline/{inside}, 200", "canbo.sudoan, /recognition/discipline/{inside}, 200",
            "kiemtra, /recognition/discipline/{inside}, 200", "bithu, /recognition/discipline/{inside}, 200",
            "dangvien, /recognition/discipline/{inside}, 200",
            "canbo, /recognition/discipline/{outside}, 200", "canbo.sudoan, /recognition/discipline/{outside}, 404",
            "kiemtra, /recognition/discipline/{outside}, 404", "bithu, /recognition/discipline/{outside}, 404",
            "dangvien, /recognition/discipline/{outside}, 404",
            "kiemtra, /recognition/discipline/{inside}/edit, 200", "bithu, /recognition/discipline/{inside}/edit, 403",
            "canbo.sudoan, /recognition/discipline/{outside}/edit, 404",
            "dangvien, /recognition/awards/{own}, 200", "dangvien, /recognition/awards/{other}, 404",
            "bithu, /recognition/awards/{other}, 200", "bithu, /recognition/awards/{outsideAward}, 404",
            "canbo, /recognition/awards/{outsideAward}, 200", "canbo, /recognition/awards/999999, 404",
            "canbo.sudoan, /recognition/awards?orgId={outsideOrg}, 404",
            "canbo.sudoan, /api/v1/recognition/discipline, 200", "dangvien, /api/v1/recognition/awards, 200",
            "kiemtra, /api/v1/recognition/discipline/{inside}, 200", "kiemtra, /api/v1/recognition/discipline/{outside}, 404",
            "dangvien, /api/v1/recognition/awards/{own}, 200", "dangvien, /api/v1/recognition/awards/{other}, 404",
            "canbo.sudoan, /api/v1/recognition/awards/{outsideAward}, 404",
            "canbo.sudoan, /recognition/discipline/export.xlsx, 200", "dangvien, /recognition/awards/export.xlsx, 200"
    })
    void eachAccountSeesWhatItsScopeHolds(String account, String url, int expected) throws Exception {
        mvc.perform(get(resolve(url)).with(user(demo.user(account)))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} posts an award → {1}")
    @CsvSource({"canbo.sudoan, 201", "bithu, 403", "kiemtra, 403", "dangvien, 404"})
    void onlyOfficersRecordAwardsThroughTheApi(String account, int expected) throws Exception {
        String body = """
                {"personId": %d, "type": "COMMENDATION", "level": "GRASSROOTS", "decisionNumber": "31/QĐ-ĐU",
                 "decisionDate": "%s", "reason": "Hoàn thành xuất sắc nhiệm vụ"}""".formatted(demo.personOf("bithu"), demo.today());
        mvc.perform(post("/api/v1/recognition/awards").with(user(demo.user(account))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected));
    }

    @Test
    void theAwardRegisterCountsDecisionsAndAwardsApart() throws Exception {
        UserDetails officer = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        String campaign = "Đợt kiểm thử đếm quyết định";
        for (Long person : new Long[] {demo.personOf("dangvien"), demo.personOf("bithu")}) {
            var input = RecognitionTest.award(demo.today(), person, null, "12/QĐ-ĐU");
            input.setCampaign(campaign);
            awards.create(input);
        }
        var single = RecognitionTest.award(demo.today(), null, demo.sampleCell(), "13/QĐ-ĐU");
        single.setCampaign(campaign);
        awards.create(single);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/recognition/awards").param("campaign", campaign).with(user(demo.user("canbo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 quyết định, 3 lượt khen thưởng")));
        mvc.perform(get("/api/v1/recognition/awards").param("campaign", campaign).with(user(demo.user("canbo"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(3))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decisions").value(2));
    }

    @Test
    void theApiRefusesTwoRecipientsInVietnamese() throws Exception {
        String body = """
                {"personId": %d, "organizationId": %d, "type": "COMMENDATION", "level": "GRASSROOTS",
                 "decisionNumber": "32/QĐ-ĐU", "decisionDate": "%s", "reason": "Lý do"}"""
                .formatted(demo.personOf("bithu"), demo.sampleCell(), demo.today());
        mvc.perform(post("/api/v1/recognition/awards").with(user(demo.user("canbo.sudoan"))).with(csrf())
                        .header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chọn đúng một đối tượng được khen thưởng")));
    }

    @Test
    void aBulkEntryWithBadLinesKeepsWhatWasTypedAndReportsEachLine() throws Exception {
        mvc.perform(post("/recognition/awards/bulk").with(user(demo.user("canbo.sudoan"))).with(csrf())
                        .param("type", "COMMENDATION").param("level", "GRASSROOTS").param("decisionNumber", "40/QĐ-ĐU")
                        .param("decisionDate", demo.today().toString()).param("reason", "Thành tích dìu dắt quần chúng")
                        .param("scopeOrganizationId", String.valueOf(demo.division()))
                        .param("recipients", "Người Không Tồn Tại Ở Đây"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bulkReport\"")))
                .andExpect(content().string(containsString("Dòng 1: không tìm thấy")))
                .andExpect(content().string(containsString("Người Không Tồn Tại Ở Đây")))
                .andExpect(content().string(containsString("value=\"40/QĐ-ĐU\"")));
        assertThat(jdbc.sql("select count(*) from award_record where decision_number = '40/QĐ-ĐU'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDisciplineFormWithErrorsKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/recognition/discipline").with(user(demo.user("kiemtra"))).with(csrf())
                        .param("subjectType", "PERSON").param("personId", String.valueOf(demo.personOf("dangvien")))
                        .param("organizationId", String.valueOf(demo.sampleCell()))
                        .param("measure", "DISSOLUTION").param("decisionNumber", "50-QĐ/UBKT")
                        .param("decisionDate", demo.today().toString()).param("reason", "Vi phạm sinh hoạt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hình thức này không áp dụng cho đảng viên")))
                .andExpect(content().string(containsString("value=\"50-QĐ/UBKT\"")));
    }

    @Test
    void theExportHoldsTheFilteredRegisterInVietnamese() throws Exception {
        byte[] body = mvc.perform(get("/recognition/discipline/export.xlsx").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Hình thức kỷ luật");
        String division = demo.pathOf(demo.division());
        long expected = jdbc.sql("select count(*) from discipline_record where org_path like :p").param("p", division + "%")
                .query(Long.class).single();
        assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
        boolean found = false;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            found |= sheet.getRow(r).getCell(4).getStringCellValue().equals("Khiển trách")
                    && sheet.getRow(r).getCell(5).getStringCellValue().equals("45-QĐ/UBKT");
        }
        assertThat(found).isTrue();
    }

    private String resolve(String url) {
        return url.replace("{inside}", String.valueOf(insideDiscipline)).replace("{outside}", String.valueOf(outsideDiscipline))
                .replace("{own}", String.valueOf(ownAward)).replace("{other}", String.valueOf(otherAward))
                .replace("{outsideAward}", String.valueOf(outsideAward))
                .replace("{outsideOrg}", String.valueOf(demo.cellOutsideDivision()));
    }
}
