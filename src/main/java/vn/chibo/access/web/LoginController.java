package vn.chibo.access.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chibo.access.LoginPageHints;

@Controller
class LoginController {

    private final ObjectProvider<LoginPageHints> hints;

    LoginController(ObjectProvider<LoginPageHints> hints) {
        this.hints = hints;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("demoAccounts", hints.stream().flatMap(h -> h.demoAccounts().stream()).toList());
        return "access/login";
    }

}
