package vn.chibo.inspection.internal;

/** Đang tiến hành, đã kết luận, đã thông báo kết luận. */
public enum InspectionStatus {
    OPEN, CONCLUDED, NOTIFIED
}
