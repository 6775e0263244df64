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
import vn.chibo.recognition.internal.AwardInput;
import vn.chibo.recognition.internal.AwardLevel;
import vn.chibo.recognition.internal.AwardRecord;
import vn.chibo.recognition.internal.AwardService;
import vn.chibo.recognition.internal.AwardType;
import vn.chibo.recognition.internal.BulkReport;
import vn.chibo.recognition.internal.RecognitionAccess;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.FormErrors;

/** Pages of the award register: the list with filters, an award, one recipient, and one decision for many. */
@Controller
@RequestMapping("/recognition/awards")
class AwardController {

    static final java.util.List<String> CAMPAIGNS = java.util.List.of("Phòng chống dịch COVID-19",
            "Mô hình Cán bộ, đảng viên dìu dắt quần chúng và cấp dưới", "Mô hình Chi bộ 5 tốt, đảng viên 5 tốt",
            "Thi đua Quyết thắng", "Tổng kết năm");

    private final AwardService awards;
    private final RegisterQuery query;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    AwardController(AwardService awards, RegisterQuery query, OrganizationDirectory organizations, PersonDirectory people, Clock clock) {
        this.awards = awards;
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
        model.addAttribute("types", AwardType.values());
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("kinds", SubjectType.values());
        model.addAttribute("campaigns", CAMPAIGNS);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String form, @RequestParam(required = false) String level,
                @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
                @RequestParam(required = false) String campaign, @RequestParam(required = false) Long orgId,
                @RequestParam(defaultValue = "0") int page, Model model) {
        RegisterFilter filter = RegisterParams.filter(q, kind, form, level, fromYear, toYear, campaign, orgId, page,
                AwardType.values(), AwardLevel.values());
        model.addAttribute("filter", filter);
        model.addAttribute("result", query.search(RegisterQuery.Register.AWARD, filter));
        model.addAttribute("scopeOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("canRecord", RecognitionAccess.mayRecordAwards(CurrentUser.get()));
        return "recognition/award-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        AwardRecord record = awards.get(id);
        model.addAttribute("record", record);
        model.addAttribute("organization", organizations.find(record.getOrganizationId()).orElseThrow());
        return "recognition/award";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long personId, @RequestParam(required = false) Long orgId, Model model) {
        requireMayRecord();
        AwardInput input = new AwardInput();
        input.setPersonId(personId == null ? null : people.requireVisible(personId).id());
        input.setOrganizationId(orgId == null || personId != null ? null : organizations.requireVisible(orgId).id());
        input.setSubjectType(input.getOrganizationId() != null ? SubjectType.ORGANIZATION : SubjectType.PERSON);
        input.setDecisionDate(java.time.LocalDate.now(clock));
        return form(input, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("input") AwardInput input, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        requireMayRecord();
        input.keepChosenSubject();
        if (binding.hasErrors()) {
            return form(input, model);
        }
        try {
            AwardRecord record = awards.create(input);
            redirect.addFlashAttribute("message", "recognition.award.created");
            return "redirect:/recognition/awards/" + record.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, model);
        }
    }

    @GetMapping("/bulk")
    String bulkForm(@RequestParam(required = false) Long orgId, Model model) {
        requireMayRecord();
        AwardInput input = new AwardInput();
        Long scope = orgId != null ? orgId : CurrentUser.get().scopeOrganizationId();
        input.setScopeOrganizationId(scope == null ? null : organizations.requireVisible(scope).id());
        input.setDecisionDate(java.time.LocalDate.now(clock));
        return bulkPage(input, null, model);
    }

    @PostMapping("/bulk")
    String bulk(@Valid @ModelAttribute("input") AwardInput input, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        requireMayRecord();
        if (binding.hasErrors()) {
            return bulkPage(input, null, model);
        }
        try {
            awards.bulk(input);
            redirect.addFlashAttribute("message", "recognition.bulk.saved");
            return "redirect:/recognition/awards";
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return bulkPage(input, e.problems().isEmpty() ? null : awards.preview(input), model);
        }
    }

    private void requireMayRecord() {
        if (!RecognitionAccess.mayRecordAwards(CurrentUser.get())) {
            throw new ForbiddenException("record awards");
        }
    }

    private String form(AwardInput input, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("selectedPerson", input.getPersonId() == null ? null
                : people.find(input.getPersonId()).filter(p -> CurrentUser.get().canSeePerson(p.id(), p.orgPath())).orElse(null));
        model.addAttribute("selectedOrganization", input.getOrganizationId() == null ? null
                : organizations.find(input.getOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        return "recognition/award-form";
    }

    private String bulkPage(AwardInput input, BulkReport report, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("report", report);
        model.addAttribute("selectedOrganization", input.getScopeOrganizationId() == null ? null
                : organizations.find(input.getScopeOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        return "recognition/award-bulk";
    }
}
