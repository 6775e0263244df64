package vn.chibo.recognition.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
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
import vn.chibo.recognition.internal.GoodExample;
import vn.chibo.recognition.internal.GoodExampleInput;
import vn.chibo.recognition.internal.GoodExampleRegister;
import vn.chibo.recognition.internal.GoodExampleService;
import vn.chibo.recognition.internal.GoodExampleStatus;
import vn.chibo.recognition.internal.RecognitionAccess;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the good examples (gương người tốt, việc tốt): the list with filters, a story, writing, publishing, withdrawing. */
@Controller
@RequestMapping("/recognition/good-examples")
class GoodExampleController {

    private final GoodExampleService examples;
    private final RegisterQuery query;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    GoodExampleController(GoodExampleService examples, RegisterQuery query, OrganizationDirectory organizations,
                          PersonDirectory people, Clock clock) {
        this.examples = examples;
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
        model.addAttribute("kinds", SubjectType.values());
        model.addAttribute("statuses", GoodExampleStatus.values());
    }

    static GoodExampleRegister.Filter filter(String q, String kind, String status, Integer fromYear, Integer toYear, Long orgId,
                                          int page) {
        return new GoodExampleRegister.Filter(q, allowed(kind, SubjectType.values()), allowed(status, GoodExampleStatus.values()),
                year(fromYear), year(toYear), orgId, page);
    }

    private static <E extends Enum<E>> E allowed(String value, E[] values) {
        return value == null ? null : Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst().orElse(null);
    }

    private static Integer year(Integer year) {
        return year != null && year >= 1945 && year <= 2100 ? year : null;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer fromYear,
                @RequestParam(required = false) Integer toYear, @RequestParam(required = false) Long orgId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        GoodExampleRegister.Filter filter = filter(q, kind, status, fromYear, toYear, orgId, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", query.search(GoodExampleRegister.LIST, filter));
        model.addAttribute("scopeOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("canWrite", RecognitionAccess.mayWriteGoodExamples(CurrentUser.get()));
        return "recognition/good-example-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        GoodExample example = examples.get(id);
        model.addAttribute("example", example);
        model.addAttribute("organization", organizations.find(example.getOrganizationId()).orElseThrow());
        model.addAttribute("canWrite", RecognitionAccess.mayWrite(CurrentUser.get(), example));
        return "recognition/good-example";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long personId, @RequestParam(required = false) Long orgId, Model model) {
        requireMayWrite();
        GoodExampleInput input = new GoodExampleInput();
        input.setPersonId(personId == null ? null : people.requireVisible(personId).id());
        input.setOrganizationId(orgId == null || personId != null ? null : organizations.requireVisible(orgId).id());
        input.setSubjectType(input.getOrganizationId() != null ? SubjectType.ORGANIZATION : SubjectType.PERSON);
        input.setStoryDate(java.time.LocalDate.now(clock));
        return form(input, null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("input") GoodExampleInput input, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        requireMayWrite();
        input.keepChosenSubject();
        if (binding.hasErrors()) {
            return form(input, null, model);
        }
        try {
            GoodExample example = examples.create(input);
            redirect.addFlashAttribute("message", "recognition.goodExample.created");
            return "redirect:/recognition/good-examples/" + example.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        GoodExample example = examples.get(id);
        requireMayWrite(example);
        return form(GoodExampleInput.of(example), example, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("input") GoodExampleInput input, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        GoodExample example = examples.get(id);
        requireMayWrite(example);
        if (binding.hasErrors()) {
            return form(input, example, model);
        }
        try {
            examples.update(id, input);
            redirect.addFlashAttribute("message", "recognition.goodExample.updated");
            return "redirect:/recognition/good-examples/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, example, model);
        }
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        examples.publish(id, version);
        redirect.addFlashAttribute("message", "recognition.goodExample.published");
        return "redirect:/recognition/good-examples/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        examples.withdraw(id, version);
        redirect.addFlashAttribute("message", "recognition.goodExample.withdrawn");
        return "redirect:/recognition/good-examples/" + id;
    }

    private void requireMayWrite() {
        if (!RecognitionAccess.mayWriteGoodExamples(CurrentUser.get())) {
            throw new ForbiddenException("write good examples");
        }
    }

    private void requireMayWrite(GoodExample example) {
        if (!RecognitionAccess.mayWrite(CurrentUser.get(), example)) {
            throw new ForbiddenException("write good examples");
        }
    }

    private String form(GoodExampleInput input, GoodExample example, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("example", example);
        model.addAttribute("selectedPerson", input.getPersonId() == null ? null
                : people.find(input.getPersonId()).filter(p -> CurrentUser.get().canSeePerson(p.id(), p.orgPath())).orElse(null));
        model.addAttribute("selectedOrganization", input.getOrganizationId() == null ? null
                : organizations.find(input.getOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        return "recognition/good-example-form";
    }
}
