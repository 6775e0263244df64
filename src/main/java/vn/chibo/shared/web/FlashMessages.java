package vn.chibo.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page action that ends in a redirect: a success message, or the rule it broke, shown on the next page. */
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
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
            if (e.link() != null) {
                redirect.addFlashAttribute("errorLink", e.link());
            }
            return false;
        }
    }
}
