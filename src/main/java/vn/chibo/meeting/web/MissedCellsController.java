package vn.chibo.meeting.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.meeting.internal.MeetingAccess;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.PeriodChoice;

/** All the cells that missed last month's regular meeting, page by page: the overview names only the first fifty. */
@Controller
class MissedCellsController {

    static final int PAGE_SIZE = 50;

    private final MeetingReports reports;
    private final MeetingOverviewController overviews;

    MissedCellsController(MeetingReports reports, MeetingOverviewController overviews) {
        this.reports = reports;
        this.overviews = overviews;
    }

    @GetMapping("/meetings/overview/missed")
    String missed(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String preset,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        if (!MeetingAccess.mayReadOverview(CurrentUser.get())) {
            throw new ForbiddenException("meeting overview");
        }
        OrganizationRef within = overviews.within(organizationId);
        PeriodChoice choice = overviews.choice(preset, from, to);
        MeetingReports.MissedPage missed = reports.missedLastMonth(within, YearMonth.from(choice.from()), YearMonth.from(choice.to()),
                Math.max(0, page), PAGE_SIZE);
        model.addAttribute("within", within);
        model.addAttribute("choice", choice);
        model.addAttribute("missed", missed);
        model.addAttribute("overviewUrl", choice.url("/meetings/overview", java.util.Map.of("organizationId", within.id())));
        return "meeting/overview-missed";
    }
}
