package vn.chibo.inspection.internal;

/** Trưởng đoàn, thành viên, thư ký đoàn. */
public enum TeamRole {
    LEAD, MEMBER, SECRETARY
}
