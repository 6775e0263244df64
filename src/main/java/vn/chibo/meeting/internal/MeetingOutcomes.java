package vn.chibo.meeting.internal;

import static vn.chibo.meeting.internal.MeetingAudit.abbreviate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.internal.MeetingParts.ActionItem;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** What a meeting produces: the resolution and its vote, the action items and their progress, the manual scores. */
@Component
class MeetingOutcomes {

    private final MeetingStore store;
    private final ActionItemStore items;
    private final MeetingScorer scorer;
    private final RubricService rubrics;
    private final MeetingAccess access;
    private final MeetingProgress progress;
    private final MeetingAudit audit;
    private final Clock clock;

    MeetingOutcomes(MeetingStore store, ActionItemStore items, MeetingScorer scorer, RubricService rubrics, MeetingAccess access,
                    MeetingProgress progress, MeetingAudit audit, Clock clock) {
        this.store = store;
        this.items = items;
        this.scorer = scorer;
        this.rubrics = rubrics;
        this.access = access;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    Meeting saveResolution(long meetingId, String text, Integer votesFor, Integer votesAgainst, long version) {
        Meeting meeting = access.forRecording(meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentEditException();
        }
        String resolution = MeetingService.cleanText(text);
        if (resolution != null && resolution.length() > 20000) {
            throw new BusinessRuleException("resolution", "meeting.error.tooLong");
        }
        int members = meeting.invitedMembers();
        if ((votesFor != null && (votesFor < 0 || votesFor > members)) || (votesAgainst != null && (votesAgainst < 0
                || votesAgainst > members)) || (votesFor != null && votesAgainst != null && votesFor + votesAgainst > members)) {
            throw new BusinessRuleException("votesFor", "meeting.error.votes", members);
        }
        meeting = progress.ensureStarted(meeting);
        Meeting changed = new Meeting(meeting.id(), meeting.organizationId(), meeting.orgPath(), meeting.kind(),
                meeting.combinedThematic(), meeting.period(), meeting.topic(), meeting.date(), meeting.startTime(), meeting.endTime(),
                meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), meeting.status(), resolution, votesFor,
                votesAgainst, meeting.officialCount(), meeting.probationaryCount(), meeting.presentCount(), meeting.excusedCount(),
                meeting.unexcusedCount(), meeting.speakerCount(), meeting.contributionCount(), meeting.supervisorPresent(),
                meeting.manualScores(), meeting.rubricId(), meeting.score(), meeting.grade(), meeting.flat(), meeting.scoreDetail(),
                meeting.createdBy(), meeting.createdAt(), meeting.updatedAt(), meeting.version());
        store.update(changed, meeting.version());
        progress.refresh(meetingId);
        audit.record("RESOLUTION", changed, Changes.between(Map.of("votesFor", String.valueOf(meeting.votesFor())),
                Map.of("votesFor", String.valueOf(votesFor), "resolution", resolution == null ? "" : abbreviate(resolution))));
        return store.find(meetingId).orElseThrow();
    }

    ActionItem addItem(long meetingId, String content, Long assigneeId, LocalDate dueDate) {
        Meeting meeting = access.forRecording(meetingId);
        String text = VietnameseText.clean(content);
        if (text == null) {
            throw new BusinessRuleException("content", "meeting.error.itemContent");
        }
        if (text.length() > 1000) {
            throw new BusinessRuleException("content", "meeting.error.tooLong");
        }
        String assigneeName = null;
        if (assigneeId != null) {
            assigneeName = store.attendeeByPerson(meetingId, assigneeId).map(Attendee::fullName)
                    .orElseThrow(() -> new BusinessRuleException("assigneeId", "meeting.error.assignee"));
        }
        if (dueDate != null && dueDate.isBefore(meeting.date())) {
            throw new BusinessRuleException("dueDate", "meeting.error.dueBeforeMeeting");
        }
        meeting = progress.ensureStarted(meeting);
        long id = items.insertItem(meeting, text, assigneeId, assigneeName, dueDate);
        progress.refresh(meetingId);
        audit.record("ACTION_ITEM", meeting, Map.of("item", new Object[] {null, text}));
        return items.item(id).orElseThrow();
    }

    void deleteItem(long meetingId, long itemId) {
        Meeting meeting = access.forRecording(meetingId);
        ActionItem item = items.item(itemId).filter(i -> i.meetingId() == meetingId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        items.deleteItem(itemId);
        progress.refresh(meetingId);
        audit.record("ACTION_ITEM_DELETE", meeting, Map.of("item", new Object[] {item.content(), null}));
    }

    /**
     * Progress of an item, reported at a meeting where it is set or carried: closing it dates it on that meeting's day
     * (or today when reported at the meeting that set it, or when a later date is given).
     */
    ActionItem updateItem(long meetingId, long itemId, ItemStatus status, String note, LocalDate closedOn, long version) {
        Meeting meeting = access.get(meetingId);
        if (!access.mayRecord(meeting)) {
            throw new ForbiddenException("update an action item");
        }
        ActionItem item = items.item(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        boolean own = item.meetingId() == meetingId;
        if (!own && items.carriedTo(meeting).stream().noneMatch(i -> i.id() == itemId)) {
            throw new NotFoundException("ActionItem", itemId);
        }
        if (status == null) {
            throw new BusinessRuleException("status", "meeting.error.itemStatus");
        }
        String cleanNote = VietnameseText.clean(note);
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new BusinessRuleException("note", "meeting.error.tooLong");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate closed = null;
        if (status.closed()) {
            closed = closedOn != null ? closedOn : own || meeting.date().isAfter(today) ? today : meeting.date();
            if (closed.isBefore(item.meetingDate()) || closed.isAfter(today)) {
                throw new BusinessRuleException("closedOn", "meeting.error.closedOn");
            }
        }
        items.updateItem(itemId, status, closed, cleanNote, version);
        for (Long open : items.openMeetingsAfter(item.organizationId(), item.meetingDate())) {
            progress.refresh(open);
        }
        audit.record("ACTION_ITEM", meeting, Map.of(item.content(), new Object[] {item.status(), status}));
        return items.item(itemId).orElseThrow();
    }

    /** Points for the rubric's manual items ('' leaves an item unscored); comma or point as the decimal mark. */
    Meeting saveManualScores(long meetingId, Map<String, String> values, long version) {
        Meeting meeting = access.forRecording(meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentEditException();
        }
        Long rubricId = scorer.rubricFor(meeting);
        if (rubricId == null || !scorer.scoredKind(meeting, rubricId)) {
            throw new BusinessRuleException(null, "meeting.error.notScored");
        }
        Map<String, BigDecimal> points = manualPoints(rubrics.definition(rubricId), values);
        meeting = progress.ensureStarted(meeting);
        Meeting changed = new Meeting(meeting.id(), meeting.organizationId(), meeting.orgPath(), meeting.kind(),
                meeting.combinedThematic(), meeting.period(), meeting.topic(), meeting.date(), meeting.startTime(), meeting.endTime(),
                meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), meeting.status(), meeting.resolution(),
                meeting.votesFor(), meeting.votesAgainst(), meeting.officialCount(), meeting.probationaryCount(), meeting.presentCount(),
                meeting.excusedCount(), meeting.unexcusedCount(), meeting.speakerCount(), meeting.contributionCount(),
                meeting.supervisorPresent(), points, meeting.rubricId(), meeting.score(), meeting.grade(), meeting.flat(),
                meeting.scoreDetail(), meeting.createdBy(), meeting.createdAt(), meeting.updatedAt(), meeting.version());
        store.update(changed, meeting.version());
        progress.refresh(meetingId);
        audit.record("SCORE", changed, Changes.between(Map.of("manual", String.valueOf(meeting.manualScores())),
                Map.of("manual", String.valueOf(points))));
        return store.find(meetingId).orElseThrow();
    }

    private static Map<String, BigDecimal> manualPoints(RubricDefinition definition, Map<String, String> values) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (RubricDefinition.Item item : definition.manualItems()) {
            String raw = VietnameseText.clean(values.get(item.code()));
            if (raw == null) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException(item.code(), "meeting.error.points", item.nameVi(), item.maxPoints().toPlainString());
            }
            if (value.signum() < 0 || value.compareTo(item.maxPoints()) > 0 || value.scale() > 2) {
                throw new BusinessRuleException(item.code(), "meeting.error.points", item.nameVi(), item.maxPoints().toPlainString());
            }
            points.put(item.code(), value.stripTrailingZeros());
        }
        return points;
    }
}
