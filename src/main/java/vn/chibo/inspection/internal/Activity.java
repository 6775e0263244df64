package vn.chibo.inspection.internal;

/** Kiểm tra (inspection) or giám sát (supervision). */
public enum Activity {
    INSPECTION, SUPERVISION
}
