package vn.chibo.meeting.internal;

import static vn.chibo.meeting.internal.MeetingAudit.with;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;

/** A meeting's status: planned, in progress, held, minutes closed (score frozen), reopened, cancelled. */
@Component
class MeetingProgress {

    private final MeetingStore store;
    private final MeetingScorer scorer;
    private final MeetingAccess access;
    private final MeetingAudit audit;
    private final Clock clock;

    MeetingProgress(MeetingStore store, MeetingScorer scorer, MeetingAccess access, MeetingAudit audit, Clock clock) {
        this.store = store;
        this.scorer = scorer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    Meeting start(long id) {
        Meeting meeting = access.forRecording(id);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        if (meeting.date().isAfter(today())) {
            throw new BusinessRuleException(null, "meeting.error.notYet");
        }
        return setStatus(meeting, MeetingStatus.IN_PROGRESS, meeting.endTime());
    }

    /** Ends the meeting: its end time (now when not given and the meeting is today). */
    Meeting finish(long id, LocalTime endTime) {
        Meeting meeting = access.forRecording(id);
        if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.IN_PROGRESS
                && meeting.status() != MeetingStatus.HELD) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        if (meeting.date().isAfter(today())) {
            throw new BusinessRuleException(null, "meeting.error.notYet");
        }
        LocalTime end = endTime != null ? endTime : meeting.endTime() != null ? meeting.endTime()
                : meeting.date().equals(today()) ? LocalTime.now(clock).withSecond(0).withNano(0) : null;
        if (end == null) {
            throw new BusinessRuleException("endTime", "meeting.error.endTimeNeeded");
        }
        if (!end.isAfter(meeting.startTime())) {
            throw new BusinessRuleException("endTime", "meeting.error.endBeforeStart");
        }
        return setStatus(meeting, MeetingStatus.HELD, end);
    }

    /** Approves the minutes: the score is frozen. Every member's attendance must be recorded. */
    Meeting close(long id) {
        Meeting meeting = access.forManaging(id);
        if (meeting.status() != MeetingStatus.HELD) {
            throw new BusinessRuleException(null, "meeting.error.closeNeedsHeld");
        }
        if (store.attendees(id).stream().anyMatch(a -> a.member() && a.attendance() == Attendance.UNKNOWN)) {
            throw new BusinessRuleException(null, "meeting.error.attendanceIncomplete");
        }
        refresh(id);
        return setStatus(store.find(id).orElseThrow(), MeetingStatus.CLOSED, meeting.endTime());
    }

    /** Administrators and officers reopen closed minutes to correct them. */
    Meeting reopen(long id) {
        ChiboUser user = CurrentUser.get();
        Meeting meeting = access.forManaging(id);
        if (!MeetingAccess.mayReopenMinutes(user)) {
            throw new ForbiddenException("reopen minutes");
        }
        if (meeting.status() != MeetingStatus.CLOSED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        return setStatus(meeting, MeetingStatus.HELD, meeting.endTime());
    }

    Meeting cancel(long id) {
        Meeting meeting = access.forManaging(id);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        return setStatus(meeting, MeetingStatus.CANCELLED, meeting.endTime());
    }

    private Meeting setStatus(Meeting meeting, MeetingStatus status, LocalTime endTime) {
        Meeting changed = with(meeting, meeting.kind(), meeting.combinedThematic(), meeting.topic(), meeting.date(),
                meeting.startTime(), endTime, meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), status);
        store.update(changed, meeting.version());
        if (status != MeetingStatus.CLOSED) {
            refresh(meeting.id());
        }
        audit.record("STATUS", changed, Changes.between(Map.of("status", meeting.status(), "endTime", String.valueOf(meeting.endTime())),
                Map.of("status", status, "endTime", String.valueOf(endTime))));
        return store.find(meeting.id()).orElseThrow();
    }

    /** Live entries on a planned meeting on or after its day start it. */
    Meeting ensureStarted(Meeting meeting) {
        if (meeting.status() == MeetingStatus.PLANNED) {
            if (meeting.date().isAfter(today())) {
                throw new BusinessRuleException(null, "meeting.error.notYet");
            }
            Meeting started = with(meeting, meeting.kind(), meeting.combinedThematic(), meeting.topic(), meeting.date(),
                    meeting.startTime(), meeting.endTime(), meeting.place(), meeting.chairId(), meeting.minuteTakerId(),
                    meeting.agenda(), MeetingStatus.IN_PROGRESS);
            store.update(started, meeting.version());
            return store.find(meeting.id()).orElseThrow();
        }
        return meeting;
    }

    /** Recomputes the meeting's figures and score after a change. */
    void refresh(long meetingId) {
        scorer.refresh(List.of(store.find(meetingId).orElseThrow()));
    }
}
