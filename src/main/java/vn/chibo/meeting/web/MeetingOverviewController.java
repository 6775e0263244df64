package vn.chibo.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.MeetingAccess;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.RubricService;
import vn.chibo.meeting.internal.SupervisionService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.PeriodChoice;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.ForbiddenException;

/** The officer's view of a subtree's meetings, supervision assignments and the rubrics. */
@Controller
class MeetingOverviewController {

    private final MeetingReports reports;
    private final SupervisionService supervision;
    private final RubricService rubrics;
    private final OrganizationDirectory organizations;
    private final MeetingCharts charts;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    private final OverviewWorkbook workbook;

    /** Rows of a list named on the overview (alerts, supervision assignments); the page counts the rest. */
    static final int SHOWN = 50;

    MeetingOverviewController(MeetingReports reports, SupervisionService supervision, RubricService rubrics,
                              OrganizationDirectory organizations, MeetingCharts charts,
                              org.springframework.context.MessageSource messages, OverviewWorkbook workbook, Clock clock) {
        this.workbook = workbook;
        this.charts = charts;
        this.messages = messages;
        this.reports = reports;
        this.supervision = supervision;
        this.rubrics = rubrics;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The period: 'from' and 'to' months (yyyy-MM), by default the twelve months up to this one. */
    static YearMonth[] period(String from, String to, YearMonth current) {
        YearMonth end = parse(to, current);
        YearMonth start = parse(from, end.minusMonths(MeetingReports.DEFAULT_MONTHS - 1));
        if (start.isAfter(end)) {
            start = end;
        }
        if (start.isBefore(end.minusMonths(35))) {
            start = end.minusMonths(35);
        }
        return new YearMonth[] {start, end};
    }

    private static YearMonth parse(String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return vn.chibo.shared.web.DateInput.parseMonth(value);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("from", "meeting.error.period");
        }
    }

    /** The organization to look at: the one asked for if visible, else the account's scope (the region for administrators). */
    OrganizationRef within(Long organizationId) {
        ChiboUser user = CurrentUser.get();
        if (organizationId != null) {
            return organizations.requireVisible(organizationId);
        }
        if (user.scopeOrganizationId() != null) {
            return organizations.requireVisible(user.scopeOrganizationId());
        }
        return organizations.activeInSubtree("/", java.util.EnumSet.of(vn.chibo.organization.OrganizationType.UPPER_COMMITTEE))
                .stream().filter(o -> o.parentId() == null).findFirst()
                .orElseThrow(() -> new vn.chibo.shared.web.NotFoundException("Organization", "root"));
    }

    /**
     * The overview's period through the shared period choice, in whole months up to this month (at most 36): a preset,
     * a dd/MM/yyyy range, or (older links) a range of months MM/yyyy; by default the last twelve months.
     */
    PeriodChoice choice(String preset, String from, String to) {
        YearMonth current = YearMonth.now(clock);
        if (preset == null && ((from == null || from.isBlank()) && (to == null || to.isBlank()) || isMonth(from) || isMonth(to))) {
            YearMonth[] months = period(from, to, current);
            return PeriodChoice.range(months[0].atDay(1), months[1].atEndOfMonth());
        }
        PeriodChoice chosen = PeriodChoice.of(preset, from, to, current.atEndOfMonth(), PeriodChoice.YEAR);
        YearMonth end = YearMonth.from(chosen.to()).isAfter(current) ? current : YearMonth.from(chosen.to());
        YearMonth start = YearMonth.from(chosen.from());
        start = start.isAfter(end) ? end : (start.isBefore(end.minusMonths(35)) ? end.minusMonths(35) : start);
        return new PeriodChoice(chosen.preset(), start.atDay(1), end.atEndOfMonth(), chosen.errorKey(), chosen.errorValue());
    }

    private static boolean isMonth(String value) {
        return value != null && value.strip().matches("(?i)(tháng\\s*)?\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{1,2}");
    }

    @GetMapping("/meetings/overview.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String preset, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!MeetingAccess.mayReadOverview(CurrentUser.get())) {
            throw new ForbiddenException("meeting overview");
        }
        OrganizationRef within = within(organizationId);
        PeriodChoice choice = choice(preset, from, to);
        return workbook.write(reports.overview(within, YearMonth.from(choice.from()), YearMonth.from(choice.to())), choice);
    }

    @GetMapping("/meetings/overview")
    String overview(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String preset,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        ChiboUser user = CurrentUser.get();
        if (!MeetingAccess.mayReadOverview(user)) {
            throw new ForbiddenException("meeting overview");
        }
        OrganizationRef within = within(organizationId);
        PeriodChoice choice = choice(preset, from, to);
        YearMonth[] period = {YearMonth.from(choice.from()), YearMonth.from(choice.to())};
        model.addAttribute("choice", choice);
        model.addAttribute("periodKeep", java.util.Map.of("organizationId", within.id()));
        MeetingReports.Overview overview = reports.overview(within, period[0], period[1]);
        SupervisionService.CoverageSummary coverage = supervision.coverageSummary(within, period[0].atDay(1), period[1].atEndOfMonth(),
                SHOWN);
        model.addAttribute("overview", overview);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("trendSvg", charts.trend(overview.months(), overview.total().attendanceTrend(overview.months()),
                overview.total().speakingTrend(overview.months()), messages.getMessage("meeting.overview.attendance", null, locale),
                messages.getMessage("meeting.overview.speaking", null, locale)));
        java.util.Map<Long, String> sparklines = new java.util.HashMap<>();
        overview.lines().forEach(l -> sparklines.put(l.organization().id(), charts.sparkline(l.figures().attendanceTrend(overview.months()))));
        model.addAttribute("sparklines", sparklines);
        model.addAttribute("within", within);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        ChiboUser me = CurrentUser.get();
        OrganizationRef start = me.scopeOrganizationId() != null && !me.isAdmin()
                ? organizations.find(me.scopeOrganizationId()).orElse(within) : null;
        model.addAttribute("trail", organizations.breadcrumbs(within.id()).stream()
                .filter(o -> start == null || o.path().startsWith(start.path())).toList());
        List<MeetingReports.AbsenceAlert> alerts = reports.absenceAlerts(within.path(), period[1].getYear());
        model.addAttribute("alerts", alerts.size() > SHOWN ? alerts.subList(0, SHOWN) : alerts);
        model.addAttribute("alertCount", alerts.size());
        model.addAttribute("alertYear", period[1].getYear());
        model.addAttribute("coverage", coverage.first());
        model.addAttribute("coverageCount", coverage.assignments());
        model.addAttribute("assignedCells", coverage.cells());
        model.addAttribute("coverageHeld", coverage.held());
        model.addAttribute("coverageAttended", coverage.attended());
        model.addAttribute("grades", MeetingReports.GRADES);
        return "meeting/overview";
    }

    // ---- supervision assignments ----------------------------------------------------------------

    @GetMapping("/organizations/{id}/supervision")
    String supervision(@PathVariable long id, Model model) {
        OrganizationRef organization = organizations.requireVisible(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("organization", organization);
        model.addAttribute("assignments", supervision.coverage(organization, today.minusYears(5), today).stream()
                .filter(c -> c.supervision().organizationId() == id).toList());
        boolean mayAssign = MeetingAccess.mayAssignSupervisors(CurrentUser.get(), organization.path());
        model.addAttribute("mayAssign", mayAssign);
        model.addAttribute("candidates", mayAssign ? supervision.candidates(organization) : List.of());
        model.addAttribute("today", today);
        return "meeting/supervision";
    }

    @PostMapping("/organizations/{id}/supervision")
    String assign(@PathVariable long id, @RequestParam(required = false) String candidate, @RequestParam(required = false) String fromDate,
                  @RequestParam(required = false) String toDate, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.supervision.assigned", () -> {
            String[] parts = candidate == null ? new String[0] : candidate.split(":");
            if (parts.length != 2) {
                throw new BusinessRuleException("candidate", "meeting.supervision.error.notCommitteeMember");
            }
            supervision.assign(id, Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    MeetingParams.parseDate(fromDate, null), MeetingParams.parseDate(toDate, null));
        });
        return "redirect:/organizations/" + id + "/supervision";
    }

    @PostMapping("/meetings/supervision/{supervisionId}/end")
    String endAssignment(@PathVariable long supervisionId, @RequestParam(required = false) String toDate,
                         @RequestParam(defaultValue = "-1") long version, @RequestParam long organizationId, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.supervision.ended",
                () -> supervision.end(supervisionId, MeetingParams.parseDate(toDate, null), version));
        return "redirect:/organizations/" + organizationId + "/supervision";
    }

    // ---- rubrics --------------------------------------------------------------------------------

    @GetMapping("/meetings/rubrics")
    String rubrics(@RequestParam(required = false) Long id, Model model) {
        var all = rubrics.all();
        model.addAttribute("rubrics", all);
        var shown = id != null ? rubrics.get(id) : all.isEmpty() ? null : all.get(0);
        model.addAttribute("shown", shown);
        model.addAttribute("document", shown == null ? null : rubrics.document(shown));
        model.addAttribute("json", shown == null ? null : shown.json());
        model.addAttribute("mayImport", CurrentUser.get().isAdmin());
        return "meeting/rubrics";
    }

    @PostMapping("/meetings/rubrics")
    String importRubric(@RequestParam(required = false) String json, Model model, RedirectAttributes redirect) {
        try {
            var rubric = rubrics.importRevision(json);
            redirect.addFlashAttribute("message", "meeting.rubric.imported");
            return "redirect:/meetings/rubrics?id=" + rubric.id();
        } catch (BusinessRuleException e) {
            rubrics(null, model);
            model.addAttribute("importError", e);
            model.addAttribute("importJson", json);
            return "meeting/rubrics";
        }
    }
}
