package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the meeting form and the API set: kind, date, times, place, chair, minute-taker, agenda. */
public record MeetingForm(MeetingKind kind, boolean combinedThematic, String topic, LocalDate date, LocalTime startTime,
                          LocalTime endTime, String place, Long chairId, Long minuteTakerId, String agenda) {
}
