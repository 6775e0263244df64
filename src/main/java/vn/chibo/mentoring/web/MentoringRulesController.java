package vn.chibo.mentoring.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.mentoring.internal.MentoringRulebooks;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;

/** The mentoring rule sets: everyone signed in reads them; administrators and officers add revisions. */
@Controller
class MentoringRulesController {

    private final MentoringRulebooks rulebooks;
    private final Clock clock;

    MentoringRulesController(MentoringRulebooks rulebooks, Clock clock) {
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    @GetMapping("/mentoring/rules")
    String rules(Model model) {
        model.addAttribute("rulebooks", rulebooks.all());
        Role role = CurrentUser.get().role();
        model.addAttribute("mayRevise", role.may(vn.chibo.shared.security.Permission.REVISE_RULES));
        return "mentoring/rules";
    }

    @PostMapping("/mentoring/rules")
    String revise(@RequestParam String code, @RequestParam String definition, @RequestParam(required = false) Integer yearFrom,
                  @RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Long ownerOrgId,
                  RedirectAttributes redirect) {
        try {
            rulebooks.revise(code, definition, yearFrom == null ? java.time.LocalDate.now(clock).getYear() : yearFrom, yearTo,
                    ownerOrgId == null ? CurrentUser.get().isAdmin() ? null : CurrentUser.get().scopeOrganizationId() : ownerOrgId);
            redirect.addFlashAttribute("message", "mentoring.rules.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
            redirect.addFlashAttribute("draft", definition);
        }
        return "redirect:/mentoring/rules";
    }
}
