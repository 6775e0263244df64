package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * Supervision coverage of a subtree over a period counted in the database: the assignments overlapping the period, the
 * cells they cover, the party meetings held while each was active and those its member attended, summed; and the first
 * assignments (tree order, latest first) with their own counts. Neither the assignments nor the meetings are read
 * into Java, and no id list is bound.
 */
final class CoverageQuery {

    private static final String ASSIGNED = "s.from_date <= :to and (s.to_date is null or s.to_date > :from)";
    /** The meetings of the assignment's organization held in the period while the assignment was active. */
    private static final String WINDOW = "m.organization_id = s.organization_id and m.status in ('HELD', 'CLOSED')"
            + " and m.kind <> 'COMMITTEE' and m.meeting_date >= :from and m.meeting_date <= :to"
            + " and m.meeting_date >= s.from_date and (s.to_date is null or m.meeting_date < s.to_date)";
    /** {@link #WINDOW} for meetings already chosen as held in the period. */
    private static final String WHILE_ASSIGNED = "m.organization_id = s.organization_id and m.meeting_date >= s.from_date"
            + " and (s.to_date is null or m.meeting_date < s.to_date)";
    private static final String HELD = "(select count(*) from meeting m where " + WINDOW + ")";
    private static final String ATTENDED = "(select count(*) from meeting_attendee a join meeting m on m.id = a.meeting_id"
            + " where a.supervision_id = s.id and a.attendance = 'PRESENT' and " + WINDOW + ")";

    private final JdbcClient jdbc;

    CoverageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SupervisionService.CoverageSummary summary(OrganizationRef within, LocalDate from, LocalDate to, int shown) {
        return summary(within, from, to, 0, shown);
    }

    /** The counts, and the assignments of page {@code page} (from 0) of {@code size} in the same order. */
    SupervisionService.CoverageSummary summary(OrganizationRef within, LocalDate from, LocalDate to, int page, int size) {
        String under = Subtree.of(within.path()).sql("s.org_path") + " and " + ASSIGNED;
        long[] totals = jdbc.sql("select (select count(*) from meeting_supervision s where " + under + "),"
                        + " (select count(distinct s.organization_id) from meeting_supervision s where " + under + "),"
                        + " (select count(*) from meeting_supervision s join meeting m on " + WINDOW + " where " + under + "),"
                        // attended: the supervisors present (a narrow index of their own, V47) and the meetings that kept
                        // "a supervisor was present" (MeetingFacts), each read once and joined, not looked up row by row
                        + " (select count(*) from meeting_supervision s join (select a.meeting_id, a.supervision_id"
                        + " from meeting_attendee a where a.supervision_id is not null and a.attendance = 'PRESENT' offset 0) a"
                        + " on a.supervision_id = s.id join (select m.id, m.organization_id, m.meeting_date"
                        + " from meeting m where m.supervisor_present and " + Subtree.of(within.path()).sql("m.org_path")
                        + " and m.status in ('HELD', 'CLOSED') and m.kind <> 'COMMITTEE' and m.meeting_date >= :from"
                        + " and m.meeting_date <= :to offset 0) m on m.id = a.meeting_id and " + WHILE_ASSIGNED + " where " + under + ")")
                .param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        List<SupervisionService.Coverage> first = totals[0] <= (long) page * size ? List.of()
                : jdbc.sql("select " + SupervisionStore.SUPERVISION_COLUMNS + ", " + HELD + ", " + ATTENDED + ","
                                + " (select o.name from organization o where o.id = s.organization_id),"
                                + " (select o.name from organization o where o.id = s.committee_id)"
                                + " from meeting_supervision s where " + under + " order by s.org_path, s.from_date desc, s.id limit " + size
                                + " offset " + (long) page * size)
                        .param("from", from).param("to", to)
                        .query((rs, n) -> new SupervisionService.Coverage(SupervisionStore.supervision(rs),
                                rs.getString(13) == null ? "" : rs.getString(13), rs.getString(14) == null ? "" : rs.getString(14),
                                rs.getInt(11), rs.getInt(12)))
                        .list();
        return new SupervisionService.CoverageSummary(totals[0], totals[1], totals[2], totals[3], first);
    }
}
