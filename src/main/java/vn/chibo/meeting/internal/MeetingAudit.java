package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.shared.audit.AuditRecord;

/** The audit trail of a meeting's changes, and the copies of a meeting those changes are made on. */
@Component
class MeetingAudit {

    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    MeetingAudit(ApplicationEventPublisher events, org.springframework.context.MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    void record(String action, Meeting meeting, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, MeetingService.ENTITY, meeting.id(), meeting.orgPath(),
                messages.getMessage("meeting.kind." + meeting.kind(), null, meeting.kind().name(), java.util.Locale.forLanguageTag("vi"))
                        + " " + vn.chibo.shared.web.DateInput.print(meeting.date()), changes));
    }

    static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", m.kind());
        values.put("combinedThematic", m.combinedThematic());
        values.put("topic", m.topic());
        values.put("date", m.date());
        values.put("startTime", m.startTime());
        values.put("endTime", m.endTime());
        values.put("place", m.place());
        values.put("chairId", m.chairId());
        values.put("minuteTakerId", m.minuteTakerId());
        values.put("agenda", m.agenda() == null ? null : abbreviate(m.agenda()));
        values.put("status", m.status());
        return values;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** The meeting with a new plan and status, everything recorded kept. */
    static Meeting with(Meeting m, MeetingKind kind, boolean combined, String topic, LocalDate date, LocalTime start, LocalTime end,
                        String place, Long chair, Long taker, String agenda, MeetingStatus status) {
        return new Meeting(m.id(), m.organizationId(), m.orgPath(), kind, combined, YearMonth.from(date).toString(), topic, date, start,
                end, place, chair, taker, agenda, status, m.resolution(), m.votesFor(), m.votesAgainst(), m.officialCount(),
                m.probationaryCount(), m.presentCount(), m.excusedCount(), m.unexcusedCount(), m.speakerCount(),
                m.contributionCount(), m.supervisorPresent(), m.manualScores(), m.rubricId(), m.score(), m.grade(), m.flat(),
                m.scoreDetail(), m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }
}
