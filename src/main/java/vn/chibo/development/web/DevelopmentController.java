package vn.chibo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.development.internal.Candidate;
import vn.chibo.development.internal.DevelopmentAccess;
import vn.chibo.development.internal.DevelopmentService;
import vn.chibo.development.internal.DossierDocument;
import vn.chibo.development.internal.DossierItem;
import vn.chibo.development.internal.PipelineBoard;
import vn.chibo.development.internal.Stage;
import vn.chibo.development.internal.StepForm;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.rules.RuleDocumentShell;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.PeriodChoice;

/** Pages of party development: the pipeline board, an organization's candidates, a candidate with dossier and timeline. */
@Controller
class DevelopmentController {

    private final DevelopmentService development;
    private final PipelineBoard board;
    private final DossierDocument dossier;
    private final OrganizationDirectory organizations;
    private final RuleDocumentShell shell;
    private final PersonDirectory people;
    private final Clock clock;

    DevelopmentController(DevelopmentService development, PipelineBoard board, DossierDocument dossier,
                          OrganizationDirectory organizations, PersonDirectory people, RuleDocumentShell shell, Clock clock) {
        this.development = development;
        this.board = board;
        this.dossier = dossier;
        this.organizations = organizations;
        this.shell = shell;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/development")
    String start() {
        ChiboUser me = CurrentUser.get();
        if (!DevelopmentAccess.hasBoard(me)) {
            return "redirect:/development/rules";
        }
        return "redirect:/development/board?org=" + me.scopeOrganizationId();
    }

    @GetMapping("/development/board")
    String board(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Long id = org != null ? org : CurrentUser.get().scopeOrganizationId();
        if (id == null) {
            throw new NotFoundException("Organization", 0L);
        }
        PeriodChoice choice = PeriodChoice.of(preset, from, to, LocalDate.now(clock), PeriodChoice.YEAR);
        model.addAttribute("board", board.board(id, choice.from(), choice.to()));
        model.addAttribute("choice", choice);
        model.addAttribute("periodKeep", java.util.Map.of("org", id));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("trail", trail(id));
        return "development/board";
    }

    private List<OrganizationRef> trail(long id) {
        ChiboUser me = CurrentUser.get();
        return organizations.breadcrumbs(id).stream().filter(o -> me.canSee(o.path())).toList();
    }

    @GetMapping("/development/organizations/{id}/candidates")
    String candidates(@PathVariable long id, @RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "0") int page,
                      Model model) {
        OrganizationRef organization = organizations.requireVisible(id);
        model.addAttribute("organization", organization);
        model.addAttribute("candidates", board.candidates(id, stage, page));
        model.addAttribute("stage", stage);
        model.addAttribute("page", page);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("mayOpen", DevelopmentAccess.mayOpen(CurrentUser.get(), organization.path()));
        model.addAttribute("masses", people.currentPeopleUnder(organization.path(), 3000).stream()
                .filter(p -> p.organizationId() == id)
                .filter(p -> p.partyStatus() == PartyStatus.MASS || p.partyStatus() == PartyStatus.SYMPATHISER).limit(300).toList());
        return "development/candidates";
    }

    @PostMapping("/development/organizations/{id}/candidates")
    String open(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        organizations.requireVisible(id);
        try {
            if (personId == null) {
                throw new BusinessRuleException("personId", "validation.required");
            }
            Candidate candidate = development.open(personId, null);
            redirect.addFlashAttribute("message", "development.opened");
            return "redirect:/development/candidates/" + candidate.getId();
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            return "redirect:/development/organizations/" + id + "/candidates";
        }
    }

    @GetMapping("/development/candidates/{id}")
    String candidate(@PathVariable long id, Model model) {
        Candidate c = development.candidate(id);
        Stage next = DevelopmentService.nextStage(c.getStage());
        var person = people.find(c.getPersonId()).orElseThrow();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.stream.Stream.of(c.getMentorPersonId(), c.getIntroducer1Id(), c.getIntroducer2Id(), c.getProbationHelperId())
                .filter(java.util.Objects::nonNull).forEach(ids::add);
        model.addAttribute("candidate", c);
        model.addAttribute("person", person);
        model.addAttribute("facts", people.facts(c.getPersonId()).orElseThrow());
        model.addAttribute("organization", organizations.find(c.getOrganizationId()).orElseThrow());
        model.addAttribute("named", people.findAll(ids));
        model.addAttribute("timeline", development.timeline(id));
        model.addAttribute("deadline", development.deadlineOf(c));
        model.addAttribute("rules", development.rulesFor(c.getOrgPath()));
        model.addAttribute("next", next);
        ChiboUser me = CurrentUser.get();
        model.addAttribute("mayNext", next != null && DevelopmentAccess.mayRecord(me, c, next));
        model.addAttribute("mayDossier", c.getStage() == Stage.CANDIDATE && DevelopmentAccess.mayRecord(me, c, Stage.CANDIDATE));
        model.addAttribute("mayClose", c.getStage().isOpen() && DevelopmentAccess.mayRecord(me, c, Stage.WITHDRAWN));
        model.addAttribute("mayExtend", DevelopmentAccess.mayRecord(me, c, Stage.DECIDED) && EnumSet.of(Stage.CELL_RESOLVED,
                Stage.COMMITTEE_RESOLVED, Stage.RECOGNITION_RESOLVED).contains(c.getStage()));
        model.addAttribute("eligibility", EnumSet.of(Stage.SYMPATHISER, Stage.CANDIDATE).contains(c.getStage())
                ? development.eligibility(c, LocalDate.now(clock)) : List.of());
        model.addAttribute("dossierItems", DossierItem.values());
        model.addAttribute("cellMembers", people.partyMembersUnder(organizations.find(c.getOrganizationId()).orElseThrow().path())
                .stream().filter(m -> m.partyStatus() == PartyStatus.OFFICIAL).limit(300).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StepForm.of(c, LocalDate.now(clock)));
        }
        return "development/candidate";
    }

    @PostMapping("/development/candidates/{id}/steps/{stage}")
    String step(@PathVariable long id, @PathVariable Stage stage, @ModelAttribute StepForm form, RedirectAttributes redirect) {
        Candidate candidate = development.candidate(id);
        try {
            development.step(id, stage, form);
            redirect.addFlashAttribute("message", "development.step.saved");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("form", stage == Stage.CANDIDATE || stage == Stage.SYMPATHISER ? form
                    : form.keepingDossierOf(candidate));
        }
        return "redirect:/development/candidates/" + id;
    }

    @PostMapping("/development/candidates/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        development.candidate(id);
        FlashMessages.perform(redirect, "development.extended", () -> development.extend(id, version));
        return "redirect:/development/candidates/" + id;
    }

    @GetMapping("/development/candidates/{id}/dossier.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Candidate c = development.candidate(id);
        byte[] bytes = dossier.docx(c, development.timeline(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ho-so-ket-nap-" + c.getId() + ".docx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(bytes);
    }

    /** The development rules live in the one rule store: this address shows its editor shell for the kind. */
    @GetMapping("/development/rules")
    String rules(Model model) {
        return shell.revisions("development", "/development/rules", model);
    }

    @PostMapping("/development/rules")
    String revise(@RequestParam String code, @RequestParam String definition, @RequestParam(required = false) Integer yearFrom,
                  @RequestParam(required = false) Integer yearTo, RedirectAttributes redirect) {
        return shell.revise("development", "/development/rules", code, definition, yearFrom, yearTo, null, redirect);
    }
}
