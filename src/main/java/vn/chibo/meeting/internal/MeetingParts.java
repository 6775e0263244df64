package vn.chibo.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;

/** The parts of a meeting shown on its page and in its minutes. */
public final class MeetingParts {

    private MeetingParts() {
    }

    /** Invited as a member (thành phần) or as a guest (khách mời). */
    public enum Role { MEMBER, GUEST }

    /** A guest assigned by the superior committee to attend (SUPERVISOR), or another guest. */
    public enum GuestKind { SUPERVISOR, OTHER }

    /** Tài liệu chuẩn bị (counted for the 'one day before' rule) or a record of the meeting (photos, signed minutes). */
    public enum MaterialPurpose { PREPARATION, RECORD }

    public record Attendee(long id, long meetingId, Long personId, String fullName, String sortKey, Role role,
                           String partyStatus, GuestKind guestKind, String guestTitle, Long supervisionId, Attendance attendance,
                           String absenceReason, long version) {

        public boolean member() {
            return role == Role.MEMBER;
        }

        public boolean supervisor() {
            return guestKind == GuestKind.SUPERVISOR;
        }
    }

    public record Contribution(long id, long meetingId, long attendeeId, String speakerName, Long personId,
                               ContributionKind kind, String content, boolean adopted, boolean beforeMeeting,
                               String recordedBy, Instant recordedAt, long version) {
    }

    /**
     * @param meetingDate date of the meeting whose resolution set the item
     */
    public record ActionItem(long id, long meetingId, LocalDate meetingDate, long organizationId, String orgPath, String content,
                             Long assigneeId, String assigneeName, LocalDate dueDate, ItemStatus status, LocalDate closedOn,
                             String note, long version) {

        public boolean overdue(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today) && !status.closed();
        }
    }

    /**
     * @param leadHours hours between posting and the start (negative when posted after it)
     */
    public record Material(long id, long meetingId, MaterialPurpose purpose, String title, String filename, String contentType,
                           long size, String postedBy, Instant postedAt, long leadHours, boolean inTime) {
    }

    public record MaterialFile(String filename, String contentType, byte[] content) {
    }

    public record Supervision(long id, long personId, String personName, long committeeId, long organizationId, String orgPath,
                              LocalDate fromDate, LocalDate toDate, String assignedBy, long version) {

        public boolean activeOn(LocalDate day) {
            return !fromDate.isAfter(day) && (toDate == null || toDate.isAfter(day));
        }
    }
}
