package vn.chibo.access.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.access.internal.AccountService;
import vn.chibo.access.internal.SignInStamp;
import vn.chibo.shared.web.BusinessRuleException;

/** The signed-in user's own password. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form() {
        return "access/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmation, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            // Other sessions of the account end; this one stays signed in.
            SignInStamp.renew(request.getSession(false), accounts.changeOwnPassword(currentPassword, newPassword, confirmation));
            redirect.addFlashAttribute("message", "password.changed");
            return "redirect:/";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            return "access/password";
        }
    }

    /** Ends the account's other sessions, wherever they are (a lost phone, a shared computer); this one stays. */
    @PostMapping("/account/sessions/end-others")
    String endOtherSessions(HttpServletRequest request, RedirectAttributes redirect) {
        var session = request.getSession(false);
        accounts.endOtherSessions(session == null ? null : session.getId());
        redirect.addFlashAttribute("message", "password.sessions.ended");
        return "redirect:/account/password";
    }
}
