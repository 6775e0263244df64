package vn.chibo.meeting.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingParts.Contribution;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** What is recorded live at the meeting: attendance, guests, contributions, and the proposals submitted before it. */
@Component
class LiveRecording {

    private final MeetingStore store;
    private final MeetingAccess access;
    private final MeetingProgress progress;
    private final MeetingAudit audit;
    private final PersonDirectory people;

    LiveRecording(MeetingStore store, MeetingAccess access, MeetingProgress progress, MeetingAudit audit, PersonDirectory people) {
        this.store = store;
        this.access = access;
        this.progress = progress;
        this.audit = audit;
        this.people = people;
    }

    Attendee recordAttendance(long meetingId, long attendeeId, Attendance attendance, String reason) {
        Meeting meeting = access.forRecording(meetingId);
        Attendee attendee = store.attendee(meetingId, attendeeId).orElseThrow(() -> new NotFoundException("Attendee", attendeeId));
        if (attendance == null || attendance == Attendance.UNKNOWN && store.hasContributions(attendeeId)) {
            throw new BusinessRuleException("attendance", "meeting.error.attendance");
        }
        String why = VietnameseText.clean(reason);
        if (attendance == Attendance.EXCUSED && why == null) {
            throw new BusinessRuleException("reason", "meeting.error.reasonNeeded");
        }
        if (why != null && why.length() > 500) {
            throw new BusinessRuleException("reason", "meeting.error.tooLong");
        }
        if (attendance != Attendance.PRESENT && attendance != Attendance.UNKNOWN && store.hasContributions(attendeeId)) {
            throw new BusinessRuleException("attendance", "meeting.error.spokeSoPresent");
        }
        if (attendance == Attendance.PRESENT || attendance == Attendance.UNEXCUSED) {
            meeting = progress.ensureStarted(meeting);
        }
        store.setAttendance(attendeeId, attendance, attendance == Attendance.PRESENT || attendance == Attendance.UNKNOWN ? null : why);
        progress.refresh(meetingId);
        audit.record("ATTENDANCE", meeting, Map.of(attendee.fullName(), new Object[] {attendee.attendance(), attendance}));
        return store.attendee(meetingId, attendeeId).orElseThrow();
    }

    /** Everyone not yet marked is present (the usual roll call: then mark the absent). */
    int markAllPresent(long meetingId) {
        Meeting meeting = progress.ensureStarted(access.forRecording(meetingId));
        int marked = 0;
        for (Attendee a : store.attendees(meetingId)) {
            if (a.attendance() == Attendance.UNKNOWN) {
                store.setAttendance(a.id(), Attendance.PRESENT, null);
                marked++;
            }
        }
        progress.refresh(meetingId);
        audit.record("ATTENDANCE", meeting, Map.of("presentMarked", new Object[] {null, marked}));
        return marked;
    }

    /** A guest (khách mời): a person on record (by id, visible to the account) or a name with a title. */
    Attendee addGuest(long meetingId, Long personId, String name, String title) {
        Meeting meeting = access.forManaging(meetingId);
        if (!meeting.status().editable()) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        String cleanTitle = VietnameseText.clean(title);
        String fullName;
        if (personId != null) {
            PersonRef person = people.requireVisible(personId);
            if (store.isAttendee(meetingId, personId)) {
                throw new BusinessRuleException("personId", "meeting.error.alreadyInvited");
            }
            fullName = person.fullName();
        } else {
            fullName = VietnameseText.clean(name);
            if (fullName == null) {
                throw new BusinessRuleException("name", "meeting.error.guestName");
            }
        }
        if (fullName.length() > 200 || (cleanTitle != null && cleanTitle.length() > 255)) {
            throw new BusinessRuleException("name", "meeting.error.tooLong");
        }
        long id = store.insertAttendee(meetingId, personId, fullName, VietnameseText.personSortKey(fullName), MeetingParts.Role.GUEST,
                null, MeetingParts.GuestKind.OTHER, cleanTitle, null);
        audit.record("GUEST", meeting, Map.of("guest", new Object[] {null, fullName}));
        return store.attendee(meetingId, id).orElseThrow();
    }

    /** One line of live entry: who, what kind, what (and whether the resolution takes it up). */
    Contribution addContribution(long meetingId, long attendeeId, ContributionKind kind, String content, boolean adopted) {
        Meeting meeting = access.forRecording(meetingId);
        Attendee speaker = store.attendee(meetingId, attendeeId).orElseThrow(() -> new BusinessRuleException("attendeeId",
                "meeting.error.speaker"));
        String text = cleanContribution(content);
        if (kind == null) {
            throw new BusinessRuleException("kind", "meeting.error.contributionKind");
        }
        if (speaker.attendance() == Attendance.EXCUSED || speaker.attendance() == Attendance.UNEXCUSED) {
            throw new BusinessRuleException("attendeeId", "meeting.error.speakerAbsent");
        }
        meeting = progress.ensureStarted(meeting);
        if (speaker.attendance() == Attendance.UNKNOWN) {
            store.setAttendance(speaker.id(), Attendance.PRESENT, null);
        }
        long id = store.insertContribution(meetingId, attendeeId, kind, text, adopted, false, CurrentUser.actorName());
        progress.refresh(meetingId);
        audit.record("CONTRIBUTION", meeting, Map.of(speaker.fullName(), new Object[] {null, kind + ": " + text}));
        return store.contribution(meetingId, id).orElseThrow();
    }

    /**
     * A proposal submitted before the meeting: by a member invited to it (for himself), or by whoever runs the meeting
     * for an invited person. It appears on the agenda.
     */
    Contribution submitProposal(long meetingId, Long attendeeId, String content) {
        ChiboUser user = CurrentUser.get();
        Meeting meeting = access.get(meetingId);
        Attendee author;
        if (attendeeId != null && access.mayRecord(meeting)) {
            author = store.attendee(meetingId, attendeeId).orElseThrow(() -> new BusinessRuleException("attendeeId", "meeting.error.speaker"));
        } else if (user.personId() != null) {
            author = store.attendeeByPerson(meetingId, user.personId()).orElseThrow(() -> new ForbiddenException("propose"));
        } else {
            throw new ForbiddenException("propose");
        }
        meeting = store.lock(meetingId).orElseThrow();
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.proposalsClosed");
        }
        String text = cleanContribution(content);
        long id = store.insertContribution(meetingId, author.id(), ContributionKind.PROPOSAL, text, false, true, user.getUsername());
        store.touch(meetingId);
        audit.record("PROPOSAL", meeting, Map.of(author.fullName(), new Object[] {null, text}));
        return store.contribution(meetingId, id).orElseThrow();
    }

    private static String cleanContribution(String content) {
        String text = VietnameseText.clean(content);
        if (text == null) {
            throw new BusinessRuleException("content", "meeting.error.contributionContent");
        }
        if (text.length() > 2000) {
            throw new BusinessRuleException("content", "meeting.error.tooLong");
        }
        return text;
    }

    Contribution setAdopted(long meetingId, long contributionId, boolean adopted) {
        Meeting meeting = access.forRecording(meetingId);
        Contribution contribution = store.contribution(meetingId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution", contributionId));
        store.setAdopted(contributionId, adopted);
        progress.refresh(meetingId);
        audit.record("CONTRIBUTION", meeting, Map.of("adopted #" + contributionId, new Object[] {contribution.adopted(), adopted}));
        return store.contribution(meetingId, contributionId).orElseThrow();
    }

    void deleteContribution(long meetingId, long contributionId) {
        Meeting meeting = access.forRecording(meetingId);
        Contribution contribution = store.contribution(meetingId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution", contributionId));
        store.deleteContribution(contributionId);
        progress.refresh(meetingId);
        audit.record("CONTRIBUTION_DELETE", meeting, Map.of(contribution.speakerName(), new Object[] {contribution.content(), null}));
    }
}
