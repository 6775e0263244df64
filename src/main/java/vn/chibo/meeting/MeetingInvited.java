package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * People newly invited to a meeting: its members when it is planned (or re-invited after a change of date or kind)
 * and the superior committee members assigned to attend. Published in the planning transaction.
 *
 * @param kind      the meeting's kind ({@code REGULAR}, {@code THEMATIC}, {@code EXTRAORDINARY}, {@code COMMITTEE})
 * @param personIds the persons invited by this change, without the one who made it
 */
public record MeetingInvited(long meetingId, String orgPath, String kind, LocalDate date, LocalTime startTime, String place,
                             List<Long> personIds) {
}
