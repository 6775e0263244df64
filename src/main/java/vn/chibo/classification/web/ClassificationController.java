package vn.chibo.classification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.internal.ClassificationGrade;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.PeriodChoice;

/** Pages of annual classification: rounds, a subject's self-classification and proposal, decisions by group. */
@Controller
class ClassificationController {

    private final ClassificationService classification;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    private final RoundPeriods periods;

    ClassificationController(ClassificationService classification, OrganizationDirectory organizations, RoundPeriods periods,
                             Clock clock) {
        this.periods = periods;
        this.classification = classification;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping("/classification")
    String rounds(Model model) {
        List<ClassificationRound> rounds = classification.visibleRounds();
        model.addAttribute("rounds", rounds);
        model.addAttribute("organizationNames", organizations.findAll(rounds.stream()
                .map(ClassificationRound::getOrganizationId).distinct().toList()));
        List<ClassificationEntry> mine = classification.myEntries();
        model.addAttribute("myEntries", mine);
        model.addAttribute("myRounds", mine.stream().map(ClassificationEntry::getRoundId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, classification::round)));
        model.addAttribute("mayOpen", classification.mayOpen());
        return "classification/classification-rounds";
    }

    @GetMapping("/classification/new")
    String openForm(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long organizationId,
                    Model model) {
        if (!classification.mayOpen()) {
            throw new vn.chibo.shared.web.ForbiddenException("open a classification round");
        }
        int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
        Long orgId = organizationId != null ? organizationId : CurrentUser.get().scopeOrganizationId();
        model.addAttribute("year", chosenYear);
        model.addAttribute("rulebooks", classification.rulebooksFor(chosenYear));
        model.addAttribute("selectedOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        return "classification/classification-round-form";
    }

    @PostMapping("/classification")
    String open(@RequestParam(required = false) Long organizationId, @RequestParam int year,
                @RequestParam(required = false) Long rulebookId, @RequestParam(required = false) String name,
                @RequestParam(required = false) LocalDate selfDeadline,
                @RequestParam(required = false) LocalDate decisionDeadline,
                Model model, RedirectAttributes redirect) {
        try {
            if (organizationId == null) {
                throw new BusinessRuleException("organizationId", "classification.error.organization");
            }
            ClassificationRound round = classification.open(organizationId, year, rulebookId, name, selfDeadline,
                    decisionDeadline);
            redirect.addFlashAttribute("message", "classification.opened");
            return "redirect:/classification/" + round.getId();
        } catch (BusinessRuleException e) {
            openForm(year, organizationId, model);
            model.addAttribute("error", e);
            model.addAttribute("name", name);
            model.addAttribute("rulebookId", rulebookId);
            model.addAttribute("selfDeadline", selfDeadline);
            model.addAttribute("decisionDeadline", decisionDeadline);
            return "classification/classification-round-form";
        }
    }

    @GetMapping("/classification/{id}")
    String round(@PathVariable long id, @RequestParam(required = false) Long within,
                 @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "0") int groupPage, @RequestParam(required = false) String preset,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        ClassificationRound round = classification.round(id);
        PeriodChoice choice = periods.choice(round, preset, from, to);
        List<ClassificationRound> inPeriod = periods.inPeriod(round, choice);
        ClassificationRound shown = periods.shown(round, inPeriod, choice);
        if (shown != null && !shown.getId().equals(round.getId())) {
            return "redirect:" + choice.url("/classification/" + shown.getId(), java.util.Collections.singletonMap("within", within));
        }
        model.addAttribute("choice", choice);
        model.addAttribute("roundsInPeriod", inPeriod);
        model.addAttribute("noRoundInPeriod", shown == null);
        model.addAttribute("periodKeep", within == null ? java.util.Map.of() : java.util.Map.of("within", within));
        var me = CurrentUser.get();
        OrganizationRef roundOrganization = organizations.find(round.getOrganizationId()).orElseThrow();
        OrganizationRef start = periods.start(round);
        OrganizationRef inside = periods.inside(round, within);
        model.addAttribute("round", round);
        model.addAttribute("rulebook", classification.rulebookOf(round));
        model.addAttribute("organization", roundOrganization);
        model.addAttribute("figures", classification.figures(round, inside));
        model.addAttribute("units", classification.units(round, inside));
        model.addAttribute("groups", classification.groups(round, inside, groupPage));
        model.addAttribute("inside", inside);
        model.addAttribute("trail", inside == null ? List.of() : organizations.breadcrumbs(inside.id()).stream()
                .filter(o -> o.path().startsWith(start.path())).toList());
        model.addAttribute("entries", classification.entries(round,
                new ClassificationService.EntryFilter(blankToNull(kind), blankToNull(status), q, null, page)));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("within", within);
        model.addAttribute("mayClose", round.isOpen() && classification.mayOpen() && me.canSee(round.getOrgPath()));
        model.addAttribute("mayReopen", !round.isOpen() && classification.mayOpen() && me.canSee(round.getOrgPath()));
        return "classification/classification-round";
    }

    @PostMapping("/classification/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Long version,
                 @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "classification.closed", () -> classification.close(id, version, confirm));
        return "redirect:/classification/" + id;
    }

    @PostMapping("/classification/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "classification.reopened", () -> classification.reopen(id, version));
        return "redirect:/classification/" + id;
    }

    @GetMapping("/classification/entries/{id}")
    String entry(@PathVariable long id, Model model) {
        ClassificationEntry entry = classification.entry(id);
        if (!model.containsAttribute("form")) {
            ClassificationGrade grade = entry.getStatus() == ClassificationEntry.Status.SELF_CLASSIFIED
                    ? entry.getSelfGrade() : null;
            model.addAttribute("form", ClassificationForm.of(entry.declaredInputs(), grade,
                    null, entry.getVersion()));
        }
        ClassificationRound round = classification.round(entry.getRoundId());
        model.addAttribute("entry", entry);
        model.addAttribute("round", round);
        model.addAttribute("rules", classification.rules(round));
        model.addAttribute("rulebook", classification.rulebookOf(round));
        model.addAttribute("deciding", organizations.find(entry.getDecidingOrgId()).orElseThrow());
        model.addAttribute("facts", classification.registerFacts(entry, round));
        model.addAttribute("maySelfClassify", round.isOpen() && entry.getStatus() == ClassificationEntry.Status.PENDING
                && classification.maySelfClassify(entry));
        model.addAttribute("mayPropose", round.isOpen() && entry.getStatus() == ClassificationEntry.Status.SELF_CLASSIFIED
                && classification.mayPropose(entry));
        model.addAttribute("mayReturn", round.isOpen()
                && (entry.getStatus() == ClassificationEntry.Status.SELF_CLASSIFIED && classification.mayPropose(entry)
                || entry.getStatus() == ClassificationEntry.Status.PROPOSED && classification.mayDecide(entry)));
        model.addAttribute("mayDecide", round.isOpen() && entry.getStatus() == ClassificationEntry.Status.PROPOSED
                && classification.mayDecide(entry));
        model.addAttribute("grades", ClassificationGrade.values());
        return "classification/classification-entry";
    }

    @PostMapping("/classification/entries/{id}/self")
    String selfClassify(@PathVariable long id, @ModelAttribute("form") ClassificationForm form, RedirectAttributes redirect) {
        return step(id, form, redirect, "classification.selfClassified", () -> classification.selfClassify(id, form));
    }

    @PostMapping("/classification/entries/{id}/propose")
    String propose(@PathVariable long id, @ModelAttribute("form") ClassificationForm form, RedirectAttributes redirect) {
        return step(id, form, redirect, "classification.proposed", () -> classification.propose(id, form));
    }

    @PostMapping("/classification/entries/{id}/return")
    String returnWithReason(@PathVariable long id, @RequestParam(required = false) String reason,
                            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "classification.returned", () -> classification.returnWithReason(id, reason, version));
        return "redirect:/classification/entries/" + id;
    }

    private static String step(long id, ClassificationForm form, RedirectAttributes redirect, String successKey,
                               Runnable work) {
        FlashMessages.perform(redirect, successKey, "form", form, () -> {
            try {
                work.run();
            } catch (BusinessRuleException e) {
                // figures that cannot be read are marked on their fields, under one heading
                throw ClassificationForm.isFigure(e) ? e.headedBy("classification.error.form") : e;
            }
        });
        return "redirect:/classification/entries/" + id;
    }

    @GetMapping("/classification/{id}/groups/{key}")
    String group(@PathVariable long id, @PathVariable String key, Model model) {
        model.addAttribute("view", classification.group(id, key));
        model.addAttribute("grades", ClassificationGrade.values());
        model.addAttribute("organization", organizations.find(classification.round(id).getOrganizationId()).orElseThrow());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new GroupDecisionForm());
        }
        return "classification/classification-group";
    }

    /** Rows arrive as grades[ID], versions[ID] and reasons[ID]; a row that cannot be read refuses the whole form. */
    @PostMapping("/classification/{id}/groups/{key}/decide")
    String decide(@PathVariable long id, @PathVariable String key, @ModelAttribute("decisionForm") GroupDecisionForm form,
                  BindingResult binding, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "classification.decided", "decisionForm", form, () -> {
            if (binding.hasErrors()) {
                throw new BusinessRuleException("decisions", "classification.error.form");
            }
            classification.decideGroup(id, key, form.decisions(), form.getDecisionNumber(),
                    decisionDate(form.getDecisionDate()), form.getJustification());
        });
        return "redirect:/classification/" + id + "/groups/" + key;
    }

    private static LocalDate decisionDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseDate(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleException("decisionDate", "classification.error.date");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
