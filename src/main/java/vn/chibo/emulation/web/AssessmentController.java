package vn.chibo.emulation.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.emulation.internal.AssessmentService;

/** The year-end recognition steps of a registration. */
@Controller
@RequestMapping("/registrations/{id}/assessment")
class AssessmentController {

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/self")
    String selfAssess(@PathVariable long id, @RequestParam boolean recognised, @RequestParam(required = false) String comment,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        redirect.addFlashAttribute("assessmentInput", java.util.Map.of("recognised", String.valueOf(recognised),
                "comment", comment == null ? "" : comment));
        return step(id, redirect, "assessment.selfAssessed", () -> assessments.selfAssess(id, recognised, comment, version));
    }

    @PostMapping("/propose")
    String propose(@PathVariable long id, @RequestParam boolean recognised, @RequestParam(required = false) String comment,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "assessment.proposed", () -> assessments.propose(id, recognised, comment, version));
    }

    @PostMapping("/decide")
    String decide(@PathVariable long id, @RequestParam boolean recognised, @RequestParam(required = false) String decisionNumber,
                  @RequestParam(required = false) LocalDate decisionDate,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        redirect.addFlashAttribute("assessmentInput", java.util.Map.of("recognised", String.valueOf(recognised),
                "decisionNumber", decisionNumber == null ? "" : decisionNumber,
                "decisionDate", vn.chibo.shared.web.DateInput.print(decisionDate), "reason", reason == null ? "" : reason));
        return step(id, redirect, "assessment.decided",
                () -> assessments.decide(id, recognised, decisionNumber, decisionDate, reason, version));
    }

    @PostMapping("/return")
    String returnWithReason(@PathVariable long id, @RequestParam(required = false) String reason,
                            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, "assessment.returned", () -> assessments.returnWithReason(id, reason, version));
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Runnable work) {
        if (vn.chibo.shared.web.FlashMessages.perform(redirect, successKey, work)) {
            redirect.getFlashAttributes().remove("assessmentInput");
        }
        return "redirect:/registrations/" + id + "#assessment";
    }
}
