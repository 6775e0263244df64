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
import vn.chibo.inspection.internal.InspectionAccess;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.inspection.internal.InspectionRules;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.PeriodChoice;

/** The officer's follow-up board of a subtree with drill-down, and the inspection rule sets. */
@Controller
@RequestMapping("/inspections")
class BoardController {

    private final InspectionQuery query;
    private final InspectionRules rules;
    private final OrganizationDirectory organizations;
    private final BoardExport exports;
    private final Clock clock;

    BoardController(InspectionQuery query, InspectionRules rules, OrganizationDirectory organizations, BoardExport exports,
                    Clock clock) {
        this.exports = exports;
        this.query = query;
        this.rules = rules;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) String preset, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model) {
        OrganizationRef root = root(orgId);
        PeriodChoice choice = choice(year, preset, from, to);
        model.addAttribute("rows", query.board(root, choice.from(), choice.to()));
        model.addAttribute("root", root);
        model.addAttribute("breadcrumbs", organizations.breadcrumbs(root.id()));
        model.addAttribute("choice", choice);
        model.addAttribute("periodKeep", java.util.Map.of("orgId", root.id()));
        return "inspection/board";
    }

    /** The board as a workbook: the organization itself, then each sub-organization, as on the page. */
    @GetMapping("/board.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) Long orgId,
                                                           @RequestParam(required = false) Integer year,
                                                           @RequestParam(required = false) String preset,
                                                           @RequestParam(required = false) String from,
                                                           @RequestParam(required = false) String to) {
        OrganizationRef root = root(orgId);
        PeriodChoice choice = choice(year, preset, from, to);
        return exports.board(root, choice, query.board(root, choice.from(), choice.to()));
    }

    private OrganizationRef root(Long orgId) {
        if (!InspectionAccess.mayUseWorklist(CurrentUser.get())) {
            throw new vn.chibo.shared.web.ForbiddenException("board");
        }
        Long id = orgId != null ? orgId : CurrentUser.get().scopeOrganizationId();
        if (id == null) {
            throw new vn.chibo.shared.web.NotFoundException("Organization", -1L);
        }
        return organizations.requireVisible(id);
    }

    /** The period: a preset or range; a bare {@code year=} (older links) is that calendar year. */
    private PeriodChoice choice(Integer year, String preset, String from, String to) {
        if (year != null && preset == null && from == null && to == null && year >= 2000 && year <= 2100) {
            return PeriodChoice.range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return PeriodChoice.of(preset, from, to, LocalDate.now(clock), PeriodChoice.YEAR);
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
            FlashMessages.refuse(redirect, e);
        }
        return "redirect:/inspections/rules";
    }
}
