package vn.chibo.shared.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal on the form shown again: the rule on the field it concerns, or on the form as a whole, and each of
 * its {@link BusinessRuleException#problems() problems} on the field its subject names ({@code criteria[0].code},
 * {@code values[C1.2]}), the others on the whole form. Templates show them with {@code fragments/errors}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, BusinessRuleException e) {
        place(binding, e.field(), e.messageKey(), e.arguments());
        for (Problem problem : e.problems()) {
            place(binding, problem.subject(), problem.messageKey(), problem.getArguments());
        }
    }

    private static void place(BindingResult binding, String field, String messageKey, Object[] arguments) {
        if (field != null && !field.isEmpty() && binding.getTarget() != null
                && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
            binding.rejectValue(field, messageKey, arguments, messageKey);
        } else {
            binding.reject(messageKey, arguments, messageKey);
        }
    }
}
