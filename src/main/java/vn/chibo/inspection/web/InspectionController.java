package vn.chibo.inspection.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.inspection.internal.Activity;
import vn.chibo.inspection.internal.ConclusionNotice;
import vn.chibo.inspection.internal.FindingInput;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionInput;
import vn.chibo.inspection.internal.InspectionKind;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.PlanService;
import vn.chibo.inspection.internal.Severity;
import vn.chibo.inspection.internal.SubjectType;
import vn.chibo.inspection.internal.TeamRole;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.FormErrors;

/** Pages of inspections: the worklist, the inspected side's view, opening one, and one inspection with its team, self-report, findings and conclusion. */
@Controller
@RequestMapping("/inspections")
class InspectionController {

    private final InspectionService inspections;
    private final FindingService findings;
    private final InspectionQuery query;
    private final PlanService plans;
    private final ConclusionNotice notice;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    private final vn.chibo.rules.ModelCriteria criteria;

    InspectionController(InspectionService inspections, FindingService findings, InspectionQuery query, PlanService plans,
                         ConclusionNotice notice, OrganizationDirectory organizations, PersonDirectory people, Clock clock,
                         vn.chibo.rules.ModelCriteria criteria) {
        this.criteria = criteria;
        this.inspections = inspections;
        this.findings = findings;
        this.query = query;
        this.plans = plans;
        this.notice = notice;
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
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("subjectKinds", SubjectType.values());
        model.addAttribute("findingTypes", FindingType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("teamRoles", TeamRole.values());
    }

    @GetMapping
    String worklist(Model model) {
        if (!InspectionQuery.mayUseWorklist(CurrentUser.get())) {
            return "redirect:/inspections/mine";
        }
        model.addAttribute("worklist", query.worklist());
        model.addAttribute("canOpen", inspections.mayOpen());
        return "inspection/worklist";
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) Long orgId, @RequestParam(defaultValue = "true") boolean open,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("findings", query.subjectFindings(orgId, open, page));
        model.addAttribute("inspections", query.subjectInspections(0));
        model.addAttribute("scopeOrganization", orgId == null ? null : organizations.requireVisible(orgId));
        model.addAttribute("openOnly", open);
        model.addAttribute("page", Math.max(0, page));
        return "inspection/mine";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long planItemId, @RequestParam(required = false) Long orgId,
                      @RequestParam(required = false) Long personId, Model model) {
        requireMayOpen();
        InspectionInput input = new InspectionInput();
        if (planItemId != null) {
            PlanService.Item item = plans.item(planItemId);
            input.setPlanItemId(item.id());
            input.setPersonId(item.personId());
            input.setOrganizationId(item.subjectOrgId());
            input.setKind(item.kind());
            input.setActivity(item.activity());
            input.setStartsOn(item.plannedFrom());
            input.setEndsOn(item.plannedTo());
            input.setContent(item.content());
            input.setInspectingOrgId(plans.plan(item.planId()).organizationId());
        } else {
            input.setPersonId(personId == null ? null : people.requireVisible(personId).id());
            input.setOrganizationId(orgId == null || personId != null ? null : organizations.requireVisible(orgId).id());
            input.setInspectingOrgId(CurrentUser.get().scopeOrganizationId());
            input.setStartsOn(LocalDate.now(clock));
            input.setEndsOn(LocalDate.now(clock).plusDays(14));
        }
        input.setSubjectType(input.getPersonId() != null ? SubjectType.PERSON : SubjectType.ORGANIZATION);
        return form(input, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("input") InspectionInput input, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        requireMayOpen();
        input.keepChosenSubject();
        if (binding.hasErrors()) {
            return form(input, model);
        }
        try {
            Inspection inspection = inspections.create(input);
            redirect.addFlashAttribute("message", "inspection.created");
            return "redirect:/inspections/" + inspection.getId();
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return form(input, model);
        }
    }

    private void requireMayOpen() {
        if (!inspections.mayOpen()) {
            throw new ForbiddenException("open inspections");
        }
    }

    private String form(InspectionInput input, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("selectedPerson", input.getPersonId() == null ? null
                : people.find(input.getPersonId()).filter(p -> CurrentUser.get().canSeePerson(p.id(), p.orgPath())).orElse(null));
        model.addAttribute("selectedOrganization", input.getOrganizationId() == null ? null
                : organizations.find(input.getOrganizationId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        model.addAttribute("inspectingOrganization", input.getInspectingOrgId() == null ? null
                : organizations.find(input.getInspectingOrgId()).filter(o -> CurrentUser.get().canSee(o.path())).orElse(null));
        return "inspection/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Inspection inspection = inspections.get(id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("inspectingOrganization", organizations.find(inspection.getInspectingOrgId()).orElseThrow());
        model.addAttribute("team", inspections.team(id));
        model.addAttribute("selfReports", inspections.selfReports(id));
        model.addAttribute("findings", findings.ofInspection(id));
        model.addAttribute("mayInspect", inspections.mayInspect(inspection));
        model.addAttribute("mayRespond", inspections.mayRespond(inspection));
        model.addAttribute("criteria", criteria.inForce(inspection.getStartsOn().getYear()).stream()
                .collect(java.util.stream.Collectors.groupingBy(vn.chibo.rules.ModelCriteria.Criterion::modelName,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
        if (!model.containsAttribute("findingInput")) {
            model.addAttribute("findingInput", new FindingInput());
        }
        if (!model.containsAttribute("conclusionText")) {
            model.addAttribute("conclusionText", inspection.getConclusion());
            model.addAttribute("noticeNumber", inspection.getNoticeNumber());
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "inspection/detail";
    }

    @PostMapping("/{id}/team")
    String addTeamMember(@PathVariable long id, @RequestParam(required = false) Long teamPersonId,
                         @RequestParam(required = false) TeamRole teamRole, RedirectAttributes redirect) {
        if (!FlashMessages.perform(redirect, "inspection.team.added", () -> inspections.addTeamMember(id, teamPersonId, teamRole))) {
            redirect.addFlashAttribute("teamPerson", teamPersonId == null ? null : people.find(teamPersonId)
                    .filter(p -> CurrentUser.get().canSeePerson(p.id(), p.orgPath())).orElse(null));
            redirect.addFlashAttribute("teamRoleTyped", teamRole);
        }
        return "redirect:/inspections/" + id + "#team";
    }

    @PostMapping("/{id}/team/{memberId}/remove")
    String removeTeamMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "inspection.team.removed", () -> inspections.removeTeamMember(id, memberId));
        return "redirect:/inspections/" + id + "#team";
    }

    @PostMapping("/{id}/self-reports")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        FlashMessages.perform(redirect, "inspection.selfReport.uploaded", () -> inspections.uploadSelfReport(id, name, content));
        return "redirect:/inspections/" + id + "#selfReport";
    }

    @GetMapping("/{id}/self-reports/{reportId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long reportId) {
        InspectionService.File file = inspections.download(id, reportId);
        return file(file.content(), file.contentType(), file.filename());
    }

    @PostMapping("/{id}/findings")
    String addFinding(@PathVariable long id, @ModelAttribute("findingInput") FindingInput input, RedirectAttributes redirect) {
        if (!FlashMessages.perform(redirect, "inspection.finding.added", () -> findings.record(id, input))) {
            redirect.addFlashAttribute("findingInput", input);
        }
        return "redirect:/inspections/" + id + "#findings";
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@PathVariable long id, @RequestParam(required = false) String conclusion,
                    @RequestParam(required = false) String noticeNumber, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        if (!FlashMessages.perform(redirect, "inspection.conclusion.saved",
                () -> inspections.conclude(id, conclusion, noticeNumber, version))) {
            redirect.addFlashAttribute("conclusionText", conclusion);
            redirect.addFlashAttribute("noticeNumber", noticeNumber);
        }
        return "redirect:/inspections/" + id + "#conclusion";
    }

    @PostMapping("/{id}/notice-sent")
    String noticeSent(@PathVariable long id, @RequestParam(required = false) LocalDate sentOn,
                      @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "inspection.notice.sent", () -> inspections.markNoticeSent(id, sentOn, version));
        return "redirect:/inspections/" + id + "#conclusion";
    }

    @GetMapping("/{id}/notice.docx")
    ResponseEntity<byte[]> noticeDocx(@PathVariable long id) {
        return file(notice.docx(id), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "thong-bao-ket-luan-" + id + ".docx");
    }

    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
        return file(notice.pdf(id), MediaType.APPLICATION_PDF_VALUE, "thong-bao-ket-luan-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> file(byte[] content, String contentType, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType)).body(content);
    }
}
