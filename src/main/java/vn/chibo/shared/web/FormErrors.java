package vn.chibo.shared.web;

import java.util.function.UnaryOperator;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal on the form shown again. A refusal of one sentence goes on the field it concerns, or on the form as
 * a whole. One that lists {@link BusinessRuleException#problems() problems} heads the form's errors ('Quy chế có 3
 * lỗi cần sửa.') followed by every problem, as the API lists them, and each problem whose subject names a field
 * ({@code criteria[0].code}, {@code values[C1.2]}) is also put on that field. Templates show them with
 * {@code fragments/errors} (through {@code forms :: globalErrors} and {@code forms :: field}).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, BusinessRuleException e) {
        reject(binding, e, UnaryOperator.identity());
    }

    /**
     * The same for a refusal that may point at a record ({@link BusinessRuleException#link()}): it is then shown
     * above the form, where its link ('Xem bản ghi') is, rather than on a field.
     */
    public static void reject(BindingResult binding, BusinessRuleException e, org.springframework.ui.Model model) {
        if (e.link() == null) {
            reject(binding, e);
            return;
        }
        binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        model.addAttribute("refusalLink", e.link());
    }

    /** {@code fieldOf} turns a problem's subject into the form's field ({@code C1.2 → values[C1.2]}). */
    public static void reject(BindingResult binding, BusinessRuleException e, UnaryOperator<String> fieldOf) {
        if (e.problems().isEmpty()) {
            if (isField(binding, e.field())) {
                binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            } else {
                binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
            return;
        }
        binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        for (Problem problem : e.problems()) {
            binding.reject(problem.messageKey(), problem.getArguments(), problem.messageKey());
        }
        rejectFields(binding, e, fieldOf);
    }

    /** Only the refusal's parts that name a field of the form, for a page that shows the refusal itself above. */
    public static void rejectFields(BindingResult binding, BusinessRuleException e, UnaryOperator<String> fieldOf) {
        if (e.problems().isEmpty() && isField(binding, e.field())) {
            binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        }
        for (Problem problem : e.problems()) {
            String field = problem.subject().isEmpty() ? null : fieldOf.apply(problem.subject());
            if (isField(binding, field)) {
                binding.rejectValue(field, problem.messageKey(), problem.getArguments(), problem.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        return field != null && !field.isEmpty() && binding.getTarget() != null
                && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field);
    }
}
