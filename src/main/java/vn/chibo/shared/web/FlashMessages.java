package vn.chibo.shared.web;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action that ends in a redirect: a success message, or the refusal, shown on the next page by
 * {@code fragments/errors :: refusal} (the layout shows it above every page). The one way a page action reports
 * a {@link BusinessRuleException} across a redirect; flash values travel through the shared session store.
 */
public final class FlashMessages {

    private FlashMessages() {
    }

    /** @return true when the work succeeded */
    public static boolean perform(RedirectAttributes redirect, String successKey, Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("message", successKey);
            return true;
        } catch (BusinessRuleException e) {
            refuse(redirect, e);
            return false;
        }
    }

    /**
     * Like {@link #perform(RedirectAttributes, String, Runnable)} for a form the next page shows again: on refusal,
     * what was typed comes back with each problem that names a field on that field, the refusal above the page.
     * The form must be {@code Serializable}.
     */
    public static boolean perform(RedirectAttributes redirect, String successKey, String formName, Object form,
                                  Runnable work) {
        try {
            work.run();
            redirect.addFlashAttribute("message", successKey);
            return true;
        } catch (BusinessRuleException e) {
            refuse(redirect, e);
            BindingResult binding = new BeanPropertyBindingResult(form, formName);
            FormErrors.rejectFields(binding, e, java.util.function.UnaryOperator.identity());
            redirect.addFlashAttribute(formName, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
            return false;
        }
    }

    /** The refusal, its arguments, the record it points at and the problems it lists, for the next page. */
    public static void refuse(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("errorKey", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
        if (e.link() != null) {
            redirect.addFlashAttribute("errorLink", e.link());
        }
        if (!e.problems().isEmpty()) {
            redirect.addFlashAttribute("errorProblems", new java.util.ArrayList<>(e.problems()));
        }
    }
}
