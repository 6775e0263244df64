package vn.chibo.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.web.BusinessRuleException;

/** The review report as DOCX, on the default template and on a unit's own; bad templates are refused with the reason. */
class DocxReportTest {

    private static final ReportContent CONTENT = SampleReviews.writer().content(SampleReviews.region(),
            new ReportWriter.Issuer("Sư đoàn 1", "Đảng bộ Quân khu", false), LocalDate.of(2026, 12, 6));
    private final DocxReport docx = new DocxReport();

    @Test
    void onTheDefaultTemplateTheReportHasTheCustomaryHeaderTitleBodyRecipientsAndSignature() throws Exception {
        byte[] bytes = docx.render(ReportTemplates.defaultTemplate(), CONTENT);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            XWPFTable header = (XWPFTable) document.getBodyElements().get(0);
            String left = header.getRow(0).getCell(0).getText();
            String right = header.getRow(0).getCell(1).getText();
            assertThat(left).contains("ĐẢNG BỘ QUÂN KHU").contains("SƯ ĐOÀN 1").contains("Số").contains("-BC");
            assertThat(right).startsWith("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Thành phố Hồ Chí Minh, ngày 06 tháng 12 năm 2026");
            XWPFParagraph title = (XWPFParagraph) document.getBodyElements().get(1);
            assertThat(title.getText()).startsWith("BÁO CÁO").contains("Sơ kết 3 năm (2024–2026)");
            String text = extractor.getText();
            assertThat(text).contains("19.000 cán bộ, đảng viên dìu dắt 62.000 quần chúng").contains("94,2% (2.290/2.431)")
                    .contains("Nổi bật là các đơn vị: Sư đoàn 1").contains("Nơi nhận:").contains("- Lưu: Văn thư.")
                    .contains("T/M ĐẢNG ỦY").contains("BÍ THƯ").contains("Số liệu tính đến ngày 06/12/2026.")
                    .doesNotContain("{{").doesNotContain("null");
            assertThat(text.indexOf("I. KẾT QUẢ THỰC HIỆN")).isLessThan(text.indexOf("Nơi nhận:"));
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aUnitsTemplateGetsItsPlaceholdersFilledEvenWhenWordSplitThemAcrossRunsAndFiguresByKey() throws Exception {
        byte[] template;
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph head = t.createParagraph();
            head.createRun().setText("Kính gửi: {{CAP_");
            head.createRun().setText("TREN}} — do {{CO_QUAN}} lập");
            t.createParagraph().createRun().setText("Số người dìu dắt: {{SO_LIEU:mentoring.mentors}}; số khác: {{ SO_LIEU:people.unknown }}");
            t.createParagraph().createRun().setText("{{NOI_DUNG}}");
            t.createParagraph().createRun().setText("Hết.");
            t.write(out);
            template = out.toByteArray();
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.render(template, CONTENT)))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Kính gửi: ĐẢNG BỘ QUÂN KHU — do SƯ ĐOÀN 1 lập");
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("Số người dìu dắt: 19.000; số khác: –");
            assertThat(document.getParagraphs().get(2).getText()).startsWith("Sư đoàn 1 báo cáo kết quả");
            assertThat(document.getParagraphs().get(document.getParagraphs().size() - 1).getText()).isEqualTo("Hết.");
        }
    }

    @Test
    void theSameReviewGivesADocxWithTheSameText() throws Exception {
        ReportContent again = SampleReviews.writer().content(SampleReviews.region(),
                new ReportWriter.Issuer("Sư đoàn 1", "Đảng bộ Quân khu", false), LocalDate.of(2026, 12, 6));
        assertThat(text(docx.render(ReportTemplates.defaultTemplate(), again)))
                .isEqualTo(text(docx.render(ReportTemplates.defaultTemplate(), CONTENT)));
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void aFileThatIsNotADocxIsRefusedAsUnreadable() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("xin chào".getBytes());
        }
        assertRefused(zip.toByteArray(), "reporting.template.error.unreadable");
        assertRefused("PK\u0003\u0004 hỏng".getBytes(), "reporting.template.error.unreadable");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingIt() throws Exception {
        BusinessRuleException refused = assertRefused(template("{{NOI_DUNG}}", "Ngày {{NGAY_KY}} và {{SO_LIEU:}}"),
                "reporting.template.error.unknown");
        assertThat(refused.arguments()).containsExactly("{{NGAY_KY}}, {{SO_LIEU:}}");
    }

    @Test
    void aTemplateWithoutTheBodyOrWithItTwiceOrInATableIsRefused() throws Exception {
        assertRefused(template("{{CO_QUAN}}"), "reporting.template.error.body");
        assertRefused(template("{{NOI_DUNG}}", "{{NOI_DUNG}}"), "reporting.template.error.body");
        assertRefused(template("Nội dung: {{NOI_DUNG}}"), "reporting.template.error.body");
        byte[] inTable;
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            t.createTable(1, 1).getRow(0).getCell(0).setText("{{NOI_DUNG}}");
            t.write(out);
            inTable = out.toByteArray();
        }
        assertRefused(inTable, "reporting.template.error.body");
    }

    private BusinessRuleException assertRefused(byte[] template, String messageKey) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> docx.check(template, CONTENT));
        assertThat(thrown).isInstanceOf(DocxReport.TemplateRejected.class);
        assertThat(((BusinessRuleException) thrown).messageKey()).isEqualTo(messageKey);
        assertThatThrownBy(() -> docx.render(template, CONTENT)).isInstanceOf(DocxReport.TemplateRejected.class);
        return (BusinessRuleException) thrown;
    }

    private static byte[] template(String... paragraphs) throws Exception {
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                t.createParagraph().createRun().setText(p);
            }
            t.write(out);
            return out.toByteArray();
        }
    }
}
