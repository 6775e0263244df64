package vn.chibo.recognition.web;

import java.util.Arrays;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.SubjectType;

/** Turns the register pages' query parameters into a filter, ignoring values that are not allowed. */
final class RegisterParams {

    private RegisterParams() {
    }

    static RegisterFilter filter(String q, String kind, String form, String level, Integer fromYear, Integer toYear,
                                 String campaign, Long orgId, int page, Enum<?>[] forms, Enum<?>[] levels) {
        return new RegisterFilter(q, kind(kind), allowed(form, forms), allowed(level, levels), year(fromYear), year(toYear),
                campaign, orgId, page);
    }

    private static SubjectType kind(String kind) {
        return kind == null ? null : Arrays.stream(SubjectType.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static String allowed(String value, Enum<?>[] values) {
        return value == null || values == null ? null
                : Arrays.stream(values).map(Enum::name).filter(value::equals).findFirst().orElse(null);
    }

    private static Integer year(Integer year) {
        return year != null && year >= 1945 && year <= 2100 ? year : null;
    }
}
