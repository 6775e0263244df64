package vn.chibo.meeting.web;

import java.time.LocalDate;
import vn.chibo.meeting.internal.Meeting;

/** Today in Vietnam, as the meeting pages count it. */
final class MeetingServiceDates {

    private MeetingServiceDates() {
    }

    static LocalDate today() {
        return LocalDate.now(Meeting.ZONE);
    }
}
