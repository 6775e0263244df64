package vn.chibo.meeting.internal;

import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * The overview's thematic quarters per child (a quarter counts once per active cell that held a thematic meeting dated
 * in the period, from its founding) from the counts kept per child of every ancestor ({@code meeting_child_quarter},
 * Flyway V59): for each holder of thematic meetings and quarter, the months of their dates as singles (+1) and pairs of
 * consecutive months (−1), so that the rows inside the period's months add up to one per holder and quarter with a
 * meeting in the period. Like {@link MonthRollQuery}, the statement adds up, with signs:
 * <ol>
 * <li>the rows of {@code within}'s children (every holder strictly below a child) for the quarters that end in the
 * period and before this month;</li>
 * <li>{@code within}'s own active cells, read from the meeting rows, from their founding;</li>
 * <li>less the organizations below those that are not active cells (probed along the meetings' path index, {@code lateral}
 * on PostgreSQL);</li>
 * <li>less the quarters, ended before their founding, of active cells founded within the period (probed cell by cell on
 * PostgreSQL, whose planner would otherwise read every thematic meeting of the period first).</li>
 * </ol>
 * The columns are those of the statement on the meeting rows in {@link OverviewQuery}: the child's id and a count.
 */
final class ThematicQuarters {

    private static final String THEMATIC = "(m.kind = 'THEMATIC' or m.combined_thematic)";

    private ThematicQuarters() {
    }

    /**
     * @param meetings the overview's condition on the meetings of the period ({@code :from}, {@code :to})
     * @param first    the period's first month (numbered as in {@link OverviewQuery})
     * @param last     the last month whose quarter may count (the period's last, at most last month)
     */
    static String sql(OrganizationRef within, String meetings, int first, int last, boolean lateral) {
        String quarter = OverviewQuery.PERIOD.formatted("m.period") + " / 3";
        String founded = OverviewQuery.MONTH.formatted("o.valid_from");
        String activeCell = "o.type = 'CELL' and o.status = 'ACTIVE'";
        String below = Subtree.of(within.path()).sql("o.path") + " and o.id <> " + within.id() + " and o.parent_id <> "
                + within.id();
        String ends = "q.quarter * 3 + 2 between " + first + " and " + last;
        String child = OverviewQuery.child("o.path", within);
        // founded after the period's first month: from the first day of the next (the active cells' founding index, V59)
        java.time.YearMonth next = java.time.YearMonth.of((first + 1) / 12, (first + 1) % 12 + 1);
        String foundedLate = "o.valid_from >= date '" + next.atDay(1) + "'";
        return "select child, sum(n) from ("
                + " select " + OverviewQuery.child("r.child", within) + " as child, r.cells as n from meeting_child_quarter r"
                + " where r.ancestor = '" + Subtree.of(within.path()).path() + "' and r.quarter between " + Math.floorDiv(first, 3)
                + " and " + Math.floorDiv(last - 2, 3) + " and r.first_month >= :from and r.last_month <= :to"
                + " union all select " + child + ", 1 from (select m.organization_id, " + quarter + " as quarter from meeting m"
                + " join organization o on o.id = m.organization_id where o.parent_id = " + within.id() + " and " + activeCell
                + " and " + meetings + " and " + THEMATIC + " group by m.organization_id, " + quarter + ") q"
                + " join organization o on o.id = q.organization_id where q.quarter * 3 + 2 between greatest(" + first + ", "
                + founded + ") and " + last
                + " union all select " + child + ", -1 from " + (lateral
                        ? "organization o cross join lateral (select distinct " + quarter + " as quarter from meeting m"
                                + " where m.org_path = o.path and m.organization_id = o.id and " + meetings + " and " + THEMATIC
                                + " offset 0) q where " + below + " and not (" + activeCell + ") and " + ends
                        : "(select distinct o.path, " + quarter + " as quarter from organization o join meeting m on m.org_path = o.path"
                                + " and m.organization_id = o.id where " + below + " and not (" + activeCell + ") and " + meetings
                                + " and " + THEMATIC + ") o where " + ends.replace("q.", "o."))
                + " union all select " + child + ", -1 from " + (lateral
                        ? "organization o cross join lateral (select distinct " + quarter + " as quarter from meeting m"
                                + " where m.organization_id = o.id and " + meetings + " and " + THEMATIC + " offset 0) q where "
                                + below + " and " + activeCell + " and " + foundedLate + " and " + ends
                                + " and q.quarter * 3 + 2 < " + founded
                        : "(select distinct o.path, " + founded + " as founded, " + quarter + " as quarter from organization o"
                                + " join meeting m on m.organization_id = o.id where " + below + " and " + activeCell + " and "
                                + foundedLate + " and " + meetings + " and " + THEMATIC + ") o where "
                                + ends.replace("q.", "o.") + " and o.quarter * 3 + 2 < o.founded")
                + ") x group by child having sum(n) <> 0";
    }
}
