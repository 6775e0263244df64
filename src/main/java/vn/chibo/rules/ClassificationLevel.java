package vn.chibo.rules;

/** Mức xếp loại chất lượng, best first. */
public enum ClassificationLevel {
    /** Hoàn thành xuất sắc nhiệm vụ (HTXSNV). */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ (HTTNV). */
    GOOD,
    /** Hoàn thành nhiệm vụ (HTNV). */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ (KHTNV). */
    NOT_COMPLETED;

    public boolean atLeast(ClassificationLevel other) {
        return ordinal() <= other.ordinal();
    }
}
