package vn.chibo.meeting.internal;

import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * The overview's figures per child and period from the meetings' kept counts, in the columns of {@link OverviewQuery}'s
 * pass over the meeting rows. {@code meeting_child_month} (Flyway V59) holds V47's monthly rollup per unit
 * ({@code meeting_month_roll}: every party meeting held, added up per unit, the organization above the meeting's
 * organization) added up once more per direct sub-organization of each ancestor, and knows nothing of organizations, so
 * the statement adds up, with signs:
 * <ol>
 * <li>the rows of {@code within}'s children ({@code ancestor} = its path: 11 children × 12 months at the root), which
 * are exactly the rollup rows of the units strictly below {@code within};</li>
 * <li>the meetings of {@code within}'s own active cells, read from the meeting rows (their unit is {@code within}, so
 * they are in no child's row), with the regular meetings that fall in their cell's calendar;</li>
 * <li>less the meetings, in those rows, of organizations that are not active cells (dissolved or merged cells,
 * committees);</li>
 * <li>less, among the regular meetings, those of active cells founded after the meeting's period, which the rollup
 * counts but a cell's calendar does not (only cells founded after the earliest period in the rows can have one).</li>
 * </ol>
 * Parts 3 and 4 depend on the organizations' type, status and founding, which the kept counts do not follow, so they are
 * read as before V59. Parts 2 to 4 read few rows: a subtree's own cells, the organizations other than active cells
 * (found along their partial index and probed one by one along the meetings' path index, {@code lateral} on
 * PostgreSQL, whose planner would otherwise scan every meeting of the period), and the cells founded lately (along the
 * active cells' founding index).
 */
final class MonthRollQuery {

    private MonthRollQuery() {
    }

    static final String COUNTED = "m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE'"
            + " and m.meeting_date >= :from and m.meeting_date <= :to";

    /** The statement, with parameters {@code from} and {@code to} (first and last day of the period). */
    static String sql(OrganizationRef within, boolean lateral) {
        Subtree subtree = Subtree.of(within.path());
        String founded = OverviewQuery.MONTH.formatted("o.valid_from");
        String period = OverviewQuery.PERIOD.formatted("m.period");
        String activeCell = "o.type = 'CELL' and o.status = 'ACTIVE'";
        String below = subtree.sql("o.path") + " and o.id <> " + within.id() + " and o.parent_id <> " + within.id();
        String childOfMeeting = OverviewQuery.child("m.org_path", within);
        return "with roll as (select r.* from meeting_child_month r where r.ancestor = '" + subtree.path()
                + "' and r.month_start >= :from and r.month_start <= :to)"
                + " select child, period, sum(held), sum(invited), sum(present), sum(speakers), sum(unexcused), sum(good), sum(fair),"
                + " sum(average), sum(poor), sum(score_sum), sum(scored), sum(flat), sum(in_calendar) from ("
                + " select " + OverviewQuery.child("r.child", within) + " as child, r.period, r.held, r.invited, r.present, r.speakers,"
                + " r.unexcused, r.good, r.fair, r.average, r.poor, r.score_sum, r.scored, r.flat, r.regular as in_calendar from roll r"
                + " union all select " + childOfMeeting + ", m.period, " + meeting(1, "case when m.kind = 'REGULAR' and " + founded
                + " <= " + period + " then 1 else 0 end")
                + " from organization o join meeting m on m.organization_id = o.id where o.parent_id = " + within.id() + " and "
                + activeCell + " and " + COUNTED
                + " union all select " + childOfMeeting + ", m.period, " + meeting(-1, "case when m.kind = 'REGULAR' then -1 else 0 end")
                + " from organization o " + (lateral
                        ? "cross join lateral (select m.* from meeting m where m.org_path = o.path and m.organization_id = o.id and "
                                + COUNTED + " offset 0) m"
                        : "join meeting m on m.org_path = o.path and m.organization_id = o.id and " + COUNTED)
                + " where " + below + " and not (" + activeCell + ")"
                + " union all select " + childOfMeeting + ", m.period, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1"
                + " from organization o " + (lateral
                        ? "cross join lateral (select m.org_path, m.period from meeting m where m.organization_id = o.id"
                                + " and m.kind = 'REGULAR' and " + COUNTED + " and " + founded + " > " + period + " offset 0) m"
                        : "join meeting m on m.organization_id = o.id and m.kind = 'REGULAR' and " + COUNTED + " and " + founded
                                + " > " + period)
                // founded after the earliest period (as text, periods yyyy-MM sort as their months): from the first day of the
                // month after it, along the active cells' founding index on PostgreSQL (V59), the few cells probed one by one
                // (a join planned in parallel cost the province more than the statement's other parts together)
                + " where " + below + " and " + activeCell + " and o.valid_from >= (select cast(concat(min(period), '-01') as date)"
                + " + interval '1' month from roll where regular > 0)"
                // groups that add up to nothing (rows fallen to zero, or only meetings taken off again) are no figures
                + ") x group by child, period having sum(held) <> 0";
    }

    /** A meeting row in the rollup's columns, added ({@code sign} 1) or taken off (-1). */
    private static String meeting(int sign, String inCalendar) {
        return sign + ", " + sign + " * (m.official_count + m.probationary_count), " + sign + " * m.present_count, " + sign
                + " * m.speaker_count, " + sign + " * m.unexcused_count,"
                + " case when m.grade = 'GOOD' then " + sign + " else 0 end, case when m.grade = 'FAIR' then " + sign + " else 0 end,"
                + " case when m.grade = 'AVERAGE' then " + sign + " else 0 end, case when m.grade = 'POOR' then " + sign
                + " else 0 end, " + sign + " * coalesce(m.score, 0), case when m.score is not null then " + sign + " else 0 end,"
                + " case when m.flat then " + sign + " else 0 end, " + inCalendar;
    }
}
