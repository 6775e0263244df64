package vn.chibo.rules.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.rules.RuleDocumentShell;

/** The editor shell of rule documents edited as JSON, one page per kind ({@link RuleDocumentShell}). */
@Controller
class RuleDocumentController {

    private final RuleDocumentShell shell;

    RuleDocumentController(RuleDocumentShell shell) {
        this.shell = shell;
    }

    @GetMapping("/rules/{kind}")
    String revisions(@PathVariable String kind, Model model) {
        return shell.revisions(kind, "/rules/" + kind, model);
    }

    @PostMapping("/rules/{kind}")
    String revise(@PathVariable String kind, @RequestParam String code, @RequestParam String definition,
                  @RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
                  @RequestParam(required = false) Long ownerOrgId, RedirectAttributes redirect) {
        return shell.revise(kind, "/rules/" + kind, code, definition, yearFrom, yearTo, ownerOrgId, redirect);
    }

    @PostMapping("/rules/{kind}/{id}/publish")
    String publish(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        return shell.publish(kind, id, redirect);
    }

    @PostMapping("/rules/{kind}/{id}/retire")
    String retire(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        return shell.retire(kind, id, redirect);
    }
}
