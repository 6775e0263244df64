package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.internal.MeetingParts.ActionItem;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingParts.Contribution;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingService meetings;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;

    MinutesDocuments(MeetingService meetings, OrganizationDirectory organizations, MessageSource messages) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.messages = messages;
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    /** Everything the minutes say, in the order they say it. */
    record Content(List<String> issuer, String dateLine, String title, String subtitle, List<String[]> fields,
                   List<String[]> absentees, List<String> guests, List<String> agenda, List<List<String>> previousItems,
                   List<List<String>> contributions, String resolution, List<List<String>> items, String vote,
                   List<List<String>> scoreRows, String scoreLine, String closing, String[] minuteTaker, String[] chair) {
    }

    Content content(long meetingId) {
        Meeting m = meetings.get(meetingId);
        OrganizationRef organization = organizations.find(m.organizationId()).orElseThrow();
        OrganizationRef parent = organization.parentId() == null ? null : organizations.find(organization.parentId()).orElse(null);
        List<String> issuer = new ArrayList<>();
        if (parent != null) {
            issuer.add(upper(parent.name()));
        }
        issuer.add(upper(organization.name()));
        LocalDate d = m.date();
        String dateLine = vi("meeting.minutes.dateLine", String.format("%02d", d.getDayOfMonth()), String.format("%02d", d.getMonthValue()),
                String.valueOf(d.getYear()));
        String subtitle = switch (m.kind()) {
            case REGULAR -> vi(m.combinedThematic() ? "meeting.minutes.subtitle.REGULAR.combined" : "meeting.minutes.subtitle.REGULAR",
                    String.format("%02d/%d", d.getMonthValue(), d.getYear()));
            case THEMATIC -> vi("meeting.minutes.subtitle.THEMATIC", m.topic() == null ? "" : m.topic());
            case EXTRAORDINARY -> vi("meeting.minutes.subtitle.EXTRAORDINARY");
            case COMMITTEE -> vi(organization.type() == OrganizationType.CELL ? "meeting.minutes.subtitle.COMMITTEE.cell"
                    : "meeting.minutes.subtitle.COMMITTEE");
        };
        if (m.kind() == MeetingKind.REGULAR && m.combinedThematic() && m.topic() != null) {
            subtitle = subtitle + ": " + m.topic();
        }
        List<Attendee> attendees = meetings.attendees(m);
        String chair = nameOf(attendees, m.chairId());
        String taker = nameOf(attendees, m.minuteTakerId());
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {vi("meeting.minutes.time"), vi("meeting.minutes.startedAt", hm(m.startTime()), DATE.format(d))});
        fields.add(new String[] {vi("meeting.minutes.place"), m.place() == null ? "" : m.place()});
        fields.add(new String[] {vi("meeting.minutes.chair"), chair});
        fields.add(new String[] {vi("meeting.minutes.minuteTaker"), taker});
        MeetingScorer.Facts facts = meetings.facts(m);
        int absent = facts.excused() + facts.unexcused();
        fields.add(new String[] {vi("meeting.minutes.members"), vi("meeting.minutes.membersLine", facts.official() + facts.probationary(),
                facts.official(), facts.probationary(), facts.present(), absent, facts.excused(), facts.unexcused())});
        List<String[]> absentees = attendees.stream()
                .filter(a -> a.member() && (a.attendance() == Attendance.EXCUSED || a.attendance() == Attendance.UNEXCUSED))
                .map(a -> new String[] {a.fullName(), vi("meeting.attendance." + a.attendance())
                        + (a.absenceReason() == null ? "" : ": " + a.absenceReason())})
                .toList();
        List<String> guests = attendees.stream().filter(a -> !a.member())
                .map(a -> vi("meeting.minutes.comrade", a.fullName()) + (a.guestTitle() == null ? "" : ", " + a.guestTitle())
                        + (a.attendance() == Attendance.PRESENT || a.attendance() == Attendance.UNKNOWN ? "" : " (" + vi("meeting.attendance." + a.attendance()) + ")"))
                .toList();
        List<String> agenda = m.agenda() == null ? List.of() : m.agenda().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<List<String>> previous = new ArrayList<>();
        int n = 1;
        for (ActionItem item : meetings.carriedItems(m)) {
            previous.add(List.of(String.valueOf(n++), item.content(), item.assigneeName() == null ? "" : item.assigneeName(),
                    vi("meeting.item.status." + item.status())));
        }
        List<List<String>> contributions = new ArrayList<>();
        n = 1;
        for (Contribution c : meetings.contributions(m)) {
            contributions.add(List.of(String.valueOf(n++), c.speakerName(), vi("meeting.contribution.kind." + c.kind())
                    + (c.beforeMeeting() ? " (" + vi("meeting.contribution.before") + ")" : ""), c.content(),
                    c.adopted() ? vi("meeting.minutes.adopted") : ""));
        }
        List<List<String>> items = new ArrayList<>();
        n = 1;
        for (ActionItem item : meetings.items(m)) {
            items.add(List.of(String.valueOf(n++), item.content(), item.assigneeName() == null ? "" : item.assigneeName(),
                    item.dueDate() == null ? "" : DATE.format(item.dueDate())));
        }
        String vote = m.votesFor() == null ? vi("meeting.minutes.noVote")
                : vi("meeting.minutes.vote", m.votesFor(), facts.present(), m.votesAgainst() == null ? 0 : m.votesAgainst(),
                facts.present() == 0 ? "0" : MeetingScorer.percent(m.votesFor(), facts.present()).stripTrailingZeros().toPlainString()
                        .replace('.', ','));
        List<List<String>> scoreRows = new ArrayList<>();
        String scoreLine;
        MeetingService.ScoreView score = meetings.score(m);
        if (score.result() != null) {
            for (RubricCalculator.ItemScore item : score.result().items()) {
                scoreRows.add(List.of(score.definition().item(item.code()).nameVi(), number(item.points()), number(item.maxPoints())));
            }
            scoreLine = vi("meeting.minutes.scoreLine", number(score.result().total()),
                    score.result().grade() == null ? "" : vi("meeting.grade." + score.result().grade()))
                    + (score.result().flat() ? " " + vi("meeting.minutes.flat") : "");
        } else {
            scoreLine = vi("meeting.minutes.notScored");
        }
        String closing = vi("meeting.minutes.closing", m.endTime() == null ? "…" : hm(m.endTime()));
        return new Content(issuer, dateLine, vi("meeting.minutes.title"), subtitle, fields, absentees, guests, agenda, previous,
                contributions, m.resolution() == null ? "" : m.resolution(), items, vote, scoreRows, scoreLine, closing,
                new String[] {vi("meeting.minutes.sign.minuteTaker"), taker}, new String[] {vi("meeting.minutes.sign.chair"), chair});
    }

    private static String nameOf(List<Attendee> attendees, Long personId) {
        if (personId == null) {
            return "";
        }
        return attendees.stream().filter(a -> personId.equals(a.personId())).map(Attendee::fullName).findFirst().orElse("");
    }

    private String hm(LocalTime time) {
        return vi("meeting.minutes.hourMinute", time.getHour(), String.format("%02d", time.getMinute()));
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String upper(String name) {
        return name.toUpperCase(VI);
    }

    public byte[] docx(long meetingId) {
        Content c = content(meetingId);
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
        Content c = content(meetingId);
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
        Meeting m = meetings.get(meetingId);
        String org = organizations.find(m.organizationId()).map(OrganizationRef::name).orElse("");
        return "bien-ban-" + m.date() + "-" + vn.chibo.shared.text.VietnameseText.searchKey(org).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
