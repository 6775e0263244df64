package vn.chibo.emulation.web;

import java.math.BigDecimal;
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
import vn.chibo.emulation.internal.PlanItem;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.emulation.internal.Registration;
import vn.chibo.rules.RulebookService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.FormErrors;

/** Pages of model deployment: programmes, registration, per-criterion plans and periodic self-review. */
@Controller
class ProgrammeController {

    private final ProgrammeService programmes;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final vn.chibo.emulation.internal.AssessmentService assessments;
    private final vn.chibo.emulation.internal.EvidenceService evidence;
    private final Clock clock;

    ProgrammeController(ProgrammeService programmes, RulebookService rulebooks, OrganizationDirectory organizations,
                        PersonDirectory people, vn.chibo.emulation.internal.AssessmentService assessments,
                        vn.chibo.emulation.internal.EvidenceService evidence, Clock clock) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    /** Two steps on one page: choose the model, year and organization; then the subjects, name and target. */
    @GetMapping("/programmes/new")
    String createForm(@RequestParam(required = false) Long rulebookId, @RequestParam(required = false) Long organizationId,
                      @RequestParam(required = false) Integer year, Model model) {
        if (!rulebooks.mayAdapt()) {
            throw new vn.chibo.shared.web.ForbiddenException("deploy a model");
        }
        int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
        Long orgId = organizationId != null ? organizationId : CurrentUser.get().scopeOrganizationId();
        model.addAttribute("year", chosenYear);
        model.addAttribute("deployable", programmes.deployable(chosenYear));
        model.addAttribute("selectedOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("rulebookId", rulebookId);
        if (rulebookId != null && orgId != null) {
            var rulebook = rulebooks.get(rulebookId);
            model.addAttribute("rulebook", rulebook);
            model.addAttribute("candidates", programmes.candidates(rulebookId, orgId));
            model.addAttribute("defaultName", rulebook.getNameVi() + " — " + organizations.requireVisible(orgId).name()
                    + " — " + chosenYear);
        }
        return "emulation/programme-form";
    }

    @PostMapping("/programmes")
    String create(@RequestParam long rulebookId, @RequestParam long organizationId, @RequestParam int year,
                  @RequestParam(required = false) String name, @RequestParam(required = false) List<Long> subjectIds,
                  @RequestParam(required = false) String targetPercent, Model model, RedirectAttributes redirect) {
        try {
            BigDecimal target;
            try {
                target = targetPercent == null || targetPercent.isBlank() ? null
                        : new BigDecimal(targetPercent.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("targetPercent", "programme.error.target");
            }
            Programme programme = programmes.create(rulebookId, year, name, organizationId,
                    subjectIds == null ? List.of() : subjectIds, target);
            redirect.addFlashAttribute("message", "programme.created");
            return "redirect:/programmes/" + programme.getId();
        } catch (BusinessRuleException e) {
            createForm(rulebookId, organizationId, year, model);
            model.addAttribute("error", e);
            model.addAttribute("defaultName", name);
            model.addAttribute("chosen", subjectIds == null ? List.of() : subjectIds);
            model.addAttribute("targetPercent", targetPercent);
            return "emulation/programme-form";
        }
    }

    @GetMapping("/programmes/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long within,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Programme programme = programmes.get(id);
        if (programmes.judgesMembers(programme)) {
            return memberDetail(programme, within, page, model);
        }
        var me = CurrentUser.get();
        OrganizationRef programmeOrganization = organizations.find(programme.getOrganizationId()).orElseThrow();
        OrganizationRef start = me.canSee(programmeOrganization.path()) ? programmeOrganization
                : organizations.requireVisible(requireScope(me, programme));
        OrganizationRef inside = within == null ? start : organizations.requireVisible(within);
        if (!inside.path().startsWith(start.path())) {
            inside = start;
        }
        var board = programmes.board(programme, inside);
        model.addAttribute("board", board);
        model.addAttribute("trail", organizations.breadcrumbs(inside.id()).stream()
                .filter(o -> o.path().startsWith(start.path())).toList());
        model.addAttribute("programme", programme);
        model.addAttribute("rulebook", programmes.rulebookOf(programme));
        model.addAttribute("organization", organizations.find(programme.getOrganizationId()).orElseThrow());
        model.addAttribute("parentNames", organizations.findAll(board.subjects().stream().map(l -> l.organization().parentId())
                .filter(java.util.Objects::nonNull).toList()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, e -> e.getValue().name())));
        model.addAttribute("summary", programmes.summary(programme, board));
        model.addAttribute("mayWork", programmes.mayWork());
        model.addAttribute("today", LocalDate.now(clock));
        return "emulation/programme";
    }

    /**
     * A programme that judges members: figures per subordinate organization with drill-down down to a
     * cell, where its members are listed a page at a time. Members themselves do not browse it.
     */
    /** The account's scope organization; an account without one sees no board (404, like any other out-of-scope read). */
    static long requireScope(vn.chibo.shared.security.ChiboUser me, Programme programme) {
        if (me.scopeOrganizationId() == null) {
            throw new vn.chibo.shared.web.NotFoundException("Programme", programme.getId());
        }
        return me.scopeOrganizationId();
    }

    private String memberDetail(Programme programme, Long within, int page, Model model) {
        var me = CurrentUser.get();
        OrganizationRef programmeOrganization = organizations.find(programme.getOrganizationId()).orElseThrow();
        OrganizationRef start = me.canSee(programmeOrganization.path()) ? programmeOrganization
                : organizations.requireVisible(requireScope(me, programme));
        OrganizationRef inside = within == null ? start : organizations.requireVisible(within);
        if (!inside.path().startsWith(start.path())) {
            inside = start;
        }
        var board = programmes.memberBoard(programme, inside, page);
        model.addAttribute("board", board);
        // the board's own summary when it is opened where the figures start (one count instead of two)
        model.addAttribute("summary", inside.id() == start.id() ? board.summary() : programmes.memberSummary(programme, start.path()));
        model.addAttribute("trail", organizations.breadcrumbs(inside.id()).stream()
                .filter(o -> o.path().startsWith(start.path())).toList());
        model.addAttribute("programme", programme);
        model.addAttribute("rulebook", programmes.rulebookOf(programme));
        model.addAttribute("organization", programmeOrganization);
        model.addAttribute("mayRegisterOthers", me.isAdmin() || me.role() == vn.chibo.shared.security.Role.SECRETARY);
        model.addAttribute("today", LocalDate.now(clock));
        return "emulation/programme-members";
    }

    /** A member registers himself, or his cell's secretary registers him. */
    @PostMapping("/programmes/{id}/members/{personId}/registration")
    String registerMember(@PathVariable long id, @PathVariable long personId,
                          @RequestParam(required = false) LocalDate registeredOn,
                          @RequestParam(required = false) String meetingReference,
                          @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            Registration registration = programmes.registerMember(id, personId, registeredOn, meetingReference);
            redirect.addFlashAttribute("message", "programme.registered");
            return "redirect:/registrations/" + registration.getId();
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            return "home".equals(back) ? "redirect:/" : "redirect:/programmes/" + id;
        }
    }

    @PostMapping("/programmes/{id}/registrations")
    String register(@PathVariable long id, @RequestParam long organizationId,
                    @RequestParam(required = false) LocalDate registeredOn,
                    @RequestParam(required = false) String meetingReference, RedirectAttributes redirect) {
        try {
            Registration registration = programmes.register(id, organizationId, registeredOn, meetingReference);
            redirect.addFlashAttribute("message", "programme.registered");
            return "redirect:/registrations/" + registration.getId();
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            return "redirect:/programmes/" + id;
        }
    }

    @GetMapping("/registrations/{id}")
    String registration(@PathVariable long id, @RequestParam(required = false) String period, Model model) {
        Registration registration = programmes.registration(id);
        Programme programme = programmes.programmeOf(registration);
        String chosen = period != null && programmes.periods(programme).contains(period) ? period : programmes.currentPeriod(programme);
        fill(model, registration, programme, chosen);
        model.addAttribute("sheet", programmes.sheet(id, chosen));
        return "emulation/registration";
    }

    private void fill(Model model, Registration registration, Programme programme, String period) {
        if (!model.containsAttribute("reviewForm")) {
            ReviewForm review = new ReviewForm();
            review.setPeriod(period);
            model.addAttribute("reviewForm", review);
        }
        var items = programmes.planItems(registration.getId());
        model.addAttribute("registration", registration);
        model.addAttribute("programme", programme);
        model.addAttribute("rulebook", programmes.rulebookOf(programme));
        model.addAttribute("definition", rulebooks.definition(programmes.rulebookOf(programme)));
        model.addAttribute("organization", organizations.find(registration.getOrganizationId()).orElseThrow());
        model.addAttribute("planItems", items);
        model.addAttribute("responsibleNames", items.stream().map(PlanItem::getResponsibleId).filter(java.util.Objects::nonNull)
                .distinct().collect(java.util.stream.Collectors.toMap(pid -> pid,
                        pid -> people.find(pid).map(p -> p.fullName()).orElse("?"))));
        model.addAttribute("periods", programmes.periods(programme));
        model.addAttribute("period", period);
        model.addAttribute("planStatuses", PlanItem.Status.values());
        model.addAttribute("mayWork", programmes.mayWorkOn(registration));
        model.addAttribute("member", programmes.memberOf(registration));
        model.addAttribute("mayBrowseProgramme", CurrentUser.get().role() != vn.chibo.shared.security.Role.MEMBER);
        model.addAttribute("mayPropose", assessments.mayPropose(registration));
        model.addAttribute("locale", org.springframework.context.i18n.LocaleContextHolder.getLocale());
        model.addAttribute("assessment", assessments.find(registration.getId()).orElse(null));
        model.addAttribute("computed", assessments.computed(registration.getId()));
        model.addAttribute("yearPeriod", assessments.yearPeriod(registration));
        model.addAttribute("decidingOrganization", assessments.decidingOrganization(registration));
        model.addAttribute("mayDecide", assessments.mayDecide(registration));
        model.addAttribute("evidence", evidence.list(registration.getId(), period));
        model.addAttribute("maxEvidenceMb", vn.chibo.emulation.internal.EvidenceService.MAX_BYTES / (1024 * 1024));
    }

    @PostMapping("/registrations/{id}/plan-items")
    String addPlanItem(@PathVariable long id, @RequestParam String criterionCode, @RequestParam(required = false) String content,
                       @RequestParam(required = false) Long responsibleId,
                       @RequestParam(required = false) LocalDate dueDate,
                       RedirectAttributes redirect) {
        vn.chibo.shared.web.FlashMessages.perform(redirect, "programme.planItemAdded",
                () -> programmes.addPlanItem(id, criterionCode, content, responsibleId, dueDate));
        return "redirect:/registrations/" + id + "#plan";
    }

    @PostMapping("/registrations/{id}/plan-items/{itemId}")
    String updatePlanItem(@PathVariable long id, @PathVariable long itemId, @RequestParam PlanItem.Status status,
                          @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        vn.chibo.shared.web.FlashMessages.perform(redirect, "programme.planItemUpdated",
                () -> programmes.updatePlanItem(id, itemId, status, note, version));
        return "redirect:/registrations/" + id + "#plan";
    }

    @PostMapping("/registrations/{id}/review")
    String saveReview(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        String period = form.getPeriod();
        try {
            programmes.saveReview(id, period, form.getValues(), form.getNotes());
            redirect.addFlashAttribute("message", "programme.reviewSaved");
            return "redirect:/registrations/" + id + "?period=" + period + "#review";
        } catch (BusinessRuleException e) {
            if (e.problems().isEmpty()) {
                FlashMessages.refuse(redirect, e);
                return "redirect:/registrations/" + id;
            }
            Registration registration = programmes.registration(id);
            fill(model, registration, programmes.programmeOf(registration), period);
            model.addAttribute("sheet", programmes.sheet(id, period));
            FormErrors.reject(binding, e, code -> "values[" + code + "]");
            return "emulation/registration";
        }
    }
}
