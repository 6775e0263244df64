package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;

/**
 * The meetings overview of a subtree computed in the database, per direct sub-organization ("child"), in three grouped
 * statements: the active cells' calendars (months and quarters expected since each was founded, cells due last month)
 * from the organizations' kept counts per subtree and founding month (V65; the organization rows for the tests'
 * reference); the meeting rows' kept counts per child and month, with the regular meetings that
 * fall in their cell's calendar, in one pass over the meetings of the period (an index-only scan of the covering path
 * index on PostgreSQL, V39); the thematic quarters per child. Then the 20 latest flat meetings (their own index) and,
 * only when some cell missed last month, the first page of those cells. No meeting row and no cell is fetched into
 * Java: what comes back is one row per child and month, one per child, at most 20 meetings and 50 cells.
 * <p>
 * Months are numbered {@code year × 12 + month − 1}. The rules are those of the calendar kept before in Java: a month
 * counts once it is over, or when its regular meeting is already held; a quarter counts once its last month is over.
 * A cell holds at most one regular meeting per month that is not cancelled (unique index), so the regular meetings
 * counted per month are the cells that held that month.
 */
final class OverviewQuery {

    /** Cells that missed last month named on the overview; the rest are counted and listed page by page. */
    static final int MISSED_SHOWN = 50;

    static final String MONTH = "(cast(extract(year from %1$s) as int) * 12 + cast(extract(month from %1$s) as int) - 1)";
    static final String PERIOD = "(cast(substring(%1$s, 1, 4) as int) * 12 + cast(substring(%1$s, 6, 2) as int) - 1)";
    static final String HELD = "m.status in ('HELD', 'CLOSED')";

    private final JdbcClient jdbc;
    /** Whether the figures per child and month and the thematic quarters are read from the kept counts (V59). */
    private final boolean fromRollup;
    private final boolean postgres;

    /**
     * @param fromRollup read the monthly figures and the thematic quarters from the kept counts per child of every
     *                   ancestor (V59, see {@link MonthRollQuery} and {@link ThematicQuarters}; above a cell: a cell's own
     *                   meetings are fewer than its rows would be); false reads the meeting rows, as the tests' reference
     * @param postgres   the database is PostgreSQL (lateral probes in {@link MonthRollQuery} and {@link ThematicQuarters})
     */
    OverviewQuery(JdbcClient jdbc, boolean fromRollup, boolean postgres) {
        this.jdbc = jdbc;
        this.fromRollup = fromRollup;
        this.postgres = postgres;
    }

    static String cells(OrganizationRef within) {
        return "o.type = 'CELL' and o.status = 'ACTIVE' and " + Subtree.of(within.path()).sql("o.path");
    }

    /**
     * The cells of the subtree that missed last month's regular meeting, as the overview of the period counts them (its
     * {@code missedCount}), from the same two statements and nothing else: the figure of the overview's page, cheaply.
     * Only the total is asked, so the cells' calendars are read from the subtree's own kept counts, not its children's
     * (a few hundred rows at the root instead of 32,100).
     */
    int missed(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current) {
        return calendarsAndMonths(within, from, to, current, false).values().stream().mapToInt(f -> f.missed).sum();
    }

    MeetingReports.Overview overview(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current) {
        String cells = cells(within);
        String meetings = meetings(within);
        int fromIdx = index(from);
        int hi = Math.min(index(to), index(current) - 1);
        String founded = MONTH.formatted("o.valid_from");
        String lo = "greatest(" + fromIdx + ", " + founded + ")";
        Map<Long, MeetingReports.Figures> byChild = calendarsAndMonths(within, from, to, current, true);
        // a quarter counts once per cell, however many thematic meetings it held in it: the organizations' quarters first
        // (one pass over the thematic meetings), then each such quarter joined to its cell once
        // (or, above a cell, from the counts kept per child of every ancestor, V59)
        String thematic = fromRollup && within.type() != OrganizationType.CELL
                ? ThematicQuarters.sql(within, meetings, fromIdx, hi, postgres)
                : "select " + child("o.path", within) + ", count(*) from (select m.organization_id, "
                        + PERIOD.formatted("m.period") + " / 3 as quarter from meeting m where " + meetings
                        + " and (m.kind = 'THEMATIC' or m.combined_thematic) group by m.organization_id, "
                        + PERIOD.formatted("m.period") + " / 3) q join organization o on o.id = q.organization_id where " + cells
                        + " and q.quarter * 3 + 2 between " + lo + " and " + hi + " group by " + child("o.path", within);
        jdbc.sql(thematic)
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((RowCallbackHandler) rs -> figures(byChild, rs.getLong(1)).thematicQuarters = rs.getInt(2));
        Map<Long, OrganizationRef> children = new LinkedHashMap<>();
        jdbc.sql("select " + ORG_COLUMNS + " from organization o where o.id = " + within.id() + " or o.parent_id = " + within.id())
                .query((RowCallbackHandler) rs -> {
                    OrganizationRef ref = ref(rs);
                    children.put(ref.id(), ref);
                });
        List<MeetingReports.Line> lines = byChild.entrySet().stream()
                .filter(e -> children.containsKey(e.getKey()))
                .map(e -> new MeetingReports.Line(children.get(e.getKey()), children.get(e.getKey()).type() == OrganizationType.CELL,
                        e.getValue()))
                .sorted(java.util.Comparator.comparing((MeetingReports.Line l) -> l.cell()).thenComparing(l -> l.organization().path()))
                .toList();
        MeetingReports.Figures total = new MeetingReports.Figures();
        byChild.values().forEach(total::add);
        List<OrganizationRef> missed = total.missed == 0 ? List.of()
                : new MissedCells(jdbc).page(within, from, to, current, 0, MISSED_SHOWN);
        return new MeetingReports.Overview(within, MeetingReports.months(from, to), total, lines, flatMeetings(meetings, cells, from, to),
                missed, total.missed);
    }

    private static String meetings(OrganizationRef within) {
        return Subtree.of(within.path()).sql("m.org_path") + " and m.meeting_date >= :from and m.meeting_date <= :to"
                + " and " + HELD + " and m.kind <> 'COMMITTEE'";
    }

    /**
     * The per-child figures of the cells' calendars and of the meetings per month (the overview's first two statements);
     * without {@code perChild}, the calendars of all the subtree's cells are one entry, {@code within}'s.
     */
    private Map<Long, MeetingReports.Figures> calendarsAndMonths(OrganizationRef within, YearMonth from, YearMonth to,
                                                                 YearMonth current, boolean perChild) {
        String cells = cells(within);
        String meetings = meetings(within);
        int fromIdx = index(from);
        int toIdx = index(to);
        int cur = index(current);
        int last = cur - 1;
        boolean lastInPeriod = fromIdx <= last && last <= toIdx;
        int hi = Math.min(toIdx, cur - 1);
        String founded = MONTH.formatted("o.valid_from");
        Map<Long, MeetingReports.Figures> byChild = new LinkedHashMap<>();
        // the active cells per child and founding month (a cell's calendar depends on nothing else), then per cell from its
        // founding month: months over in the period (this month is added below once its meeting is held), quarters over,
        // and whether last month was due (the month worked out here)
        String childOfCell = perChild ? child("o.path", within) : String.valueOf(within.id());
        jdbc.sql(fromRollup ? keptCells(within, perChild) : "select " + childOfCell + ", o.valid_from, count(*) from organization o"
                        + " where " + cells + " group by " + childOfCell + ", o.valid_from")
                .param("from", from.atDay(1))
                .query((RowCallbackHandler) rs -> {
                    MeetingReports.Figures f = figures(byChild, rs.getLong(1));
                    int foundedIn = index(YearMonth.from(rs.getObject(2, LocalDate.class)));
                    int count = rs.getInt(3);
                    int low = Math.max(fromIdx, foundedIn);
                    f.cells += count;
                    f.expectedMonths += count * Math.max(0, hi - low + 1);
                    f.expectedQuarters += hi >= low ? count * ((hi + 1) / 3 - low / 3) : 0;
                    f.missed += lastInPeriod && foundedIn <= last ? count : 0;
                });
        String childOfMeeting = child("m.org_path", within);
        String monthly = fromRollup && within.type() != OrganizationType.CELL ? MonthRollQuery.sql(within, postgres)
                : "select " + childOfMeeting + ", m.period, count(*), sum(m.official_count + m.probationary_count),"
                        + " sum(m.present_count), sum(m.speaker_count), sum(m.unexcused_count),"
                        + " count(*) filter (where m.grade = 'GOOD'), count(*) filter (where m.grade = 'FAIR'),"
                        + " count(*) filter (where m.grade = 'AVERAGE'), count(*) filter (where m.grade = 'POOR'),"
                        + " sum(m.score), count(m.score), count(*) filter (where m.flat),"
                        + " count(*) filter (where m.kind = 'REGULAR' and " + founded + " <= " + PERIOD.formatted("m.period") + ")"
                        + " from meeting m join organization o on o.id = m.organization_id where " + meetings + " and " + cells
                        + " group by " + childOfMeeting + ", m.period";
        jdbc.sql(monthly)
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((RowCallbackHandler) rs -> {
                    MeetingReports.Figures f = figures(byChild, rs.getLong(1));
                    add(f, rs);
                    int month = index(YearMonth.parse(rs.getString(2)));
                    int regular = rs.getInt(15);
                    if (month >= fromIdx && month <= Math.min(toIdx, cur)) {
                        f.heldMonths += regular;
                    }
                    if (month == cur && fromIdx <= cur && cur <= toIdx) {
                        f.expectedMonths += regular;
                    }
                    if (month == last && lastInPeriod) {
                        f.missed -= regular;
                    }
                });
        return byChild;
    }

    /**
     * The active cells per child and founding month from the organizations' kept counts per subtree (V65): the children's
     * rows (the root's 107 provinces, not its 262,578 cells), or, for a cell or when only the total is asked, the subtree's
     * own. Cells founded before the period share its first month, which gives them the same calendar.
     */
    private static String keptCells(OrganizationRef within, boolean perChild) {
        String rows = within.type() == OrganizationType.CELL || !perChild
                ? "select s.organization_id as id, greatest(s.founded_month, :from) as founded, s.organizations as n"
                        + " from organization_subtree_count s where s.organization_id = " + within.id() + " and s.type = 'CELL'"
                : "select o.id, greatest(s.founded_month, :from) as founded, s.organizations as n from organization_subtree_count s"
                        + " join organization o on o.id = s.organization_id where o.parent_id = " + within.id() + " and s.type = 'CELL'";
        return "select id, founded, sum(n) from (" + rows + ") c group by id, founded having sum(n) <> 0";
    }

    private static MeetingReports.Figures figures(Map<Long, MeetingReports.Figures> byChild, long child) {
        return byChild.computeIfAbsent(child, k -> new MeetingReports.Figures());
    }

    private static void add(MeetingReports.Figures f, ResultSet rs) throws SQLException {
        f.held += rs.getInt(3);
        long[] month = f.monthly.computeIfAbsent(rs.getString(2), k -> new long[3]);
        month[0] += rs.getLong(4);
        month[1] += rs.getLong(5);
        month[2] += rs.getLong(6);
        f.invited += rs.getLong(4);
        f.present += rs.getLong(5);
        f.speakers += rs.getLong(6);
        f.unexcused += rs.getLong(7);
        for (int g = 0; g < MeetingReports.GRADES.size(); g++) {
            f.grades[g] += rs.getInt(8 + g);
        }
        BigDecimal score = rs.getBigDecimal(12);
        if (score != null) {
            f.scoreSum = f.scoreSum.add(score);
        }
        f.scored += rs.getInt(13);
        f.flat += rs.getInt(14);
    }

    /** The 20 latest flat meetings: read newest first along the flat meetings' date index (V39), stopping at 20. */
    private List<MeetingReports.FlatMeeting> flatMeetings(String meetings, String cells, YearMonth from, YearMonth to) {
        return jdbc.sql("select m.id, m.organization_id, o.name, m.meeting_date, m.present_count, m.speaker_count from meeting m"
                        + " join organization o on o.id = m.organization_id where " + meetings + " and m.flat and " + cells
                        + " order by m.meeting_date desc, m.id desc limit 20")
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, n) -> new MeetingReports.FlatMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5) == 0 ? null : MeetingScorer.percent(rs.getLong(6), rs.getLong(5))))
                .list();
    }

    static final String ORG_COLUMNS = "o.id, o.parent_id, o.name, o.type, o.category, o.status, o.path, o.depth,"
            + " o.valid_from, o.valid_to";

    static OrganizationRef ref(ResultSet rs) throws SQLException {
        long parent = rs.getLong(2);
        return new OrganizationRef(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3),
                OrganizationType.valueOf(rs.getString(4)), OrganizationCategory.valueOf(rs.getString(5)),
                OrganizationStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class));
    }

    /** The direct sub-organization of {@code within} that a path lies under, or {@code within} itself. */
    static String child(String column, OrganizationRef within) {
        return "coalesce(" + Subtree.of(within.path()).childIdSql(column) + ", " + within.id() + ")";
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
