package vn.chibo.meeting.internal;

/** How an action item of a resolution stands. Open and in-progress items carry over to the next meetings. */
public enum ItemStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
