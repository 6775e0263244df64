package vn.chibo.mentoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A mentor's spells (Flyway V46, {@code mentoring_mentor_event}): his assignments cut at every start and end into spells
 * during which the set S of organizations where he mentors is constant. Each organization of S weighs +1 and the common
 * ancestor of two organizations next to each other in path order weighs -1, so that the weights inside any subtree add
 * up to 1 when he mentors somewhere in it and to 0 otherwise: distinct mentors become additive per organization. The
 * events are the changes of these weights, by organization and day. Also the path functions H2 calls by alias
 * ({@code mentoring_path_org}, {@code mentoring_path_lca}); PostgreSQL has its own in the migration.
 */
public final class MentorSpells {

    /** The events of the mentors chosen by {@code {mentors}} (a condition on {@code mentor_person_id}). */
    public static final String EVENTS = """
            with a as (
                select mentor_person_id as m, org_path, start_date, end_date from mentoring_assignment
                where {mentors} and (end_date is null or end_date > start_date)
            ), b as (
                select m, start_date as d from a union select m, end_date from a where end_date is not null
            ), seg as (
                select m, d, lead(d) over (partition by m order by d) as nxt from b
            ), s as (
                select distinct seg.m, seg.d, seg.nxt, a.org_path from seg join a on a.m = seg.m and a.start_date <= seg.d
                    and (a.end_date is null or a.end_date > seg.d)
            ), w as (
                select m, d, nxt, org_path, 1 as weight from s
                union all
                select m, d, nxt, mentoring_path_lca(prev, org_path), -1 from (
                    select m, d, nxt, org_path, lag(org_path) over (partition by m, d order by org_path) as prev from s) x
                where prev is not null
            ), e as (
                select m, org_path, d as event_day, weight as delta from w
                union all
                select m, org_path, nxt, -weight from w where nxt is not null
            )
            select m, mentoring_path_org(org_path), org_path, event_day, sum(delta) from e
            group by m, org_path, event_day having sum(delta) <> 0""";

    private MentorSpells() {
    }

    /** The organization a path ends with ({@code /1/11/14/} → 14). */
    public static long organizationOf(String path) {
        int end = path.length() - 1;
        int start = path.lastIndexOf('/', end - 1);
        return Long.parseLong(path.substring(start + 1, end));
    }

    /** The deepest organization path both paths start with. */
    public static String commonAncestor(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int last = 1;
        for (int i = 0; i < n && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                last = i + 1;
            }
        }
        return a.substring(0, last);
    }

    /** H2: counts one mentor's spells again, taking his old events out of the yearly counts and the new ones in. */
    static void recount(Connection conn, long mentor) throws SQLException {
        addEvents(conn, mentor, -1);
        try (PreparedStatement delete = conn.prepareStatement("delete from mentoring_mentor_event where mentor_person_id = ?")) {
            delete.setLong(1, mentor);
            delete.executeUpdate();
        }
        List<Object[]> events = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement(EVENTS.replace("{mentors}", "mentor_person_id = ?"))) {
            select.setLong(1, mentor);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4), rs.getLong(5)});
                }
            }
        }
        try (PreparedStatement insert = conn.prepareStatement("insert into mentoring_mentor_event (mentor_person_id,"
                + " organization_id, org_path, event_day, delta) values (?, ?, ?, ?, ?)")) {
            for (Object[] event : events) {
                for (int i = 0; i < event.length; i++) {
                    insert.setObject(i + 1, event[i]);
                }
                insert.executeUpdate();
            }
        }
        addEvents(conn, mentor, 1);
    }

    private static void addEvents(Connection conn, long mentor, int sign) throws SQLException {
        List<Object[]> sums = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement("select org_path, extract(year from event_day), sum(delta)"
                + " from mentoring_mentor_event where mentor_person_id = ? group by org_path, extract(year from event_day)")) {
            select.setLong(1, mentor);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sums.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)});
                }
            }
        }
        for (Object[] sum : sums) {
            MentoringCountTrigger.add(conn, (String) sum[0], (Integer) sum[1], "running_mentors", sign * (Long) sum[2]);
        }
    }
}
