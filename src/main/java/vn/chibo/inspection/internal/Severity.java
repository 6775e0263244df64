package vn.chibo.inspection.internal;

/** Mức độ: nhẹ, trung bình, nghiêm trọng. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
