package vn.chibo.reporting.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.reporting.internal.ReportContent.Block;
import vn.chibo.reporting.internal.ReportContent.Heading;
import vn.chibo.reporting.internal.ReportContent.Paragraph;
import vn.chibo.reporting.internal.ReportContent.Table;
import vn.chibo.shared.document.PdfDocuments;

/**
 * The review report as PDF, in the customary layout of the default template (the same content as the DOCX: a unit's
 * own DOCX template shapes the DOCX only): issuer, number and 'ĐẢNG CỘNG SẢN VIỆT NAM' with the date line, title,
 * body, 'Nơi nhận' and the signature block. DejaVu Serif carries every Vietnamese glyph.
 */
@Component
public class PdfReport {

    private final FigureText text;

    PdfReport(FigureText text) {
        this.text = text;
    }

    public byte[] render(ReportContent c) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<html><head><meta charset=\"utf-8\"/><style>")
                .append("@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }")
                .append("body { font-family: 'DejaVu Serif'; font-size: 12pt; line-height: 1.35; }")
                .append(".head, .foot { width: 100%; border-collapse: collapse; } .head td, .foot td { vertical-align: top; }")
                .append(".head td { text-align: center; } .head td.left { width: 42%; } .head td.right { width: 58%; }")
                .append(".title { text-align: center; font-weight: bold; font-size: 15pt; margin-top: 16pt; }")
                .append(".subtitle { text-align: center; font-weight: bold; margin-bottom: 10pt; }")
                .append("h2 { font-size: 12.5pt; margin: 10pt 0 4pt 0; } h3 { font-size: 12pt; margin: 8pt 0 3pt 0; }")
                .append("p { margin: 3pt 0; text-align: justify; text-indent: 1cm; }")
                .append("table.grid { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9pt; table-layout: fixed; }")
                .append("table.grid th.first { width: 24%; } table.grid th.no { width: 6%; } table.grid th.label { width: 34%; }")
                .append("table.grid td, table.grid th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; word-wrap: break-word; }")
                .append("table.grid td.n { text-align: right; }")
                .append(".foot td.left { width: 50%; font-size: 10.5pt; } .foot td.right { width: 50%; text-align: center; font-weight: bold; }")
                .append(".source { font-size: 9.5pt; font-style: italic; margin-top: 14pt; text-indent: 0; }")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td class=\"left\">");
        if (!c.field(Placeholder.CAP_TREN).isEmpty()) {
            h.append(esc(c.field(Placeholder.CAP_TREN))).append("<br/>");
        }
        h.append("<b>").append(esc(c.field(Placeholder.CO_QUAN))).append("</b><br/>*<br/>")
                .append(esc(text.vi("reporting.number")).replace(' ', '\u00A0')).append("</td><td class=\"right\"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br/><i>")
                .append(esc(c.field(Placeholder.DIA_DANH) + ", " + c.field(Placeholder.NGAY_THANG))).append("</i></td></tr></table>");
        h.append("<div class=\"title\">").append(esc(c.field(Placeholder.TIEU_DE))).append("</div>");
        h.append("<div class=\"subtitle\">").append(esc(c.field(Placeholder.TRICH_YEU))).append("</div>");
        for (Block block : c.body()) {
            if (block instanceof Heading x) {
                h.append(x.level() == 1 ? "<h2>" : "<h3>").append(esc(x.text())).append(x.level() == 1 ? "</h2>" : "</h3>");
            } else if (block instanceof Paragraph x) {
                h.append("<p>").append(esc(x.text())).append("</p>");
            } else if (block instanceof Table x) {
                table(h, x.headers(), x.rows());
            }
        }
        h.append("<table class=\"foot\"><tr><td class=\"left\"><b><i>").append(esc(text.vi("reporting.recipients"))).append("</i></b><br/>");
        for (String line : c.field(Placeholder.NOI_NHAN).split("\n")) {
            h.append(esc(line)).append("<br/>");
        }
        h.append("</td><td class=\"right\">").append(esc(c.field(Placeholder.THAY_MAT))).append("<br/>")
                .append(esc(c.field(Placeholder.CHUC_VU_KY))).append("<br/><br/><br/><br/></td></tr></table>");
        h.append("<p class=\"source\">").append(esc(c.field(Placeholder.NGUON_SO_LIEU))).append("</p>");
        h.append("</body></html>");
        return PdfDocuments.render(h.toString());
    }

    private static void table(StringBuilder h, List<String> headers, List<List<String>> rows) {
        h.append("<table class=\"grid\"><tr>");
        boolean numbered = headers.get(0).length() <= 3; // 'STT': number, label, then figures
        for (int i = 0; i < headers.size(); i++) {
            String width = numbered ? (i == 0 ? " class=\"no\"" : i == 1 ? " class=\"label\"" : "") : i == 0 ? " class=\"first\"" : "";
            h.append("<th").append(width).append(">").append(esc(headers.get(i))).append("</th>");
        }
        h.append("</tr>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i > 0 && row.get(i).matches("[–0-9.,%()/ ]+") ? "<td class=\"n\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
