package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.jdbc.Databases;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.DateInput;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Officer: cells of the subtree that held no regular meeting (sinh hoạt thường kỳ) last month, counted in one item that
 * opens the meetings overview of the subtree, with the figure that overview shows: its default period's
 * ({@value MeetingReports#DEFAULT_MONTHS} months to this one) from its first two statements only
 * ({@link OverviewQuery#missed}, from the kept counts); due at once, the month being over.
 */
@Component
class LateCellsTodo implements TodoSource {

    static final String KIND = "meeting.lateCells";

    private final OverviewQuery overviews;
    private final OrganizationDirectory organizations;

    LateCellsTodo(JdbcClient jdbc, DataSource dataSource, OrganizationDirectory organizations) {
        this.overviews = new OverviewQuery(jdbc, true, Databases.isPostgres(dataSource));
        this.organizations = organizations;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!MeetingAccess.watchesLateCells(user)) {
            return List.of();
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        OrganizationRef scope = organizations.find(user.scopeOrganizationId()).orElse(null);
        YearMonth current = last.plusMonths(1);
        long late = scope == null ? 0 : overviews.missed(scope, current.minusMonths(MeetingReports.DEFAULT_MONTHS - 1), current, current);
        if (late == 0) {
            return List.of();
        }
        return List.of(TodoItem.due(KIND, "todo.meeting.lateCells", List.of(String.valueOf(late), DateInput.print(last)),
                "/meetings/overview?organizationId=" + user.scopeOrganizationId(), today, today, 0));
    }
}
