package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A preparation material (draft resolution, report...) posted to a meeting, so that its invitees read it before the day.
 *
 * @param personIds the persons invited to the meeting, without the one who posted it
 */
public record MeetingMaterialPosted(long meetingId, long materialId, String orgPath, String kind, LocalDate date, String title,
                                    List<Long> personIds) {
}
