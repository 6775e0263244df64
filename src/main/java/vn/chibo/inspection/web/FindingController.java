package vn.chibo.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.inspection.internal.ActionInput;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.InspectionAccess;
import vn.chibo.inspection.internal.InspectionRules;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.inspection.internal.Verification;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.security.CurrentUser;

/** One finding and its remediation: the plan's actions, reports of the inspected side, the inspector's verification and closing. */
@Controller
@RequestMapping("/inspections/findings")
class FindingController {

    private final FindingService findings;
    private final InspectionService inspections;
    private final InspectionRules rules;
    private final Clock clock;

    FindingController(FindingService findings, InspectionService inspections, InspectionRules rules, Clock clock) {
        this.findings = findings;
        this.inspections = inspections;
        this.rules = rules;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Finding finding = findings.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("finding", finding);
        model.addAttribute("inspection", inspections.get(finding.getInspectionId()));
        model.addAttribute("actions", findings.actions(id));
        model.addAttribute("mayVerify", InspectionAccess.mayVerify(CurrentUser.get(), finding));
        model.addAttribute("mayRemediate", InspectionAccess.mayRemediate(CurrentUser.get(), finding));
        model.addAttribute("verifications", Verification.values());
        model.addAttribute("today", today);
        if (!model.containsAttribute("actionInput")) {
            ActionInput input = new ActionInput();
            input.setDueOn(today.plusDays(rules.forSubject(finding.getOrgPath(), today.getYear()).settings().defaultActionDays()));
            model.addAttribute("actionInput", input);
        }
        return "inspection/finding";
    }

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable long id, @ModelAttribute("actionInput") ActionInput input, RedirectAttributes redirect) {
        if (!FlashMessages.perform(redirect, "inspection.action.added", () -> findings.addAction(id, input))) {
            redirect.addFlashAttribute("actionInput", input);
        }
        return "redirect:/inspections/findings/" + id + "#remediation";
    }

    @PostMapping("/{id}/handled")
    String handled(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "inspection.handled.done", () -> findings.markHandled(id, version));
        return "redirect:/inspections/findings/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "inspection.closed", () -> findings.close(id, version));
        return "redirect:/inspections/findings/" + id;
    }

    @PostMapping("/actions/{actionId}/complete")
    String complete(@PathVariable long actionId, @RequestParam(required = false) LocalDate completedOn,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        RemediationAction action = findings.action(actionId);
        FlashMessages.perform(redirect, "inspection.action.completed", () -> findings.complete(actionId, completedOn, version));
        return "redirect:/inspections/findings/" + action.getFindingId() + "#remediation";
    }

    @PostMapping("/actions/{actionId}/verify")
    String verify(@PathVariable long actionId, @ModelAttribute VerificationInput input, RedirectAttributes redirect) {
        RemediationAction action = findings.action(actionId);
        if (!FlashMessages.perform(redirect, "inspection.verify.done", () -> findings.verify(actionId, input))) {
            redirect.addFlashAttribute("verifyActionId", actionId);
            redirect.addFlashAttribute("verifyInput", input);
        }
        return "redirect:/inspections/findings/" + action.getFindingId() + "#remediation";
    }
}
