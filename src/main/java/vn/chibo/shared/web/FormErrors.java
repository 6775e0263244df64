package vn.chibo.shared.web;

import org.springframework.validation.BindingResult;

/** Puts a domain rule violation on the form field it concerns, or on the form as a whole. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, BusinessRuleException e) {
        String field = e.field();
        if (field != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), field) != null) {
            binding.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
