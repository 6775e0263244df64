package vn.chibo.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.inspection.internal.Activity;
import vn.chibo.inspection.internal.InspectionAccess;
import vn.chibo.inspection.internal.InspectionKind;
import vn.chibo.inspection.internal.PlanService;
import vn.chibo.inspection.internal.SubjectType;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.ForbiddenException;

/** Annual inspection plans: the year's plans in scope, drawing one up, its items and starting an inspection from one. */
@Controller
@RequestMapping("/inspections/plans")
class PlanController {

    private final PlanService plans;
    private final OrganizationDirectory organizations;

    private final PersonDirectory people;
    private final Clock clock;

    PlanController(PlanService plans, OrganizationDirectory organizations, PersonDirectory people, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    /** What was typed into the plan-item form, shown again when a rule is broken (the subject only if visible). */
    record ItemDraft(SubjectType subjectType, PersonRef person, OrganizationRef organization, InspectionKind kind,
                     Activity activity, LocalDate plannedFrom, LocalDate plannedTo, String content)
            implements java.io.Serializable {
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        requireInspectorRole();
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("plans", plans.plans(y));
        model.addAttribute("scopeOrganization", organizations.find(CurrentUser.get().scopeOrganizationId() == null ? -1
                : CurrentUser.get().scopeOrganizationId()).orElse(null));
        return "inspection/plans";
    }

    @PostMapping
    String create(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String title, RedirectAttributes redirect) {
        try {
            long id = plans.create(organizationId, year, title);
            redirect.addFlashAttribute("message", "inspection.plans.created");
            return "redirect:/inspections/plans/" + id;
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("planTitle", title);
            return "redirect:/inspections/plans" + (year == null ? "" : "?year=" + year);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        PlanService.Plan plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("items", plans.items(id));
        model.addAttribute("mayPlan", InspectionAccess.mayInspect(CurrentUser.get(), plan.orgPath()));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("subjectKinds", SubjectType.values());
        return "inspection/plan";
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) SubjectType subjectType,
                   @RequestParam(required = false) Long personId, @RequestParam(required = false) Long organizationId,
                   @RequestParam(required = false) InspectionKind kind, @RequestParam(required = false) Activity activity,
                   @RequestParam(required = false) LocalDate plannedFrom, @RequestParam(required = false) LocalDate plannedTo,
                   @RequestParam(required = false) String content, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        Long person = subjectType == SubjectType.ORGANIZATION ? null : personId;
        Long organization = subjectType == SubjectType.PERSON ? null : organizationId;
        try {
            plans.addItem(id, person, organization, kind, activity, plannedFrom, plannedTo, content, version);
            redirect.addFlashAttribute("message", "inspection.plans.itemAdded");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("itemContent", content);
            redirect.addFlashAttribute("item", new ItemDraft(subjectType,
                    person == null ? null : people.find(person).filter(r -> CurrentUser.get().canSeePerson(r.id(), r.orgPath())).orElse(null),
                    organization == null ? null : organizations.find(organization).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null),
                    kind, activity, plannedFrom, plannedTo, content));
        }
        return "redirect:/inspections/plans/" + id;
    }

    private static void requireInspectorRole() {
        if (!CurrentUser.get().may(vn.chibo.shared.security.Permission.INSPECT)) {
            throw new ForbiddenException("inspection plans");
        }
    }
}
