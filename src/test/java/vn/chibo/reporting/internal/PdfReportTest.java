package vn.chibo.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The review report as PDF: the customary layout, the figures, and Vietnamese text that extracts back intact. */
class PdfReportTest {

    @Test
    void thePdfCarriesTheHeaderTheFiguresAndTheSignatureInVietnamese() throws Exception {
        ReportContent content = SampleReviews.writer().content(SampleReviews.region(),
                new ReportWriter.Issuer("Đảng bộ Quân khu", null, false), LocalDate.of(2026, 12, 6));
        byte[] pdf = new PdfReport(SampleReviews.text()).render(content);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("ĐẢNG BỘ QUÂN KHU").contains("BÁO CÁO")
                    .contains("ngày 06 tháng 12 năm 2026")
                    .contains("19.000 cán bộ, đảng viên dìu dắt 62.000 quần chúng")
                    .contains("2.416 chi bộ đạt “5 tốt” và 28.601 đảng viên đạt “5 tốt”")
                    .contains("94,2% (2.290/2.431)").contains("Nổi bật là các đơn vị: Sư đoàn 1")
                    .contains("Bộ CHQS tỉnh Tây Ninh").contains("Nơi nhận:").contains("T/M ĐẢNG ỦY").contains("BÍ THƯ");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            // a picture of each page, to look at the layout (target/screenshots/review-report-N.png)
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        java.nio.file.Path.of("target/screenshots/review-report-" + (page + 1) + ".png").toFile());
            }
        }
    }
}
