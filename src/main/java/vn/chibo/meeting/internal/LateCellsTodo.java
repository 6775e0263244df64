package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.DateInput;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Officer: cells of the subtree that held no regular meeting (sinh hoạt thường kỳ) last month, counted in one item that
 * opens the meetings overview of the subtree, with the figure that overview shows (its default period, from the kept
 * counts: {@link MeetingReports#lateCells}); due at once, the month being over.
 */
@Component
class LateCellsTodo implements TodoSource {

    static final String KIND = "meeting.lateCells";

    private final MeetingReports reports;
    private final OrganizationDirectory organizations;

    LateCellsTodo(MeetingReports reports, OrganizationDirectory organizations) {
        this.reports = reports;
        this.organizations = organizations;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!MeetingAccess.watchesLateCells(user)) {
            return List.of();
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        OrganizationRef scope = organizations.find(user.scopeOrganizationId()).orElse(null);
        long late = scope == null ? 0 : reports.lateCells(scope);
        if (late == 0) {
            return List.of();
        }
        return List.of(TodoItem.due(KIND, "todo.meeting.lateCells", List.of(String.valueOf(late), DateInput.print(last)),
                "/meetings/overview?organizationId=" + user.scopeOrganizationId(), today, today, 0));
    }
}
