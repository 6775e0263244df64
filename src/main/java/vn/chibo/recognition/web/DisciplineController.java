package vn.chibo.recognition.web;

import jakarta.validation.Valid;
import java.time.Clock;
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
import vn.chibo.people.PersonDirectory;
import vn.chibo.recognition.internal.DisciplineInput;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.DisciplineRecord;
import vn.chibo.recognition.internal.DisciplineService;
import vn.chibo.recognition.internal.RecognitionAccess;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the discipline register: the list with filters, a decision, recording and correcting one. */
@Controller
@RequestMapping("/recognition/discipline")
class DisciplineController {

    private final DisciplineService discipline;
    private final RegisterQuery query;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    DisciplineController(DisciplineService discipline, RegisterQuery query, OrganizationDirectory organizations,
                         PersonDirectory people, Clock clock) {
        this.discipline = discipline;
        this.query = query;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("measures", DisciplineMeasure.values());
        model.addAttribute("kinds", SubjectType.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String form, @RequestParam(required = false) Integer fromYear,
                @RequestParam(required = false) Integer toYear, @RequestParam(required = false) Long orgId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        RegisterFilter filter = RegisterParams.filter(q, kind, form, null, fromYear, toYear, null, orgId, page,
                DisciplineMeasure.values(), null);
        model.addAttribute("filter", filter);
        model.addAttribute("result", query.search(RegisterQuery.Register.DISCIPLINE, filter));
        model.addAttribute("scopeOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("canRecord", RecognitionAccess.mayRecordDiscipline(CurrentUser.get()));
        return "recognition/discipline-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        DisciplineRecord record = discipline.get(id);
        model.addAttribute("record", record);
        model.addAttribute("organization", organizations.find(record.getOrganizationId()).orElseThrow());
        model.addAttribute("canRecord", RecognitionAccess.mayRecordDisciplineIn(CurrentUser.get(), record.getOrgPath()));
        return "recognition/discipline";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long personId, @RequestParam(required = false) Long orgId, Model model) {
        requireMayRecord();
        DisciplineInput input = new DisciplineInput();
        input.setPersonId(personId == null ? null : people.requireVisible(personId).id());
        input.setOrganizationId(orgId == null || personId != null ? null : organizations.requireVisible(orgId).id());
        input.setSubjectType(input.getOrganizationId() != null ? SubjectType.ORGANIZATION : SubjectType.PERSON);
        input.setDecisionDate(java.time.LocalDate.now(clock));
        return form(input, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("input") DisciplineInput input, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        requireMayRecord();
        input.keepChosenSubject();
        if (binding.hasErrors()) {
            return form(input, null, model);
        }
        try {
            DisciplineRecord record = discipline.create(input);
            redirect.addFlashAttribute("message", "recognition.discipline.created");
            return "redirect:/recognition/discipline/" + record.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        DisciplineRecord record = discipline.get(id);
        requireMayRecord();
        return form(DisciplineInput.of(record), record, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("input") DisciplineInput input, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        DisciplineRecord record = discipline.get(id);
        requireMayRecord();
        if (binding.hasErrors()) {
            return form(input, record, model);
        }
        try {
            discipline.update(id, input);
            redirect.addFlashAttribute("message", "recognition.discipline.updated");
            return "redirect:/recognition/discipline/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, record, model);
        }
    }

    private void requireMayRecord() {
        if (!RecognitionAccess.mayRecordDiscipline(CurrentUser.get())) {
            throw new vn.chibo.shared.web.ForbiddenException("record discipline");
        }
    }

    private String form(DisciplineInput input, DisciplineRecord record, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("record", record);
        model.addAttribute("selectedPerson", input.getPersonId() == null ? null
                : people.find(input.getPersonId()).filter(p -> CurrentUser.get().canSeePerson(p.id(), p.orgPath())).orElse(null));
        model.addAttribute("selectedOrganization", input.getOrganizationId() == null ? null
                : organizations.find(input.getOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        return "recognition/discipline-form";
    }
}
