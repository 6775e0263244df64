package vn.chibo.meeting.internal;

import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.organization.OrganizationRef;

/**
 * The active cells of a subtree, founded by last month, that held no regular meeting for last month (within the period
 * looked at, when last month lies in it), in tree order, page by page. The overview names the first page and counts
 * the rest from its grouped figures; this count is the same condition counted directly, for the full list.
 */
final class MissedCells {

    private final JdbcClient jdbc;

    MissedCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrganizationRef> page(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current, int page, int size) {
        if (!applies(from, to, current)) {
            return List.of();
        }
        return params(jdbc.sql("select " + OverviewQuery.ORG_COLUMNS + " from organization o where " + condition(within)
                        + " order by o.path limit " + size + " offset " + ((long) page * size)), from, to, current)
                .query((rs, n) -> OverviewQuery.ref(rs)).list();
    }

    long count(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current) {
        if (!applies(from, to, current)) {
            return 0;
        }
        return params(jdbc.sql("select count(*) from organization o where " + condition(within)), from, to, current)
                .query(Long.class).single();
    }

    private static boolean applies(YearMonth from, YearMonth to, YearMonth current) {
        YearMonth last = current.minusMonths(1);
        return !last.isBefore(from) && !last.isAfter(to);
    }

    private static String condition(OrganizationRef within) {
        return OverviewQuery.cells(within) + " and o.valid_from < :next"
                + " and not exists (select 1 from meeting m where m.organization_id = o.id and m.kind = 'REGULAR'"
                + " and m.period = :period and " + OverviewQuery.HELD + " and m.meeting_date >= :from and m.meeting_date <= :to)";
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, YearMonth from, YearMonth to, YearMonth current) {
        return sql.param("next", current.atDay(1)).param("period", current.minusMonths(1).toString())
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth());
    }
}
