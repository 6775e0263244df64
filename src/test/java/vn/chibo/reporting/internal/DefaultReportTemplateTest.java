package vn.chibo.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.chibo.shared.document.DocxDocument;

/** The shipped default template holds the customary layout's placeholders and passes the checks every upload gets. */
class DefaultReportTemplateTest {

    /** How the shipped template was made; rewrite it with -Dreporting.writeDefaultTemplate=true. */
    static byte[] build() {
        return new DocxDocument()
                .header(List.of("{{CAP_TREN}}", "{{CO_QUAN}}"), "Số        -BC", "{{DIA_DANH}}, {{NGAY_THANG}}")
                .title("{{TIEU_DE}}", "{{TRICH_YEU}}")
                .paragraph("{{NOI_DUNG}}")
                .recipientsAndSignature("Nơi nhận:", List.of("{{NOI_NHAN}}"), List.of("{{THAY_MAT}}", "{{CHUC_VU_KY}}"), "")
                .note("{{NGUON_SO_LIEU}}")
                .toBytes();
    }

    @Test
    @EnabledIfSystemProperty(named = "reporting.writeDefaultTemplate", matches = "true")
    void writeTheDefaultTemplate() throws Exception {
        Files.write(Path.of("src/main/resources" + ReportTemplates.DEFAULT), build());
    }

    @Test
    void theShippedTemplateHoldsEveryPlaceholderOfTheCustomaryLayoutAndPassesTheUploadChecks() throws Exception {
        byte[] shipped = ReportTemplates.defaultTemplate();
        var sample = SampleReviews.writer().content(SampleReviews.region(),
                new ReportWriter.Issuer("Đảng bộ Quân khu", null, false), LocalDate.of(2026, 12, 6));
        assertThat(new DocxReport().check(shipped, sample)).containsExactlyInAnyOrder("CAP_TREN", "CO_QUAN", "DIA_DANH",
                "NGAY_THANG", "TIEU_DE", "TRICH_YEU", "NOI_DUNG", "NOI_NHAN", "THAY_MAT", "CHUC_VU_KY", "NGUON_SO_LIEU");
    }
}
