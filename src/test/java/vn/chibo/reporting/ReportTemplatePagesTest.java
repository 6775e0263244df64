package vn.chibo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The report template page: an officer uploads a unit's template (checked, versioned, audited) and it shapes the reports
 * of the unit's subtree only; a bad template is refused with its reason; versions are restored; scope and role hold.
 */
@IntegrationTest
@Transactional
class ReportTemplatePagesTest {

    private static final String PAGE = "/statistics/review/report/templates";

    @MockitoSpyBean
    ReviewFigures figures;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    JdbcClient jdbc;

    private long division;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.clearContext();
        org.mockito.Mockito.doAnswer(call ->
                ReviewReportDownloadTest.scopedSample(organizations, call.getArgument(0), call.getArgument(1)))
                .when(figures).review(anyLong(), any());
        division = demo.division();
    }

    @Test
    void anOfficersTemplateIsKeptAuditedAndShapesTheReportsOfItsSubtreeOnly() throws Exception {
        upload(division, 0, template("MẪU CỦA SƯ ĐOÀN {{CO_QUAN}}")).andExpect(flash().attribute("message", "reporting.template.uploaded"));
        assertThat(jdbc.sql("select count(*) from report_template where organization_id = :o").param("o", division)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audited("UPLOAD")).isEqualTo(1);
        assertThat(report("canbo.sudoan", demo.sampleCell())).contains("MẪU CỦA SƯ ĐOÀN CHI BỘ").contains("19.000");
        assertThat(report("canbo", demo.scopeOf("canbo"))).doesNotContain("MẪU CỦA SƯ ĐOÀN").contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        mvc.perform(get(PAGE).param("organization", String.valueOf(division)).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("mau-so-ket.docx")));
    }

    @Test
    void aBadTemplateIsRefusedWithItsReasonAndNothingIsKept() throws Exception {
        var refused = upload(division, 0, template("{{NGAY_KY}}"))
                .andExpect(flash().attribute("errorKey", "reporting.template.error.unknown")).andReturn();
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl()).header("Accept-Language", "vi")
                        .cookie(vn.chibo.support.SessionCookie.of(refused)).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mẫu có trường thay thế không hợp lệ: {{NGAY_KY}}");
        upload(division, 0, new MockMultipartFile("file", "mau.docx", null, "%PDF-1.7 không phải Word".getBytes()))
                .andExpect(flash().attribute("errorKey", "reporting.template.error.type"));
        upload(division, 0, new MockMultipartFile("file", "mau.docx", null, "PK\u0003\u0004 hỏng".getBytes()))
                .andExpect(flash().attribute("errorKey", "reporting.template.error.unreadable"));
        assertThat(jdbc.sql("select count(*) from report_template where organization_id = :o").param("o", division)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOlderVersionIsRestoredAsANewVersionAndTheTemplateFromAboveCanBeTakenBack() throws Exception {
        upload(division, 0, template("PHIÊN BẢN MỘT"));
        upload(division, 1, template("PHIÊN BẢN HAI"));
        upload(division, 1, template("LỖI THỜI")).andExpect(flash().attribute("errorKey", "error.concurrentEdit"));
        revert(division, 1, 2).andExpect(flash().attribute("message", "reporting.template.reverted"));
        assertThat(report("canbo.sudoan", division)).contains("PHIÊN BẢN MỘT").doesNotContain("PHIÊN BẢN HAI");
        revert(division, 0, 3).andExpect(flash().attribute("message", "reporting.template.inherited"));
        assertThat(report("canbo.sudoan", division)).doesNotContain("PHIÊN BẢN").contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(audited("REVERT")).isEqualTo(2);
    }

    @Test
    void onlyOfficersManageTemplatesAndOnlyWithinTheirScope() throws Exception {
        mvc.perform(get(PAGE).with(user(demo.user("bithu")))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).param("organization", String.valueOf(demo.cellOutsideDivision())).with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(PAGE).file(template("X")).param("organization", String.valueOf(demo.cellOutsideDivision()))
                .param("latest", "0").with(user(demo.user("canbo.sudoan"))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(PAGE).with(user(demo.user("canbo.sudoan")))).andExpect(status().isOk());
        mvc.perform(get(PAGE + "/default").with(user(demo.user("canbo.sudoan")))).andExpect(status().isOk());
    }

    /** Audit entries of this kind about the division's templates, by the division officer. */
    private long audited(String action) {
        return jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'ReportTemplate' and action = :a and actor = 'canbo.sudoan'
                        and entity_id in (select id from report_template where organization_id = :o)""")
                .param("a", action).param("o", division).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions upload(long organization, int latest, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(PAGE).file(file).param("organization", String.valueOf(organization))
                .param("latest", String.valueOf(latest)).with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions revert(long organization, int version, int latest) throws Exception {
        return mvc.perform(post(PAGE + "/revert").param("organization", String.valueOf(organization))
                .param("version", String.valueOf(version)).param("latest", String.valueOf(latest))
                .with(user(demo.user("canbo.sudoan"))).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String report(String account, long organization) throws Exception {
        byte[] docx = mvc.perform(get("/statistics/review/report").param("organization", String.valueOf(organization))
                        .param("from", "2026-01-01").param("to", "2026-12-31").param("format", "docx").with(user(demo.user(account))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static MockMultipartFile template(String marker) throws Exception {
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.createParagraph().createRun().setText("ĐẢNG CỘNG SẢN VIỆT NAM");
            t.createParagraph().createRun().setText(marker);
            t.createParagraph().createRun().setText("{{NOI_DUNG}}");
            t.write(out);
            return new MockMultipartFile("file", "mau-so-ket.docx", null, out.toByteArray());
        }
    }
}
