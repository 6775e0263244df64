package vn.chibo.meeting.web;

import vn.chibo.shared.web.FormErrors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingAccess;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MeetingStatus;
import vn.chibo.meeting.internal.SupervisionService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

import static vn.chibo.meeting.web.MeetingParams.form;
import static vn.chibo.meeting.web.MeetingParams.parseDate;
import static vn.chibo.meeting.web.MeetingParams.parseLong;

/**
 * Pages of cell meetings: the menu entry, the organization's calendar and planning a meeting. The meeting page is
 * {@link MeetingPageController}, its live entry {@link LiveEntryController}, its files {@link MeetingFilesController}.
 */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final MeetingReports reports;
    private final SupervisionService supervision;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    MeetingController(MeetingService meetings, MeetingReports reports, SupervisionService supervision,
                      OrganizationDirectory organizations, Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.supervision = supervision;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The menu entry: officers see their subtree, secretaries and members their organization's calendar. */
    @GetMapping("/meetings")
    String start() {
        ChiboUser user = CurrentUser.get();
        if (MeetingAccess.startsOnOverview(user)) {
            return "redirect:/meetings/overview";
        }
        if (MeetingAccess.startsOnOwnCalendar(user)) {
            return "redirect:/organizations/" + user.scopeOrganizationId() + "/meetings";
        }
        Long own = ownOrganization();
        if (own == null) {
            throw new NotFoundException("Organization", "own");
        }
        return "redirect:/organizations/" + own + "/meetings";
    }

    private Long ownOrganization() {
        ChiboUser user = CurrentUser.get();
        if (user.scopeOrganizationId() != null) {
            try {
                return meetings.readableOrganization(user.scopeOrganizationId()).id();
            } catch (NotFoundException e) {
                return null;
            }
        }
        return null;
    }

    // ---- calendar -------------------------------------------------------------------------------

    @GetMapping("/organizations/{id}/meetings")
    String calendar(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        OrganizationRef organization = meetings.readableOrganization(id);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<Meeting> list = meetings.meetingsOf(organization, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        Map<Integer, List<Meeting>> byMonth = new LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.put(month, new ArrayList<>());
        }
        list.forEach(m -> byMonth.get(m.date().getMonthValue()).add(m));
        ChiboUser user = CurrentUser.get();
        model.addAttribute("organization", organization);
        model.addAttribute("trail", user.canSee(organization.path()) ? organizations.breadcrumbs(id) : List.of());
        model.addAttribute("year", y);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayManage", MeetingAccess.mayManage(user, organization.path()));
        model.addAttribute("mayAssign", MeetingAccess.mayAssignSupervisors(user, organization.path()));
        model.addAttribute("inScope", user.canSee(organization.path()));
        model.addAttribute("alerts", user.canSee(organization.path()) ? reports.absenceAlerts(organization.path(), y) : List.of());
        model.addAttribute("openItems", meetings.openItems(organization));
        model.addAttribute("supervisors", supervision.of(organization).stream()
                .filter(s -> s.activeOn(LocalDate.now(clock))).toList());
        return "meeting/calendar";
    }

    // ---- planning -------------------------------------------------------------------------------

    @GetMapping("/organizations/{id}/meetings/new")
    String createForm(@PathVariable long id, @RequestParam(required = false) LocalDate date,
                      @RequestParam(required = false) MeetingKind kind, Model model) {
        OrganizationRef organization = organizations.requireVisible(id);
        if (!MeetingAccess.mayManage(CurrentUser.get(), organization.path())) {
            throw new vn.chibo.shared.web.ForbiddenException("plan a meeting");
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Long[] defaults = meetings.defaultChairAndMinuteTaker(organization, day);
        MeetingKind chosen = kind != null ? kind : meetings.kindsFor(organization).contains(MeetingKind.REGULAR)
                ? MeetingKind.REGULAR : MeetingKind.COMMITTEE;
        MeetingInput input = new MeetingInput();
        input.setKind(chosen.name());
        input.setDate(vn.chibo.shared.web.DateInput.print(day));
        input.setStartTime("07:30");
        input.setChairId(defaults[0] == null ? "" : defaults[0].toString());
        input.setMinuteTakerId(defaults[1] == null ? "" : defaults[1].toString());
        formModel(model, organization, null, input, day);
        return "meeting/form";
    }

    private void formModel(Model model, OrganizationRef organization, Meeting meeting, MeetingInput input, LocalDate day) {
        model.addAttribute("organization", organization);
        model.addAttribute("meeting", meeting);
        model.addAttribute("input", input);
        model.addAttribute("kinds", meetings.kindsFor(organization));
        if (meeting != null && meeting.status() != MeetingStatus.PLANNED) {
            model.addAttribute("people", meetings.people(meeting).stream()
                    .map(a -> new Person(a.personId(), a.fullName())).toList());
        } else {
            MeetingKind kind;
            try {
                kind = input.getKind() == null ? MeetingKind.REGULAR : MeetingKind.valueOf(input.getKind());
            } catch (IllegalArgumentException e) {
                kind = MeetingKind.REGULAR;
            }
            List<Person> people = new ArrayList<>(meetings.invitees(organization, kind, day).stream()
                    .map(i -> new Person(i.personId(), i.fullName())).toList());
            if (meeting != null) {
                meetings.people(meeting).stream().filter(a -> people.stream().noneMatch(p -> p.id() == a.personId()))
                        .forEach(a -> people.add(new Person(a.personId(), a.fullName())));
            }
            model.addAttribute("people", people);
        }
    }

    record Person(long id, String fullName) {
    }

    @PostMapping("/organizations/{id}/meetings")
    String create(@PathVariable long id, @Valid @ModelAttribute("input") MeetingInput input, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        OrganizationRef organization = organizations.requireVisible(id);
        try {
            if (!binding.hasErrors()) {
                Meeting meeting = meetings.create(id, form(input));
                redirect.addFlashAttribute("message", "meeting.created");
                return "redirect:/meetings/" + meeting.id();
            }
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e, model);
        }
        formModel(model, organization, null, input, dayOf(input, LocalDate.now(clock)));
        return "meeting/form";
    }

    /** The typed day when it can be read, for the list of invitees beside the refused form. */
    private static LocalDate dayOf(MeetingInput input, LocalDate fallback) {
        try {
            return parseDate(input.getDate(), fallback);
        } catch (BusinessRuleException e) {
            return fallback;
        }
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        if (!MeetingAccess.mayManage(CurrentUser.get(), meeting.orgPath())) {
            throw new vn.chibo.shared.web.ForbiddenException("edit a meeting");
        }
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        MeetingInput input = new MeetingInput();
        input.setKind(meeting.kind().name());
        input.setCombinedThematic(meeting.combinedThematic());
        input.setTopic(meeting.topic());
        input.setDate(vn.chibo.shared.web.DateInput.print(meeting.date()));
        input.setStartTime(vn.chibo.shared.web.DateInput.print(meeting.startTime()));
        input.setEndTime(meeting.endTime() == null ? null : vn.chibo.shared.web.DateInput.print(meeting.endTime()));
        input.setPlace(meeting.place());
        input.setChairId(meeting.chairId() == null ? "" : meeting.chairId().toString());
        input.setMinuteTakerId(meeting.minuteTakerId() == null ? "" : meeting.minuteTakerId().toString());
        input.setAgenda(meeting.agenda());
        input.setVersion(String.valueOf(meeting.version()));
        formModel(model, organization, meeting, input, meeting.date());
        return "meeting/form";
    }

    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("input") MeetingInput input, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(id);
        try {
            if (!binding.hasErrors()) {
                meetings.update(id, form(input), parseLong(input.getVersion(), -1L));
                redirect.addFlashAttribute("message", "meeting.saved");
                return "redirect:/meetings/" + id;
            }
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e, model);
        }
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        formModel(model, organization, meeting, input, dayOf(input, meeting.date()));
        return "meeting/form";
    }
}
