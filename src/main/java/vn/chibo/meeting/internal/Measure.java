package vn.chibo.meeting.internal;

/** Facts of a meeting that rubric conditions compare; {@code null} when not known (no end time, no materials...). */
public enum Measure {
    /** Members present ÷ members invited × 100. */
    ATTENDANCE_RATE,
    /** Members absent without a reason. */
    UNEXCUSED_ABSENCES,
    /** Members absent with a reason. */
    EXCUSED_ABSENCES,
    /** Minutes from the start to the end time. */
    DURATION_MINUTES,
    /** Hours between the latest preparation material's posting and the start; null without materials. */
    MATERIALS_LEAD_HOURS,
    /** Present members who contributed (before or during the meeting) ÷ present members × 100. */
    SPEAKING_SHARE,
    /** Present members who contributed. */
    SPEAKERS,
    /** Contributions recorded. */
    CONTRIBUTIONS,
    /** Contributions taken up into the resolution. */
    ADOPTED_CONTRIBUTIONS,
    /** 1 when the minutes have every part (chair, minute-taker, times, attendance, contents, resolution, vote), else 0. */
    MINUTES_COMPLETE,
    /**
     * Items of the previous meeting's resolution done by this meeting ÷ those due by then (or done already, or without a
     * due date; cancelled ones apart) × 100; null when there were none.
     */
    PREVIOUS_ITEMS_DONE_SHARE,
    /** Action items this meeting's resolution sets. */
    RESOLUTION_ITEMS,
    /** 1 when a superior committee member assigned to the organization attended, else 0. */
    SUPERVISOR_PRESENT
}
