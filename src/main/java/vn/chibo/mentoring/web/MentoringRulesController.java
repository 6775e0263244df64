package vn.chibo.mentoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.rules.RuleDocumentShell;

/** The mentoring rules live in the one rule store: their address shows its editor shell for the mentoring kind. */
@Controller
class MentoringRulesController {

    private static final String ADDRESS = "/mentoring/rules";

    private final RuleDocumentShell shell;

    MentoringRulesController(RuleDocumentShell shell) {
        this.shell = shell;
    }

    @GetMapping(ADDRESS)
    String rules(Model model) {
        return shell.revisions("mentoring", ADDRESS, model);
    }

    @PostMapping(ADDRESS)
    String revise(@RequestParam String code, @RequestParam String definition, @RequestParam(required = false) Integer yearFrom,
                  @RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Long ownerOrgId,
                  RedirectAttributes redirect) {
        return shell.revise("mentoring", ADDRESS, code, definition, yearFrom, yearTo, ownerOrgId, redirect);
    }
}
