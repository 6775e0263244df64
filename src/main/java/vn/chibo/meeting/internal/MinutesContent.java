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

/**
 * What the biên bản sinh hoạt says, in the order it says it, in Vietnamese whatever the reader's language: the header
 * with the superior and the organization, the date line, the meeting's facts, contributions, resolution and score.
 * {@link MinutesDocuments} lays it out as DOCX and PDF.
 */
@Component
class MinutesContent {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingService meetings;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;

    MinutesContent(MeetingService meetings, OrganizationDirectory organizations, MessageSource messages) {
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

    Content of(long meetingId) {
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
        MeetingFacts.Facts facts = meetings.facts(m);
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

    /** File name without diacritics: 'bien-ban-2026-11-25-chi-bo-dai-doi-1'. */
    String filename(long meetingId) {
        Meeting m = meetings.get(meetingId);
        String org = organizations.find(m.organizationId()).map(OrganizationRef::name).orElse("");
        return "bien-ban-" + m.date() + "-" + vn.chibo.shared.text.VietnameseText.searchKey(org).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}