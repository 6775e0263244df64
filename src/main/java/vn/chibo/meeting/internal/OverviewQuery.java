package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;

/**
 * The meetings overview of a subtree computed in the database, per direct sub-organization ("child"): the meeting
 * rows' kept counts summed per child and month, and each active cell's calendar (months and quarters expected since
 * the cell was founded, regular months held, thematic quarters) worked out with month arithmetic per cell and summed
 * per child. No meeting row and no cell is fetched into Java; what comes back is one row per child and month, one
 * row per child, the cells that missed last month and the 20 latest flat meetings.
 * <p>
 * Months are numbered {@code year × 12 + month − 1}. The rules are those of the calendar kept before in Java: a month
 * counts once it is over, or when its regular meeting is already held; a quarter counts once its last month is over.
 */
final class OverviewQuery {

    private static final String MONTH = "(cast(extract(year from %1$s) as int) * 12 + cast(extract(month from %1$s) as int) - 1)";
    private static final String PERIOD = "(cast(substring(%1$s, 1, 4) as int) * 12 + cast(substring(%1$s, 6, 2) as int) - 1)";
    private static final String HELD = "m.status in ('HELD', 'CLOSED')";

    private final JdbcClient jdbc;

    OverviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MeetingReports.Overview overview(OrganizationRef within, YearMonth from, YearMonth to, YearMonth current) {
        String cells = "o.type = 'CELL' and o.status = 'ACTIVE' and " + Subtree.of(within.path()).sql("o.path");
        String meetings = Subtree.of(within.path()).sql("m.org_path") + " and m.meeting_date >= :from and m.meeting_date <= :to"
                + " and " + HELD + " and m.kind <> 'COMMITTEE'";
        String childOfCell = child("o.path", within);
        int fromIdx = index(from);
        int toIdx = index(to);
        int cur = index(current);
        Map<Long, MeetingReports.Figures> byChild = new LinkedHashMap<>();
        int hi = Math.min(toIdx, cur - 1);
        // per cell: months expected from lo (the later of the period's start and the cell's founding) to hi (the last month
        // over), plus this month once its meeting is held; regular months held; quarters over; thematic quarters held
        jdbc.sql("with cell as (select o.id, " + childOfCell + " as child, greatest(" + fromIdx + ", " + MONTH.formatted("o.valid_from")
                        + ") as lo from organization o where " + cells + "),"
                        + " regular as (select distinct m.organization_id as id, " + PERIOD.formatted("m.period") + " as idx"
                        + " from meeting m where " + meetings + " and m.kind = 'REGULAR'),"
                        + " thematic as (select distinct m.organization_id as id, " + PERIOD.formatted("m.period") + " / 3 * 3 + 2 as idx"
                        + " from meeting m where " + meetings + " and (m.kind = 'THEMATIC' or m.combined_thematic)),"
                        + " held as (select c.id, sum(case when r.idx between c.lo and " + Math.min(toIdx, cur) + " then 1 else 0 end) as months,"
                        + " sum(case when r.idx = " + cur + " then 1 else 0 end) as held_now from cell c join regular r on r.id = c.id group by c.id),"
                        + " them as (select c.id, count(*) as quarters from cell c join thematic t on t.id = c.id"
                        + " where t.idx between c.lo and " + hi + " group by c.id)"
                        + " select c.child, count(*), sum(greatest(0, " + hi + " - c.lo + 1) + case when coalesce(h.held_now, 0) > 0 and c.lo <= "
                        + cur + " and " + cur + " <= " + toIdx + " then 1 else 0 end), sum(coalesce(h.months, 0)),"
                        + " sum(case when " + hi + " >= c.lo then (" + hi + " + 1) / 3 - c.lo / 3 else 0 end), sum(coalesce(t.quarters, 0))"
                        + " from cell c left join held h on h.id = c.id left join them t on t.id = c.id group by c.child")
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query(rs -> {
                    MeetingReports.Figures f = byChild.computeIfAbsent(rs.getLong(1), k -> new MeetingReports.Figures());
                    f.cells = rs.getInt(2);
                    f.expectedMonths = rs.getInt(3);
                    f.heldMonths = rs.getInt(4);
                    f.expectedQuarters = rs.getInt(5);
                    f.thematicQuarters = rs.getInt(6);
                });
        String childOfMeeting = child("m.org_path", within);
        jdbc.sql("select " + childOfMeeting + ", m.period, count(*), sum(m.official_count + m.probationary_count),"
                        + " sum(m.present_count), sum(m.speaker_count), sum(m.unexcused_count),"
                        + " count(*) filter (where m.grade = 'GOOD'), count(*) filter (where m.grade = 'FAIR'),"
                        + " count(*) filter (where m.grade = 'AVERAGE'), count(*) filter (where m.grade = 'POOR'),"
                        + " sum(m.score), count(m.score), count(*) filter (where m.flat)"
                        + " from meeting m where " + meetings + " and m.organization_id in (select o.id from organization o where "
                        + cells + ") group by " + childOfMeeting + ", m.period")
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> add(byChild.computeIfAbsent(rs.getLong(1),
                        k -> new MeetingReports.Figures()), rs));
        Map<Long, OrganizationRef> children = new LinkedHashMap<>();
        jdbc.sql("select " + ORG_COLUMNS + " from organization o where o.id = " + within.id() + " or o.parent_id = " + within.id())
                .query(rs -> {
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
        return new MeetingReports.Overview(within, MeetingReports.months(from, to), total, lines, flatMeetings(meetings, cells, from, to),
                missed(cells, from, to, current));
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

    private List<MeetingReports.FlatMeeting> flatMeetings(String meetings, String cells, YearMonth from, YearMonth to) {
        return jdbc.sql("select m.id, m.organization_id, o.name, m.meeting_date, m.present_count, m.speaker_count from meeting m"
                        + " join organization o on o.id = m.organization_id where " + meetings + " and m.flat and " + cells
                        + " order by m.meeting_date desc, m.id desc limit 20")
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, n) -> new MeetingReports.FlatMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5) == 0 ? null : MeetingScorer.percent(rs.getLong(6), rs.getLong(5))))
                .list();
    }

    /** Active cells founded by last month that held no regular meeting for it, when last month lies in the period. */
    private List<OrganizationRef> missed(String cells, YearMonth from, YearMonth to, YearMonth current) {
        YearMonth last = current.minusMonths(1);
        if (last.isBefore(from) || last.isAfter(to)) {
            return List.of();
        }
        List<OrganizationRef> missed = new ArrayList<>();
        jdbc.sql("select " + ORG_COLUMNS + " from organization o where " + cells + " and o.valid_from < :next"
                        + " and not exists (select 1 from meeting m where m.organization_id = o.id and m.kind = 'REGULAR'"
                        + " and m.period = :period and " + HELD + " and m.meeting_date >= :from and m.meeting_date <= :to)"
                        + " order by o.path")
                .param("next", current.atDay(1)).param("period", last.toString())
                .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query(rs -> {
                    missed.add(ref(rs));
                });
        return missed;
    }

    private static final String ORG_COLUMNS = "o.id, o.parent_id, o.name, o.type, o.category, o.status, o.path, o.depth,"
            + " o.valid_from, o.valid_to";

    private static OrganizationRef ref(ResultSet rs) throws SQLException {
        long parent = rs.getLong(2);
        return new OrganizationRef(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3),
                OrganizationType.valueOf(rs.getString(4)), OrganizationCategory.valueOf(rs.getString(5)),
                OrganizationStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class));
    }

    /** The direct sub-organization of {@code within} that a path lies under, or {@code within} itself. */
    private static String child(String column, OrganizationRef within) {
        return "coalesce(" + Subtree.of(within.path()).childIdSql(column) + ", " + within.id() + ")";
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
