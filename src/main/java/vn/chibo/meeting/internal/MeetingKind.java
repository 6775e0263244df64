package vn.chibo.meeting.internal;

/** Kinds of meeting. */
public enum MeetingKind {
    /** Sinh hoạt thường kỳ (hằng tháng). */
    REGULAR,
    /** Sinh hoạt chuyên đề (ít nhất mỗi quý một lần). */
    THEMATIC,
    /** Sinh hoạt bất thường. */
    EXTRAORDINARY,
    /** Họp cấp ủy / chi ủy (the committee meets before the cell). */
    COMMITTEE;

    /** Whether the meeting belongs to the party organization's own series (not its committee's). */
    public boolean isPartyMeeting() {
        return this != COMMITTEE;
    }
}
