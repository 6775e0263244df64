package vn.chibo.meeting.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.shared.document.DocxDocument;
import vn.chibo.shared.document.PdfDocuments;


/**
 * Biên bản sinh hoạt in the customary layout (header with the superior and the organization, 'ĐẢNG CỘNG SẢN VIỆT NAM'
 * and the date; title; time, place, chair, minute-taker and attendance; contents; review of the previous resolution;
 * contributions; the resolution with its action items and vote; the quality score; signatures), as DOCX and PDF. Party
 * documents are always in Vietnamese, whatever the reader's language.
 */
@Component
public class MinutesDocuments {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MinutesContent minutes;
    private final MessageSource messages;

    MinutesDocuments(MinutesContent minutes, MessageSource messages) {
        this.minutes = minutes;
        this.messages = messages;
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    public byte[] docx(long meetingId) {
        MinutesContent.Content c = minutes.of(meetingId);
        DocxDocument doc = new DocxDocument().header(c.issuer(), c.dateLine()).title(c.title(), c.subtitle());
        for (String[] field : c.fields()) {
            doc.field(field[0], field[1]);
        }
        if (!c.absentees().isEmpty()) {
            doc.table(List.of(vi("meeting.minutes.col.name"), vi("meeting.minutes.col.absence")),
                    c.absentees().stream().map(a -> List.of(a[0], a[1])).toList());
        }
        if (!c.guests().isEmpty()) {
            doc.field(vi("meeting.minutes.guests"), String.join("; ", c.guests()));
        }
        doc.heading(vi("meeting.minutes.section.agenda"));
        c.agenda().forEach(doc::paragraph);
        doc.heading(vi("meeting.minutes.section.previous"));
        if (c.previousItems().isEmpty()) {
            doc.paragraph(vi("meeting.minutes.noPrevious"));
        } else {
            doc.table(List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.content"), vi("meeting.minutes.col.assignee"),
                    vi("meeting.minutes.col.result")), c.previousItems());
        }
        doc.heading(vi("meeting.minutes.section.contributions"));
        if (c.contributions().isEmpty()) {
            doc.paragraph(vi("meeting.minutes.noContributions"));
        } else {
            doc.table(List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.speaker"), vi("meeting.minutes.col.kind"),
                    vi("meeting.minutes.col.content"), vi("meeting.minutes.col.adopted")), c.contributions());
        }
        doc.heading(vi("meeting.minutes.section.resolution"));
        c.resolution().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(doc::paragraph);
        if (!c.items().isEmpty()) {
            doc.table(List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.task"), vi("meeting.minutes.col.assignee"),
                    vi("meeting.minutes.col.due")), c.items());
        }
        doc.paragraph(c.vote());
        doc.heading(vi("meeting.minutes.section.score"));
        if (!c.scoreRows().isEmpty()) {
            doc.table(List.of(vi("meeting.minutes.col.criterion"), vi("meeting.minutes.col.points"), vi("meeting.minutes.col.max")),
                    c.scoreRows());
        }
        doc.paragraph(c.scoreLine());
        doc.paragraph(c.closing());
        doc.signatures(List.of(c.minuteTaker(), c.chair()));
        return doc.toBytes();
    }

    public byte[] pdf(long meetingId) {
        MinutesContent.Content c = minutes.of(meetingId);
        StringBuilder h = new StringBuilder();
        h.append("<html><head><meta charset=\"utf-8\"/><style>")
                .append("@page { size: A4; margin: 2cm 1.5cm 2cm 2.5cm; }")
                .append("body { font-family: 'DejaVu Serif'; font-size: 12pt; line-height: 1.35; }")
                .append(".head { width: 100%; border-collapse: collapse; } .head td { width: 50%; text-align: center; vertical-align: top; }")
                .append(".title { text-align: center; font-weight: bold; font-size: 15pt; margin-top: 18pt; }")
                .append(".subtitle { text-align: center; font-weight: bold; margin-bottom: 12pt; }")
                .append("h2 { font-size: 12.5pt; margin: 12pt 0 4pt 0; } p { margin: 3pt 0; text-align: justify; }")
                .append("table.grid { width: 100%; border-collapse: collapse; margin: 4pt 0; font-size: 11pt; }")
                .append("table.grid td, table.grid th { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }")
                .append(".sign { width: 100%; margin-top: 18pt; } .sign td { width: 50%; text-align: center; font-weight: bold; height: 90pt; vertical-align: top; }")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td>");
        for (int i = 0; i < c.issuer().size(); i++) {
            h.append(i == c.issuer().size() - 1 ? "<b>" : "").append(esc(c.issuer().get(i))).append(i == c.issuer().size() - 1 ? "</b>" : "")
                    .append("<br/>");
        }
        h.append("*</td><td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br/><i>").append(esc(c.dateLine())).append("</i></td></tr></table>");
        h.append("<div class=\"title\">").append(esc(c.title())).append("</div>");
        h.append("<div class=\"subtitle\">").append(esc(c.subtitle())).append("</div>");
        for (String[] field : c.fields()) {
            h.append("<p><b>").append(esc(field[0])).append(":</b> ").append(esc(field[1])).append("</p>");
        }
        if (!c.absentees().isEmpty()) {
            table(h, List.of(vi("meeting.minutes.col.name"), vi("meeting.minutes.col.absence")),
                    c.absentees().stream().map(a -> List.of(a[0], a[1])).toList(), 35, 0);
        }
        if (!c.guests().isEmpty()) {
            h.append("<p><b>").append(esc(vi("meeting.minutes.guests"))).append(":</b> ").append(esc(String.join("; ", c.guests())))
                    .append("</p>");
        }
        h.append("<h2>").append(esc(vi("meeting.minutes.section.agenda"))).append("</h2>");
        c.agenda().forEach(line -> h.append("<p>").append(esc(line)).append("</p>"));
        h.append("<h2>").append(esc(vi("meeting.minutes.section.previous"))).append("</h2>");
        if (c.previousItems().isEmpty()) {
            h.append("<p>").append(esc(vi("meeting.minutes.noPrevious"))).append("</p>");
        } else {
            table(h, List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.content"), vi("meeting.minutes.col.assignee"),
                    vi("meeting.minutes.col.result")), c.previousItems(), 6, 0, 24, 18);
        }
        h.append("<h2>").append(esc(vi("meeting.minutes.section.contributions"))).append("</h2>");
        if (c.contributions().isEmpty()) {
            h.append("<p>").append(esc(vi("meeting.minutes.noContributions"))).append("</p>");
        } else {
            table(h, List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.speaker"), vi("meeting.minutes.col.kind"),
                    vi("meeting.minutes.col.content"), vi("meeting.minutes.col.adopted")), c.contributions(), 6, 20, 16, 0, 10);
        }
        h.append("<h2>").append(esc(vi("meeting.minutes.section.resolution"))).append("</h2>");
        c.resolution().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(line -> h.append("<p>").append(esc(line)).append("</p>"));
        if (!c.items().isEmpty()) {
            table(h, List.of(vi("meeting.minutes.col.no"), vi("meeting.minutes.col.task"), vi("meeting.minutes.col.assignee"),
                    vi("meeting.minutes.col.due")), c.items(), 6, 0, 24, 15);
        }
        h.append("<p>").append(esc(c.vote())).append("</p>");
        h.append("<h2>").append(esc(vi("meeting.minutes.section.score"))).append("</h2>");
        if (!c.scoreRows().isEmpty()) {
            table(h, List.of(vi("meeting.minutes.col.criterion"), vi("meeting.minutes.col.points"), vi("meeting.minutes.col.max")),
                    c.scoreRows(), 0, 9, 9);
        }
        h.append("<p>").append(esc(c.scoreLine())).append("</p>");
        h.append("<p>").append(esc(c.closing())).append("</p>");
        h.append("<table class=\"sign\"><tr><td>").append(esc(c.minuteTaker()[0])).append("<br/><br/><br/><br/>")
                .append(esc(c.minuteTaker()[1])).append("</td><td>").append(esc(c.chair()[0])).append("<br/><br/><br/><br/>")
                .append(esc(c.chair()[1])).append("</td></tr></table>");
        h.append("</body></html>");
        return PdfDocuments.render(h.toString());
    }

    /** A bordered table; {@code widths} in percent per column (0: share the rest). */
    private static void table(StringBuilder h, List<String> headers, List<List<String>> rows, int... widths) {
        h.append("<table class=\"grid\"><tr>");
        for (int i = 0; i < headers.size(); i++) {
            int width = i < widths.length ? widths[i] : 0;
            h.append(width > 0 ? "<th style=\"width: " + width + "%\">" : "<th>").append(esc(headers.get(i))).append("</th>");
        }
        h.append("</tr>");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(esc(cell)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
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

    /** File name without diacritics: 'bien-ban-2026-11-25-chi-bo-dai-doi-1'. */
    public String filename(long meetingId) {
        return minutes.filename(meetingId);
    }
}
