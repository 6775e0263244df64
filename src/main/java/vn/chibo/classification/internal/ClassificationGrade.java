package vn.chibo.classification.internal;

import vn.chibo.rules.ClassificationLevel;

/** A classification result: one of the four levels, or exempt (miễn xếp loại). */
public enum ClassificationGrade {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED, EXEMPT;

    public static ClassificationGrade of(ClassificationLevel level) {
        return level == null ? EXEMPT : valueOf(level.name());
    }

    public static ClassificationGrade of(ClassificationCalculator.Result result) {
        return result.exempt() ? EXEMPT : of(result.level());
    }

    /** Parses a form value; blank is {@code null}, anything else unknown is refused. */
    public static ClassificationGrade parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new vn.chibo.shared.web.BusinessRuleException(field, "classification.error.grade");
        }
    }

    public String messageKey() {
        return "classificationLevel." + name();
    }
}
