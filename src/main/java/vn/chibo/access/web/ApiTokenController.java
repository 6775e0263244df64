package vn.chibo.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.access.internal.ApiTokens;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * The signed-in account's API access tokens: issue one (its secret is shown on this answer only, never stored in the
 * session or anywhere else), see when each was last used, revoke.
 */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account/api-tokens")
    String list(Model model) {
        return page(model, "", 90);
    }

    @PostMapping("/account/api-tokens")
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") int validDays,
                 Model model, HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.issue(name, validDays));
            response.setHeader("Cache-Control", "no-store");
            return page(model, "", 90);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            return page(model, name, validDays);
        }
    }

    @PostMapping("/account/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "apiToken.revoked");
        return "redirect:/account/api-tokens";
    }

    private String page(Model model, String name, int validDays) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("now", clock.instant());
        model.addAttribute("name", name);
        model.addAttribute("validDays", validDays);
        return "access/api-tokens";
    }
}
