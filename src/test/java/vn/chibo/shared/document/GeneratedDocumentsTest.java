package vn.chibo.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Generated PDF and DOCX files open and read back with their Vietnamese text intact. */
class GeneratedDocumentsTest {

    @Test
    void aPdfCarriesVietnameseTextWithEmbeddedFonts() throws Exception {
        byte[] pdf = PdfDocuments.render("""
                <html><head><style>body { font-family: 'DejaVu Serif'; }</style></head>
                <body><h1>BIÊN BẢN SINH HOẠT CHI BỘ</h1><p>Đồng chí Nguyễn Thị Hường phát biểu: đề nghị tăng cường kỷ luật.</p></body></html>""");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BIÊN BẢN SINH HOẠT CHI BỘ").contains("Nguyễn Thị Hường").contains("kỷ luật");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void aDocxHasTheCustomaryHeaderTitleTableAndSignatures() throws Exception {
        byte[] docx = new DocxDocument()
                .header(List.of("ĐẢNG BỘ TIỂU ĐOÀN 1", "CHI BỘ ĐẠI ĐỘI 1"), "Đắk Lắk, ngày 25 tháng 11 năm 2026")
                .title("BIÊN BẢN", "Sinh hoạt chi bộ thường kỳ tháng 11/2026")
                .field("Chủ trì", "Đồng chí Lý Xuân Thành")
                .paragraph("Chi bộ thống nhất nghị quyết.")
                .table(List.of("STT", "Họ và tên", "Ý kiến"), List.of(List.of("1", "Bùi Văn Minh Dũng", "Đề xuất học tập")))
                .signatures(List.of(new String[] {"THƯ KÝ", "Bùi Văn Minh Dũng"}, new String[] {"CHỦ TRÌ", "Lý Xuân Thành"}))
                .toBytes();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("CHI BỘ ĐẠI ĐỘI 1").contains("BIÊN BẢN")
                    .contains("Bùi Văn Minh Dũng").contains("Đề xuất học tập").contains("THƯ KÝ").contains("CHỦ TRÌ");
            assertThat(document.getTables()).hasSize(3);
        }
    }
}
