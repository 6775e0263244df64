package vn.chibo.meeting.internal;

/** Before, during and after: planned, in progress, held, closed (minutes approved, score frozen), cancelled. */
public enum MeetingStatus {
    PLANNED, IN_PROGRESS, HELD, CLOSED, CANCELLED;

    /** Taking place or taken place: attendance and contributions count. */
    public boolean started() {
        return this == IN_PROGRESS || this == HELD || this == CLOSED;
    }

    /** Held meetings count in reports and indicators. */
    public boolean held() {
        return this == HELD || this == CLOSED;
    }

    public boolean editable() {
        return this != CLOSED && this != CANCELLED;
    }
}
