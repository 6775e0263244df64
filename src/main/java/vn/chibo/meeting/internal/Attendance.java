package vn.chibo.meeting.internal;

/** Điểm danh: not yet recorded, present, absent with a reason, absent without one. */
public enum Attendance {
    UNKNOWN, PRESENT, EXCUSED, UNEXCUSED
}
