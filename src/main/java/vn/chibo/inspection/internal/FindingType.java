package vn.chibo.inspection.internal;

/** Ưu điểm, khuyết điểm, vi phạm. Only shortcomings and violations need remediation. */
public enum FindingType {
    STRENGTH, SHORTCOMING, VIOLATION;

    public boolean needsRemediation() {
        return this != STRENGTH;
    }
}
