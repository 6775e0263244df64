package vn.chibo.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.Attendance;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.ItemStatus;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MeetingStatus;
import vn.chibo.meeting.internal.MinutesDocuments;
import vn.chibo.meeting.internal.SupervisionService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.NotFoundException;

/**
 * Pages of cell meetings: the organization's calendar, planning, the meeting page before, during and after (with
 * HTMX live entry of attendance and contributions, quick on a phone), minutes downloads.
 */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final MaterialService materials;
    private final MeetingReports reports;
    private final SupervisionService supervision;
    private final MinutesDocuments minutes;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    MeetingController(MeetingService meetings, MaterialService materials, MeetingReports reports, SupervisionService supervision,
                      MinutesDocuments minutes, OrganizationDirectory organizations, Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.reports = reports;
        this.supervision = supervision;
        this.minutes = minutes;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The menu entry: officers see their subtree, secretaries and members their organization's calendar. */
    @GetMapping("/meetings")
    String start() {
        ChiboUser user = CurrentUser.get();
        if (user.may(vn.chibo.shared.security.Permission.READ_SUBTREE_BOARDS)) {
            return "redirect:/meetings/overview";
        }
        if (user.role() == Role.SECRETARY && user.scopeOrganizationId() != null) {
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
        model.addAttribute("mayManage", meetings.mayManage(organization));
        model.addAttribute("mayAssign", supervision.mayAssign(organization));
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
        if (!meetings.mayManage(organization)) {
            throw new vn.chibo.shared.web.ForbiddenException("plan a meeting");
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Long[] defaults = meetings.defaultChairAndMinuteTaker(organization, day);
        MeetingKind chosen = kind != null ? kind : meetings.kindsFor(organization).contains(MeetingKind.REGULAR)
                ? MeetingKind.REGULAR : MeetingKind.COMMITTEE;
        Map<String, String> input = new LinkedHashMap<>();
        input.put("kind", chosen.name());
        input.put("date", vn.chibo.shared.web.DateInput.print(day));
        input.put("startTime", "07:30");
        input.put("chairId", defaults[0] == null ? "" : defaults[0].toString());
        input.put("minuteTakerId", defaults[1] == null ? "" : defaults[1].toString());
        input.put("agenda", null);
        formModel(model, organization, null, input, day);
        return "meeting/form";
    }

    private void formModel(Model model, OrganizationRef organization, Meeting meeting, Map<String, String> input, LocalDate day) {
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
                kind = input.get("kind") == null ? MeetingKind.REGULAR : MeetingKind.valueOf(input.get("kind"));
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
    String create(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        OrganizationRef organization = organizations.requireVisible(id);
        try {
            Meeting meeting = meetings.create(id, form(params));
            redirect.addFlashAttribute("message", "meeting.created");
            return "redirect:/meetings/" + meeting.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            formModel(model, organization, null, params, parseDate(params.get("date"), LocalDate.now(clock)));
            return "meeting/form";
        }
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        if (!meetings.mayManage(meeting)) {
            throw new vn.chibo.shared.web.ForbiddenException("edit a meeting");
        }
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        Map<String, String> input = new LinkedHashMap<>();
        input.put("kind", meeting.kind().name());
        input.put("combinedThematic", String.valueOf(meeting.combinedThematic()));
        input.put("topic", meeting.topic());
        input.put("date", vn.chibo.shared.web.DateInput.print(meeting.date()));
        input.put("startTime", vn.chibo.shared.web.DateInput.print(meeting.startTime()));
        input.put("endTime", meeting.endTime() == null ? null : vn.chibo.shared.web.DateInput.print(meeting.endTime()));
        input.put("place", meeting.place());
        input.put("chairId", meeting.chairId() == null ? "" : meeting.chairId().toString());
        input.put("minuteTakerId", meeting.minuteTakerId() == null ? "" : meeting.minuteTakerId().toString());
        input.put("agenda", meeting.agenda());
        input.put("version", String.valueOf(meeting.version()));
        formModel(model, organization, meeting, input, meeting.date());
        return "meeting/form";
    }

    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.get(id);
        try {
            meetings.update(id, form(params), parseLong(params.get("version"), -1L));
            redirect.addFlashAttribute("message", "meeting.saved");
            return "redirect:/meetings/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e);
            OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
            formModel(model, organization, meeting, params, parseDate(params.get("date"), meeting.date()));
            return "meeting/form";
        }
    }

    static MeetingForm form(Map<String, String> params) {
        MeetingKind kind;
        try {
            kind = params.get("kind") == null ? null : MeetingKind.valueOf(params.get("kind"));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        return new MeetingForm(kind, "true".equals(params.get("combinedThematic")) || "on".equals(params.get("combinedThematic")),
                params.get("topic"), parseDate(params.get("date"), null), parseTime(params.get("startTime"), "startTime"),
                parseTime(params.get("endTime"), "endTime"), params.get("place"), parseLong(params.get("chairId"), null),
                parseLong(params.get("minuteTakerId"), null), params.get("agenda"));
    }

    static LocalDate parseDate(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseDate(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("date", "meeting.error.date");
        }
    }

    static LocalTime parseTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseTime(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(field, "meeting.error.time");
        }
    }

    static Long parseLong(String value, Long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Integer parseInt(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(field, "meeting.error.number");
        }
    }

    // ---- the meeting page -----------------------------------------------------------------------

    @GetMapping("/meetings/{id}")
    String detail(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        meetingModel(meeting, model);
        return "meeting/detail";
    }

    @GetMapping("/meetings/{id}/live")
    String live(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        meetingModel(meeting, model);
        return "meeting/live";
    }

    private void meetingModel(Meeting meeting, Model model) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        var attendees = meetings.attendees(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("organization", organization);
        model.addAttribute("inScope", user.canSee(organization.path()));
        model.addAttribute("attendees", attendees);
        model.addAttribute("members", attendees.stream().filter(MeetingParts.Attendee::member).toList());
        model.addAttribute("guests", attendees.stream().filter(a -> !a.member()).toList());
        var contributions = meetings.contributions(meeting);
        model.addAttribute("contributions", contributions);
        List<MeetingParts.Contribution> newestFirst = new ArrayList<>(contributions);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("contributionsNewestFirst", newestFirst);
        model.addAttribute("proposals", contributions.stream().filter(MeetingParts.Contribution::beforeMeeting).toList());
        model.addAttribute("items", meetings.items(meeting));
        model.addAttribute("carried", meetings.carriedItems(meeting));
        model.addAttribute("materials", materials.list(meeting));
        var score = meetings.score(meeting);
        model.addAttribute("score", score);
        model.addAttribute("facts", score.facts());
        model.addAttribute("mayManage", meetings.mayManage(meeting));
        model.addAttribute("mayRecord", meetings.mayRecord(meeting) && meeting.status().editable());
        model.addAttribute("mayReopen", meeting.status() == MeetingStatus.CLOSED && user.may(vn.chibo.shared.security.Permission.OVERSEE_MEETINGS)
                && meetings.mayManage(meeting));
        model.addAttribute("myAttendee", user.personId() == null ? null : attendees.stream()
                .filter(a -> user.personId().equals(a.personId())).findFirst().orElse(null));
        model.addAttribute("names", attendees.stream().filter(a -> a.personId() != null)
                .collect(java.util.stream.Collectors.toMap(MeetingParts.Attendee::personId, MeetingParts.Attendee::fullName, (a, b) -> a)));
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("itemStatuses", ItemStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("leadHours", MaterialService.LEAD_HOURS);
    }

    // ---- status ---------------------------------------------------------------------------------

    @PostMapping("/meetings/{id}/start")
    String begin(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.started", () -> meetings.start(id));
        return "redirect:/meetings/" + id + "/live";
    }

    @PostMapping("/meetings/{id}/finish")
    String finish(@PathVariable long id, @RequestParam(required = false) String endTime, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.finished", () -> meetings.finish(id, parseTime(endTime, "endTime")));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.closed", () -> meetings.close(id));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.reopened", () -> meetings.reopen(id));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.cancelled", () -> meetings.cancel(id));
        return "redirect:/meetings/" + id;
    }

    // ---- live entry (HTMX fragments, plain posts without JavaScript) ----------------------------

    @PostMapping("/meetings/{id}/attendance/{attendeeId}")
    String attendance(@PathVariable long id, @PathVariable long attendeeId, @RequestParam(required = false) String attendance,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Attendance value;
        try {
            value = attendance == null ? null : Attendance.valueOf(attendance);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        Attendance chosen = value;
        if (htmx != null) {
            try {
                meetings.recordAttendance(id, attendeeId, chosen, reason);
            } catch (BusinessRuleException e) {
                model.addAttribute("rowError", e);
                model.addAttribute("rowErrorFor", attendeeId);
            }
            meetingModel(meetings.get(id), model);
            return "meeting/fragments :: attendanceResponse";
        }
        FlashMessages.perform(redirect, "meeting.attendance.saved", () -> meetings.recordAttendance(id, attendeeId, chosen, reason));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#attendance";
    }

    @PostMapping("/meetings/{id}/attendance")
    String allPresent(@PathVariable long id, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.markAllPresent(id);
            meetingModel(meetings.get(id), model);
            return "meeting/fragments :: attendanceResponse";
        }
        FlashMessages.perform(redirect, "meeting.attendance.saved", () -> meetings.markAllPresent(id));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#attendance";
    }

    @PostMapping("/meetings/{id}/guests")
    String addGuest(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String title,
                    RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.guest.added", () -> meetings.addGuest(id, null, name, title));
        return "redirect:/meetings/" + id + "#attendance";
    }

    @PostMapping("/meetings/{id}/contributions")
    String contribute(@PathVariable long id, @RequestParam(required = false) String attendeeId,
                      @RequestParam(required = false) String kind, @RequestParam(required = false) String content,
                      @RequestParam(required = false) String adopted, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Long speaker = parseLong(attendeeId, -1L);
        ContributionKind contributionKind;
        try {
            contributionKind = kind == null ? null : ContributionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            contributionKind = null;
        }
        ContributionKind chosen = contributionKind;
        boolean isAdopted = "true".equals(adopted) || "on".equals(adopted);
        if (htmx != null) {
            try {
                meetings.addContribution(id, speaker, chosen, content, isAdopted);
                model.addAttribute("lastKind", chosen);
            } catch (BusinessRuleException e) {
                model.addAttribute("contributionError", e);
                model.addAttribute("draft", content);
                model.addAttribute("draftSpeaker", speaker);
                model.addAttribute("lastKind", chosen);
            }
            meetingModel(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.added",
                () -> meetings.addContribution(id, speaker, chosen, content, isAdopted));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#contributions";
    }

    @PostMapping("/meetings/{id}/contributions/{contributionId}/adopted")
    String adopted(@PathVariable long id, @PathVariable long contributionId, @RequestParam(defaultValue = "false") boolean adopted,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.setAdopted(id, contributionId, adopted);
            meetingModel(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.saved", () -> meetings.setAdopted(id, contributionId, adopted));
        return "redirect:/meetings/" + id + "#contributions";
    }

    @PostMapping("/meetings/{id}/contributions/{contributionId}/delete")
    String deleteContribution(@PathVariable long id, @PathVariable long contributionId,
                              @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                              RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.deleteContribution(id, contributionId);
            meetingModel(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.deleted", () -> meetings.deleteContribution(id, contributionId));
        return "redirect:/meetings/" + id + "#contributions";
    }

    @PostMapping("/meetings/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam(required = false) String attendeeId,
                   @RequestParam(required = false) String content, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.proposal.submitted",
                () -> meetings.submitProposal(id, parseLong(attendeeId, null), content));
        return "redirect:/meetings/" + id + "#agenda";
    }

    // ---- resolution, items, scores --------------------------------------------------------------

    @PostMapping("/meetings/{id}/resolution")
    String resolution(@PathVariable long id, @RequestParam(required = false) String resolution,
                      @RequestParam(required = false) String votesFor, @RequestParam(required = false) String votesAgainst,
                      @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.resolution.saved", () -> meetings.saveResolution(id, resolution,
                parseInt(votesFor, "votesFor"), parseInt(votesAgainst, "votesAgainst"), version));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) String content, @RequestParam(required = false) String assigneeId,
                   @RequestParam(required = false) String dueDate, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.item.added", () -> meetings.addItem(id, content, parseLong(assigneeId, null),
                parseDate(dueDate, null)));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/items/{itemId}")
    String updateItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String note, @RequestParam(defaultValue = "-1") long version,
                      @RequestParam(required = false) String section, RedirectAttributes redirect) {
        ItemStatus value;
        try {
            value = status == null ? null : ItemStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        ItemStatus chosen = value;
        FlashMessages.perform(redirect, "meeting.item.saved", () -> meetings.updateItem(id, itemId, chosen, note, null, version));
        return "redirect:/meetings/" + id + "#" + ("agenda".equals(section) ? "agenda" : "resolution");
    }

    @PostMapping("/meetings/{id}/items/{itemId}/delete")
    String deleteItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.item.deleted", () -> meetings.deleteItem(id, itemId));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/scores")
    String scores(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam(defaultValue = "-1") long version,
                  RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("score_")) {
                values.put(k.substring("score_".length()), v);
            }
        });
        FlashMessages.perform(redirect, "meeting.score.saved", () -> meetings.saveManualScores(id, values, version));
        return "redirect:/meetings/" + id + "#score";
    }

    // ---- materials and minutes ------------------------------------------------------------------

    @PostMapping("/meetings/{id}/materials")
    String attach(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        MeetingParts.MaterialPurpose chosen = "RECORD".equals(purpose) ? MeetingParts.MaterialPurpose.RECORD
                : MeetingParts.MaterialPurpose.PREPARATION;
        FlashMessages.perform(redirect, "meeting.material.attached", () -> materials.attach(id, chosen, title, name, content));
        return "redirect:/meetings/" + id + "#materials";
    }

    @GetMapping("/meetings/{id}/materials/{materialId}")
    void download(@PathVariable long id, @PathVariable long materialId, HttpServletResponse response) throws IOException {
        MeetingParts.MaterialFile file = materials.download(id, materialId);
        send(response, file.filename(), file.contentType(), file.content());
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    void minutesDocx(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(response, minutes.filename(id) + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", minutes.docx(id));
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    void minutesPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(response, minutes.filename(id) + ".pdf", "application/pdf", minutes.pdf(id));
    }

    static void send(HttpServletResponse response, String filename, String contentType, byte[] content) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
