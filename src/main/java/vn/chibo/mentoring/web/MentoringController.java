package vn.chibo.mentoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.mentoring.internal.ActivityService;
import vn.chibo.mentoring.internal.MentorForm;
import vn.chibo.mentoring.internal.MentoringAssignment;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.mentoring.internal.MentoringGroup;
import vn.chibo.mentoring.internal.MentoringReview;
import vn.chibo.mentoring.internal.MentoringAccess;
import vn.chibo.mentoring.internal.MentoringAssignments;
import vn.chibo.mentoring.internal.MentoringService;
import vn.chibo.mentoring.internal.SessionForm;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.PeriodChoice;

/** Pages of the mentoring programme: board, a cell's groups, the helper, a group, and 'my mentees'. */
@Controller
class MentoringController {

    private final MentoringService mentoring;
    private final MentoringAccess access;
    private final MentoringAssignments assigning;
    private final ActivityService activity;
    private final MentoringBoard board;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final vn.chibo.recognition.AwardRegister awards;
    private final Clock clock;

    MentoringController(MentoringService mentoring, MentoringAccess access, MentoringAssignments assigning, ActivityService activity, MentoringBoard board,
                        OrganizationDirectory organizations, PersonDirectory people, vn.chibo.recognition.AwardRegister awards,
                        Clock clock) {
        this.mentoring = mentoring;
        this.access = access;
        this.assigning = assigning;
        this.activity = activity;
        this.board = board;
        this.organizations = organizations;
        this.people = people;
        this.awards = awards;
        this.clock = clock;
    }

    @GetMapping("/mentoring")
    String start() {
        ChiboUser me = CurrentUser.get();
        if (!MentoringAccess.hasBoard(me)) {
            return "redirect:/mentoring/mine";
        }
        return "redirect:/mentoring/board?org=" + me.scopeOrganizationId();
    }

    @GetMapping("/mentoring/board")
    String board(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        Long id = org != null ? org : CurrentUser.get().scopeOrganizationId();
        if (id == null) {
            throw new NotFoundException("Organization", 0L);
        }
        PeriodChoice choice = PeriodChoice.of(preset, from, to, LocalDate.now(clock), PeriodChoice.YEAR);
        MentoringBoard.Board result = board.board(id, choice.from(), choice.to());
        model.addAttribute("choice", choice);
        model.addAttribute("periodKeep", java.util.Map.of("org", id));
        OrganizationRef scope = CurrentUser.get().scopeOrganizationId() == null ? null
                : organizations.find(CurrentUser.get().scopeOrganizationId()).orElse(null);
        model.addAttribute("board", result);
        model.addAttribute("outcomes", MentoringOutcome.values());
        model.addAttribute("trail", organizations.breadcrumbs(id).stream()
                .filter(o -> scope == null || CurrentUser.get().isAdmin() || o.path().startsWith(scope.path())).toList());
        return "mentoring/board";
    }

    @GetMapping("/mentoring/organizations/{id}")
    String organization(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        OrganizationRef organization = organizations.requireVisible(id);
        model.addAttribute("organization", organization);
        var groups = mentoring.groupsOf(id, page);
        model.addAttribute("groups", groups);
        // above cells the groups belong to sub-organizations: each card names its own
        model.addAttribute("groupOrganizations", groups.stream().map(MentoringService.GroupLine::organizationId)
                .filter(o -> o != id).distinct().map(organizations::find).flatMap(java.util.Optional::stream)
                .collect(java.util.stream.Collectors.toMap(OrganizationRef::id, o -> o)));
        model.addAttribute("groupCount", mentoring.countGroupsOf(id));
        model.addAttribute("page", page);
        var unmentored = mentoring.unmentored(organization).stream().filter(p -> p.organizationId() == id).toList();
        model.addAttribute("unmentored", unmentored.stream().limit(50).toList());
        model.addAttribute("unmentoredCount", unmentored.size());
        var mentors = mentoring.mentorsOf(id);
        model.addAttribute("mentors", mentors);
        model.addAttribute("mentorPeople", people.findAll(mentors.stream().map(m -> m.getPersonId()).toList()));
        model.addAttribute("loads", mentoring.loadsOf(mentors.stream().map(m -> m.getPersonId()).toList()));
        // a mentor's awards are the register's records (one source): the newest is shown beside his name
        model.addAttribute("mentorAwards", mentors.stream().flatMap(m -> awards.awardsOf(m.getPersonId()).stream().limit(1))
                .collect(java.util.stream.Collectors.toMap(vn.chibo.recognition.AwardRegister.IndividualAward::personId, a -> a)));
        model.addAttribute("rules", mentoring.rulesFor(organization.path()));
        model.addAttribute("mayManage", access.mayManage(organization.path()));
        model.addAttribute("mayPlan", access.mayManage(organization.path())
                && organization.type() != vn.chibo.organization.OrganizationType.UPPER_COMMITTEE);
        model.addAttribute("candidates", people.membersOf(id, 0, 200));
        if (!model.containsAttribute("mentorForm")) {
            model.addAttribute("mentorForm", new MentorForm());
        }
        model.addAttribute("mentorKinds", vn.chibo.mentoring.internal.Mentor.Kind.values());
        return "mentoring/organization";
    }

    @PostMapping("/mentoring/organizations/{id}/mentors")
    String saveMentor(@PathVariable long id, @ModelAttribute MentorForm mentorForm, RedirectAttributes redirect) {
        organizations.requireVisible(id);
        try {
            mentoring.saveMentor(mentorForm);
            redirect.addFlashAttribute("message", "mentoring.mentor.saved");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("mentorForm", mentorForm);
        }
        return "redirect:/mentoring/organizations/" + id;
    }

    @GetMapping("/mentoring/organizations/{id}/plan")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("proposal", assigning.propose(id));
        return "mentoring/plan";
    }

    @PostMapping("/mentoring/organizations/{id}/plan")
    String confirm(@PathVariable long id, @RequestParam(required = false) List<String> pairs,
                   @RequestParam(required = false) LocalDate start,
                   @RequestParam(required = false) String goals, RedirectAttributes redirect) {
        try {
            int created = assigning.confirm(id, pairs, start, goals);
            redirect.addFlashAttribute("message", "mentoring.plan.confirmed");
            redirect.addFlashAttribute("confirmedCount", created);
            return "redirect:/mentoring/organizations/" + id;
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            return "redirect:/mentoring/organizations/" + id + "/plan";
        }
    }

    @GetMapping("/mentoring/groups/{id}")
    String group(@PathVariable long id, Model model) {
        MentoringGroup group = mentoring.group(id);
        List<MentoringAssignment> assignments = mentoring.assignmentsOf(group);
        List<Long> ids = assignments.stream().map(MentoringAssignment::getId).toList();
        java.util.Set<Long> personIds = new java.util.HashSet<>();
        assignments.forEach(a -> personIds.add(a.getMenteePersonId()));
        personIds.add(group.getMentorPersonId());
        model.addAttribute("group", group);
        model.addAttribute("organization", organizations.find(group.getOrganizationId()).orElseThrow());
        model.addAttribute("assignments", assignments);
        model.addAttribute("persons", people.findAll(personIds));
        model.addAttribute("reviews", activity.latestReviews(ids));
        model.addAttribute("outcomeLines", activity.outcomesOf(ids));
        model.addAttribute("sessions", activity.sessionsOf(id));
        model.addAttribute("isMentor", access.isMentorOf(group));
        model.addAttribute("mayRecord", access.mayRecord(group));
        model.addAttribute("mayManage", access.mayManage(group.getOrgPath()));
        model.addAttribute("period", mentoring.rulesFor(group.getOrgPath()).periodOf(LocalDate.now(clock)));
        model.addAttribute("ratings", MentoringReview.Rating.values());
        // admission comes from the pipeline, an award from the register (chosen below), the sympathiser list from the cell
        boolean manages = access.mayManage(group.getOrgPath());
        model.addAttribute("reviewOutcomes", java.util.Arrays.stream(MentoringOutcome.values())
                .filter(o -> o != MentoringOutcome.ADMITTED && o != MentoringOutcome.AWARDED)
                .filter(o -> o != MentoringOutcome.SYMPATHISER || manages).toList());
        model.addAttribute("awardsToLink", activity.linkableAwards(assignments));
        addSessionChoices(model);
        if (!model.containsAttribute("sessionForm")) {
            SessionForm form = new SessionForm();
            form.setHeldOn(LocalDate.now(clock));
            model.addAttribute("sessionForm", form);
        }
        return "mentoring/group";
    }

    static void addSessionChoices(Model model) {
        model.addAttribute("topics", vn.chibo.mentoring.internal.MentoringSession.Topic.values());
        model.addAttribute("massOrganizations", vn.chibo.mentoring.internal.MentoringSession.MassOrganization.values());
    }

    @PostMapping("/mentoring/groups/{id}/sessions")
    String logSession(@PathVariable long id, @ModelAttribute SessionForm sessionForm,
                      @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = "mine".equals(back) ? "redirect:/mentoring/mine" : "redirect:/mentoring/groups/" + id;
        try {
            activity.logSession(id, sessionForm);
            redirect.addFlashAttribute("message", "mentoring.session.saved");
        } catch (BusinessRuleException e) {
            FlashMessages.refuse(redirect, e);
            redirect.addFlashAttribute("sessionForm", sessionForm);
            redirect.addFlashAttribute("sessionGroup", id);
        }
        return target;
    }

    @PostMapping("/mentoring/assignments/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String period,
                  @RequestParam(required = false) MentoringReview.Rating rating, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) List<MentoringOutcome> outcomes, @RequestParam(required = false) Long awardRecordId,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        MentoringAssignment assignment = mentoring.assignment(id);
        List<MentoringOutcome> chosen = new java.util.ArrayList<>(outcomes == null ? List.of() : outcomes);
        if (awardRecordId != null) {
            chosen.add(MentoringOutcome.AWARDED);
        }
        if (!FlashMessages.perform(redirect, "mentoring.review.saved",
                () -> activity.review(id, period, rating, comment, chosen, awardRecordId, version))) {
            redirect.addFlashAttribute("reviewComment", comment);
            redirect.addFlashAttribute("reviewAssignment", id);
        }
        return "redirect:/mentoring/groups/" + assignment.getGroupId();
    }

    @PostMapping("/mentoring/assignments/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) MentoringOutcome reason,
               @RequestParam(required = false) LocalDate on,
               @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        MentoringAssignment assignment = mentoring.assignment(id);
        FlashMessages.perform(redirect, "mentoring.assignment.ended", () -> assigning.endAssignment(id, on, reason, version));
        return "redirect:/mentoring/groups/" + assignment.getGroupId();
    }

    @GetMapping("/mentoring/mine")
    String mine(Model model) {
        Long self = CurrentUser.get().personId();
        var groups = self == null ? List.<MentoringService.GroupLine>of() : mentoring.groupsMentoredBy(self);
        model.addAttribute("groups", groups);
        model.addAttribute("mentor", self == null ? null : mentoring.mentorOf(self).orElse(null));
        addSessionChoices(model);
        model.addAttribute("today", LocalDate.now(clock));
        return "mentoring/mine";
    }
}
