package vn.chibo.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meeting.internal.MeetingAccess;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.RubricService;
import vn.chibo.meeting.internal.SupervisionService;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.ForbiddenException;

/** REST API of a subtree's meeting figures and of the scoring rubrics, beside {@link MeetingApiController}. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Sinh hoạt chi bộ: lịch, điểm danh, ý kiến, nghị quyết, chấm điểm, tổng hợp")
class MeetingReportApiController {

    private final MeetingReports reports;
    private final SupervisionService supervision;
    private final RubricService rubrics;
    private final MeetingOverviewController overviews;
    private final Clock clock;

    /** The largest page of a list in the overview (cells that missed last month, alerts, supervision assignments). */
    private static final int MAX_MISSED_SIZE = 500;

    MeetingReportApiController(MeetingReports reports, SupervisionService supervision, RubricService rubrics,
                               MeetingOverviewController overviews, Clock clock) {
        this.reports = reports;
        this.supervision = supervision;
        this.rubrics = rubrics;
        this.overviews = overviews;
        this.clock = clock;
    }

    record FiguresDto(int cells, int expectedMonths, int heldMonths, BigDecimal onTimeRate, int held, Map<String, Integer> grades,
                      BigDecimal averageScore, BigDecimal attendanceRate, BigDecimal speakingShare, int flat,
                      int thematicQuarters, int expectedQuarters, List<BigDecimal> attendanceTrend, List<BigDecimal> speakingTrend) {

        static FiguresDto of(MeetingReports.Figures f, List<YearMonth> months) {
            Map<String, Integer> grades = new java.util.LinkedHashMap<>();
            MeetingReports.GRADES.forEach(g -> grades.put(g, f.grade(g)));
            return new FiguresDto(f.cells(), f.expectedMonths(), f.heldMonths(), f.onTimeRate(), f.held(), grades, f.averageScore(),
                    f.attendanceRate(), f.speakingShare(), f.flat(), f.thematicQuarters(), f.expectedQuarters(),
                    f.attendanceTrend(months), f.speakingTrend(months));
        }
    }

    record LineDto(long organizationId, String name, boolean cell, FiguresDto figures) {
    }

    record OverviewDto(long organizationId, String name, List<YearMonth> months, FiguresDto total, List<LineDto> lines,
                       List<MeetingReports.FlatMeeting> flatMeetings, List<Long> missedLastMonth,
                       List<MeetingReports.AbsenceAlert> absenceAlerts, List<CoverageDto> supervision,
                       long missedLastMonthTotal, int missedPage, int missedSize,
                       long absenceAlertsTotal, int absenceAlertsPage, int absenceAlertsSize,
                       long supervisionTotal, int supervisionPage, int supervisionSize) {
    }

    record CoverageDto(long supervisionId, long personId, String personName, long committeeId, long organizationId,
                       LocalDate from, LocalDate to, int meetingsHeld, int attended) {
    }

    @GetMapping("/overview")
    @Operation(summary = "A subtree's meetings over a period (months yyyy-MM): held on time, grades, attendance and speaking trends, "
            + "flat meetings, strike-off alerts, supervision coverage; lines per subordinate organization for drill-down; the cells "
            + "that missed last month page by page (missedPage from 0, missedSize up to 500, missedLastMonthTotal); the strike-off alerts "
            + "(absenceAlertsPage, absenceAlertsSize up to 500, absenceAlertsTotal) and the supervision assignments (supervisionPage, "
            + "supervisionSize up to 500, supervisionTotal) page by page likewise")
    OverviewDto overview(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int missedPage,
                         @RequestParam(defaultValue = "50") int missedSize,
                         @RequestParam(defaultValue = "0") int absenceAlertsPage,
                         @RequestParam(defaultValue = "50") int absenceAlertsSize,
                         @RequestParam(defaultValue = "0") int supervisionPage,
                         @RequestParam(defaultValue = "50") int supervisionSize) {
        if (!MeetingAccess.mayReadOverview(CurrentUser.get())) {
            throw new ForbiddenException("meeting overview");
        }
        OrganizationRef within = overviews.within(organizationId);
        YearMonth[] period = MeetingOverviewController.period(from, to, YearMonth.now(clock));
        MeetingReports.Overview o = reports.overview(within, period[0], period[1]);
        int page = Math.max(0, missedPage);
        int size = bounded(missedSize);
        // the overview already read the first fifty; any other page is read on its own
        List<OrganizationRef> missed = page == 0 && size == MeetingReports.MISSED_SHOWN ? o.missedLastMonth()
                : o.missedCount() == 0 ? List.of() : reports.missedLastMonth(within, period[0], period[1], page, size).cells();
        Paging alerts = new Paging(absenceAlertsPage, absenceAlertsSize);
        List<MeetingReports.AbsenceAlert> allAlerts = reports.absenceAlerts(within.path(), period[1].getYear());
        Paging assignments = new Paging(supervisionPage, supervisionSize);
        SupervisionService.CoverageSummary coverage = supervision.coverageSummary(within, period[0].atDay(1),
                period[1].atEndOfMonth(), assignments.page(), assignments.size());
        return new OverviewDto(within.id(), within.name(), o.months(), FiguresDto.of(o.total(), o.months()),
                o.lines().stream().map(l -> new LineDto(l.organization().id(), l.organization().name(), l.cell(),
                        FiguresDto.of(l.figures(), o.months()))).toList(),
                o.flatMeetings(), missed.stream().map(OrganizationRef::id).toList(), alerts.of(allAlerts),
                coverage.first().stream().map(c -> new CoverageDto(c.supervision().id(), c.supervision().personId(),
                        c.supervision().personName(), c.supervision().committeeId(), c.supervision().organizationId(),
                        c.supervision().fromDate(), c.supervision().toDate(), c.meetingsHeld(), c.attended())).toList(),
                o.missedCount(), page, size, allAlerts.size(), alerts.page(), alerts.size(), coverage.assignments(),
                assignments.page(), assignments.size());
    }

    private static int bounded(int asked) {
        return Math.min(MAX_MISSED_SIZE, Math.max(1, asked));
    }

    /** A page asked for (from 0) and its size, within 1 to 500. */
    private record Paging(int page, int size) {

        Paging {
            page = Math.max(0, page);
            size = bounded(size);
        }

        <T> List<T> of(List<T> all) {
            long start = (long) page * size;
            return start >= all.size() ? List.of() : all.subList((int) start, (int) Math.min(all.size(), start + size));
        }
    }

    @GetMapping("/rubrics")
    List<Map<String, Object>> rubrics() {
        return rubrics.all().stream().map(r -> Map.<String, Object>of("id", r.id(), "code", r.code(), "revision", r.revision(),
                "nameVi", r.nameVi(), "nameEn", r.nameEn(), "validFrom", r.validFrom())).toList();
    }

    @GetMapping(value = "/rubrics/{id}", produces = "application/json")
    String rubric(@PathVariable long id) {
        return rubrics.get(id).json();
    }
}