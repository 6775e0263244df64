package vn.chibo.shared.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal on the form shown again. A refusal of one sentence goes on the field it concerns, or on the form as
 * a whole; one that lists {@link BusinessRuleException#problems() problems} heads the form's errors ('3 lỗi cần sửa')
 * and each problem goes on the field its subject names ({@code criteria[0].code}, {@code values[C1.2]}), the others
 * under the heading. Templates show them with {@code fragments/errors} ({@code forms :: globalErrors}, {@code forms :: field}).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, BusinessRuleException e) {
        place(binding, e.problems().isEmpty() ? e.field() : null, e.messageKey(), e.arguments());
        for (Problem problem : e.problems()) {
            place(binding, problem.subject(), problem.messageKey(), problem.getArguments());
        }
    }

    /** Only the refusal's parts that name a field of the form, for a page that shows the refusal itself elsewhere. */
    public static void rejectFields(BindingResult binding, BusinessRuleException e) {
        if (e.problems().isEmpty() && isField(binding, e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        }
        for (Problem problem : e.problems()) {
            if (isField(binding, problem.subject())) {
                binding.rejectValue(problem.subject(), problem.messageKey(), problem.getArguments(), problem.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        return field != null && !field.isEmpty() && binding.getTarget() != null
                && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field);
    }

    private static void place(BindingResult binding, String field, String messageKey, Object[] arguments) {
        if (isField(binding, field)) {
            binding.rejectValue(field, messageKey, arguments, messageKey);
        } else {
            binding.reject(messageKey, arguments, messageKey);
        }
    }
}
