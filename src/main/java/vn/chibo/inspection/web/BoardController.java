package vn.chibo.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.inspection.internal.InspectionRules;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;

/** The officer's follow-up board of a subtree with drill-down, and the inspection rule sets. */
@Controller
@RequestMapping("/inspections")
class BoardController {

    private final InspectionQuery query;
    private final InspectionRules rules;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    BoardController(InspectionQuery query, InspectionRules rules, OrganizationDirectory organizations, Clock clock) {
        this.query = query;
        this.rules = rules;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year, Model model) {
        if (!InspectionQuery.mayUseWorklist(CurrentUser.get())) {
            throw new vn.chibo.shared.web.ForbiddenException("board");
        }
        Long id = orgId != null ? orgId : CurrentUser.get().scopeOrganizationId();
        OrganizationRef root = id == null ? null : organizations.requireVisible(id);
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        if (root == null) {
            throw new vn.chibo.shared.web.NotFoundException("Organization", -1L);
        }
        model.addAttribute("rows", query.board(root, y));
        model.addAttribute("root", root);
        model.addAttribute("breadcrumbs", organizations.breadcrumbs(root.id()));
        model.addAttribute("year", y);
        return "inspection/board";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("ruleSets", rules.all());
        model.addAttribute("mayRevise", rules.mayRevise());
        model.addAttribute("current", rules.forSubject(CurrentUser.get().scopePath(), LocalDate.now(clock).getYear()));
        return "inspection/rules";
    }

    @PostMapping("/rules")
    String revise(@RequestParam(defaultValue = "KTGS") String code, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Integer repeatWindowMonths, @RequestParam(required = false) Integer defaultActionDays,
                  @RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
                  @RequestParam(required = false) Long ownerOrgId, RedirectAttributes redirect) {
        try {
            String cleanCode = code.replaceAll("[^A-Za-z0-9_]", "").toUpperCase(java.util.Locale.ROOT);
            InspectionRules.RuleSet current = rules.forSubject(CurrentUser.get().scopePath(), LocalDate.now(clock).getYear());
            rules.revise(cleanCode.isEmpty() ? "KTGS" : cleanCode,
                    name == null || name.isBlank() ? current.name() : vn.chibo.shared.text.VietnameseText.clean(name),
                    new InspectionRules.Settings(repeatWindowMonths == null ? 0 : repeatWindowMonths,
                            defaultActionDays == null ? 0 : defaultActionDays),
                    yearFrom == null ? LocalDate.now(clock).getYear() : yearFrom, yearTo, ownerOrgId);
            redirect.addFlashAttribute("message", "inspection.rules.revised");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/inspections/rules";
    }
}
