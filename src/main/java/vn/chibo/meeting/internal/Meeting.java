package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** A meeting row with its kept-up-to-date counts and score. */
public record Meeting(long id, long organizationId, String orgPath, MeetingKind kind, boolean combinedThematic, String period,
                      String topic, LocalDate date, LocalTime startTime, LocalTime endTime, String place, Long chairId,
                      Long minuteTakerId, String agenda, MeetingStatus status, String resolution, Integer votesFor,
                      Integer votesAgainst, int officialCount, int probationaryCount, int presentCount, int excusedCount,
                      int unexcusedCount, int speakerCount, int contributionCount, boolean supervisorPresent,
                      Map<String, BigDecimal> manualScores, Long rubricId, BigDecimal score, String grade, boolean flat,
                      String scoreDetail, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public int invitedMembers() {
        return officialCount + probationaryCount;
    }

    public Instant startsAt() {
        return LocalDateTime.of(date, startTime).atZone(ZONE).toInstant();
    }

    /** Minutes from start to end; null without an end time. */
    public Integer durationMinutes() {
        if (endTime == null) {
            return null;
        }
        long minutes = Duration.between(startTime, endTime).toMinutes();
        return (int) (minutes < 0 ? minutes + 24 * 60 : minutes);
    }

    /** Present members ÷ invited members, in percent with two decimals; null without members. */
    public BigDecimal attendanceRate() {
        return invitedMembers() == 0 ? null : BigDecimal.valueOf(presentCount * 100L)
                .divide(BigDecimal.valueOf(invitedMembers()), 2, java.math.RoundingMode.HALF_UP);
    }

    public boolean scored() {
        return score != null;
    }

    /** Meetings scored by the rubric (party meetings); committee meetings are recorded but not graded. */
    public boolean graded() {
        return grade != null;
    }
}
