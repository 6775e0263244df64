package vn.chibo.people.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonRecordSource;
import vn.chibo.people.PersonRef;
import vn.chibo.people.internal.PeopleAccess;
import vn.chibo.people.internal.Person;
import vn.chibo.people.internal.PersonFilter;
import vn.chibo.people.internal.PersonForm;
import vn.chibo.people.internal.PersonQuery;
import vn.chibo.people.internal.PersonService;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FormErrors;

/** Pages for people: list with filters, person page with history, create/edit, transfer, status, roles. */
@Controller
@RequestMapping("/people")
class PersonController {

    static final List<String> STATUS_FILTERS = List.of("", "MEMBERS", "MASSES", "SYMPATHISER", "PROBATIONARY",
            "OFFICIAL", "MASS", "STRUCK_OFF", "DECEASED", "ALL");
    static final List<String> RANKS = List.of("Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ",
            "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
            "Thiếu tướng", "Quân nhân chuyên nghiệp", "Công nhân viên quốc phòng", "Dân quân", "Không");

    private final PersonService service;
    private final PersonQuery query;
    private final OrganizationDirectory organizations;
    private final Clock clock;
    private final List<PersonRecordSource> recordSources;

    PersonController(PersonService service, PersonQuery query, OrganizationDirectory organizations, Clock clock,
                     List<PersonRecordSource> recordSources) {
        this.recordSources = recordSources;
        this.service = service;
        this.query = query;
        this.organizations = organizations;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("statuses", PartyStatus.values());
        model.addAttribute("statusFilters", STATUS_FILTERS);
        model.addAttribute("positions", PartyPosition.values());
        model.addAttribute("ranks", RANKS);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long orgId, @RequestParam(required = false) PartyPosition role,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                @RequestParam(required = false) Long after, @RequestParam(required = false) Long before, Model model) {
        PersonFilter filter = new PersonFilter(q, sanitize(status), orgId, role, page, size, after, before);
        model.addAttribute("filter", filter);
        model.addAttribute("result", query.search(filter));
        model.addAttribute("scopeOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("canChange", PeopleAccess.mayChange(CurrentUser.get()));
        return "people/list";
    }

    /** Search-as-you-type person picker used by forms elsewhere (e.g. binding an account to a person). */
    @GetMapping("/picker")
    String picker(@RequestParam(name = "pq", defaultValue = "") String q, @RequestParam(defaultValue = "personId") String field,
                  Model model) {
        model.addAttribute("result", q.isBlank() ? new PersonQuery.Page(List.of(), 0, 0, 15)
                : query.search(new PersonFilter(q, "ALL", null, null, 0, 15)));
        model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
        model.addAttribute("q", q);
        return "people/fragments :: picker";
    }

    static String sanitize(String status) {
        return status != null && STATUS_FILTERS.contains(status) ? status : "";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Person person = service.get(id);
        model.addAttribute("person", person);
        model.addAttribute("organization", organizations.find(person.getOrganizationId()).orElseThrow());
        model.addAttribute("breadcrumbs", CurrentUser.get().canSee(person.getOrgPath())
                ? organizations.breadcrumbs(person.getOrganizationId()) : List.of());
        model.addAttribute("statusHistory", service.statusHistory(id));
        var roles = service.roles(id);
        var memberships = service.memberships(id);
        model.addAttribute("roles", roles);
        model.addAttribute("memberships", memberships);
        model.addAttribute("orgNames", Stream.concat(roles.stream().map(r -> r.getOrganizationId()),
                        memberships.stream().map(m -> m.getOrganizationId()))
                .distinct().collect(java.util.stream.Collectors.toMap(oid -> oid,
                        oid -> organizations.find(oid).map(OrganizationRef::name).orElse("?"))));
        model.addAttribute("canChange", PeopleAccess.mayChange(CurrentUser.get()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("nextStatuses", person.getPartyStatus().next());
        PersonRef ref = new PersonRef(person.getId(), person.getFullName(), person.getOrganizationId(), person.getOrgPath(),
                person.getPartyStatus());
        model.addAttribute("recordSections", recordSources.stream()
                .sorted(java.util.Comparator.comparingInt(PersonRecordSource::order))
                .map(source -> source.section(ref)).flatMap(java.util.Optional::stream).toList());
        return "people/detail";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long orgId, Model model) {
        service.checkMayChange();
        PersonForm form = new PersonForm();
        form.setPartyStatus(PartyStatus.MASS);
        if (orgId != null) {
            form.setOrganizationId(organizations.requireVisible(orgId).id());
        }
        model.addAttribute("form", form);
        addOrganization(form, model);
        return "people/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        addOrganization(form, model);
        if (binding.hasErrors()) {
            return "people/form";
        }
        try {
            Person person = service.create(form);
            redirect.addFlashAttribute("message", "person.created");
            return "redirect:/people/" + person.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "people/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person person = service.get(id);
        service.checkMayChange();
        PersonForm form = PersonForm.of(person);
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        addOrganization(form, model);
        return "people/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Person person = service.get(id);
        model.addAttribute("person", person);
        form.setOrganizationId(person.getOrganizationId());
        form.setPartyStatus(person.getPartyStatus());
        addOrganization(form, model);
        if (binding.hasErrors()) {
            return "people/form";
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "person.updated");
            return "redirect:/people/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "people/form";
        }
    }

    @PostMapping("/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long organizationId,
                    @RequestParam LocalDate effectiveOn,
                    @RequestParam(required = false) String kind, @RequestParam(required = false)
                    LocalDate toDate,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "person.transferred", () -> {
            if (organizationId == null) {
                throw new BusinessRuleException("organizationId", "person.error.organizationRequired");
            }
            if ("TEMPORARY".equals(kind)) {
                service.addTemporaryMembership(id, organizationId, effectiveOn, toDate, note);
            } else {
                service.transfer(id, organizationId, effectiveOn, note);
            }
        });
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam PartyStatus status,
                  @RequestParam LocalDate effectiveOn,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return act(id, redirect, "person.statusChanged", () -> service.changeStatus(id, status, effectiveOn, note, version));
    }

    @PostMapping("/{id}/roles")
    String assignRole(@PathVariable long id, @RequestParam(required = false) Long organizationId,
                      @RequestParam PartyPosition role,
                      @RequestParam LocalDate fromDate,
                      RedirectAttributes redirect) {
        return act(id, redirect, "person.roleAssigned", () -> service.assignRole(id,
                organizationId != null ? organizationId : service.get(id).getOrganizationId(), role, fromDate));
    }

    @PostMapping("/{id}/roles/{assignmentId}/end")
    String endRole(@PathVariable long id, @PathVariable long assignmentId,
                   @RequestParam LocalDate toDate, RedirectAttributes redirect) {
        return act(id, redirect, "person.roleEnded", () -> service.endRole(id, assignmentId, toDate));
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Runnable work) {
        vn.chibo.shared.web.FlashMessages.perform(redirect, successKey, work);
        return "redirect:/people/" + id;
    }

    private void addOrganization(PersonForm form, Model model) {
        model.addAttribute("selectedOrganization", form.getOrganizationId() == null ? null
                : organizations.find(form.getOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
    }
}
