package vn.chibo.inspection.internal;

/** Kinds of Quy định 296-QĐ/TW: thường xuyên, định kỳ, chuyên đề, khi có dấu hiệu vi phạm. */
public enum InspectionKind {
    REGULAR, PERIODIC, THEMATIC, SIGNS_OF_VIOLATION
}
