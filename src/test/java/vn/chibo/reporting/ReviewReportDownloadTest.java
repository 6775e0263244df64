package vn.chibo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.reporting.internal.SampleReviews;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The report endpoints: the API's file with a Vietnamese name, 400 for a bad format or dates, 404 outside the scope
 * (the statistics façade scopes; here a stand-in that scopes like it), and the page's download.
 */
@IntegrationTest
class ReviewReportDownloadTest {

    static final String API = "/api/v1/statistics/review/report";

    @MockitoSpyBean
    ReviewFigures figures;

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    OrganizationDirectory organizations;

    private long region;

    @BeforeEach
    void figuresOfTheSeedScopedLikeTheFacade() {
        SecurityContextHolder.clearContext();
        org.mockito.Mockito.doAnswer(call -> scopedSample(organizations, call.getArgument(0), call.getArgument(1)))
                .when(figures).review(anyLong(), any());
        region = demo.scopeOf("canbo");
    }

    /** The seed's figures for any organization the signed-in account may see; 404 otherwise, as the façade answers. */
    static Review scopedSample(OrganizationDirectory organizations, long id, vn.chibo.statistics.ReviewPeriod period) {
        OrganizationRef org = organizations.requireVisible(id);
        Review sample = SampleReviews.region();
        return new Review(new Review.Unit(org.id(), org.name()), period.from(), period.to(), sample.figures(), sample.years(),
                sample.rows(), null, java.util.List.of());
    }

    @Test
    void theRegionOfficerGetsTheDocxReportUnderAVietnameseFileName() throws Exception {
        MvcResult result = mvc.perform(get(API).param("organization", String.valueOf(region)).param("from", "2024-01-01")
                        .param("to", "2026-12-31").param("format", "docx").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        String name = organizations.find(region).orElseThrow().name();
        assertThat(filename(result)).isEqualTo("Báo cáo sơ kết 2024-2026 - " + name + ".docx");
        try (var document = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains(name.toUpperCase(java.util.Locale.forLanguageTag("vi")))
                    .contains("19.000 cán bộ, đảng viên dìu dắt 62.000 quần chúng").contains("94,2% (2.290/2.431)");
        }
    }

    @Test
    void thePdfAndTheWorkbookCarryTheSameFigures() throws Exception {
        MvcResult pdf = mvc.perform(get(API).param("organization", String.valueOf(region)).param("from", "2024-01-01")
                .param("to", "2026-12-31").param("format", "pdf").with(user(demo.user("canbo")))).andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("28.601 đảng viên đạt “5 tốt”");
        }
        MvcResult xlsx = mvc.perform(get(API).param("organization", String.valueOf(region)).param("from", "2024-01-01")
                .param("to", "2026-12-31").param("format", "XLSX").with(user(demo.user("canbo")))).andExpect(status().isOk()).andReturn();
        assertThat(filename(xlsx)).startsWith("Số liệu sơ kết 2024-2026 - ").endsWith(".xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue()).startsWith("Số liệu sơ kết, tổng kết: ");
        }
    }

    @ParameterizedTest(name = "format={0} from={1} to={2} → 400")
    @CsvSource({"odt,2024-01-01,2026-12-31,'Định dạng tệp phải là docx, pdf hoặc xlsx.'",
            "docx,2024-13-01,2026-12-31,Ngày bắt đầu và ngày kết thúc phải có dạng yyyy-MM-dd (ví dụ 2026-12-31).",
            "pdf,2026-12-31,2024-01-01,Ngày kết thúc không được trước ngày bắt đầu.",
            ",2024-01-01,2026-12-31,'Định dạng tệp phải là docx, pdf hoặc xlsx.'"})
    void aBadFormatOrBadDatesIsABadRequestSaidInVietnamese(String format, String from, String to, String detail) throws Exception {
        var request = get(API).param("organization", String.valueOf(region)).param("from", from).param("to", to)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "vi").with(user(demo.user("canbo")));
        if (format != null) {
            request.param("format", format);
        }
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void anOrganizationOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get(API).param("organization", String.valueOf(demo.cellOutsideDivision())).param("from", "2024-01-01")
                .param("to", "2026-12-31").param("format", "docx").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(API).param("organization", String.valueOf(demo.division())).param("from", "2024-01-01")
                .param("to", "2026-12-31").param("format", "docx").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk());
    }

    @Test
    void thePageDownloadsTheSameFilesAndRefusesABadFormat() throws Exception {
        MvcResult result = mvc.perform(get("/statistics/review/report").param("organization", String.valueOf(demo.division()))
                        .param("from", "2026-01-01").param("to", "2026-12-31").param("format", "docx")
                        .with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andReturn();
        assertThat(filename(result)).startsWith("Báo cáo sơ kết 2026 - ");
        mvc.perform(get("/statistics/review/report").param("organization", String.valueOf(demo.division()))
                        .param("from", "2026-01-01").param("to", "2026-12-31").param("format", "doc")
                        .with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isBadRequest());
    }

    static String filename(MvcResult result) {
        String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
