package vn.chibo.support;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-organization people counts ({@code person_status_count}, kept by a trigger on {@code person}) against a
 * count of the person rows, written independently of the application's reads.
 */
public final class PeopleCountCheck {

    /** Groups of person rows (organization, status, path) whose kept count differs, plus kept counts of no rows. */
    public static final String MISMATCHES = """
            select (select count(*) from (select organization_id, party_status, org_path, count(*) as n from person
                      group by organization_id, party_status, org_path) r
                    where not exists (select 1 from person_status_count c where c.organization_id = r.organization_id
                      and c.party_status = r.party_status and c.org_path = r.org_path and c.people = r.n))
                 + (select count(*) from person_status_count c where c.people <> 0 and not exists (select 1 from person p
                      where p.organization_id = c.organization_id and p.party_status = c.party_status))""";

    private final JdbcClient jdbc;

    public PeopleCountCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person rows counted per "organization status path". */
    public Map<String, Long> raw() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select organization_id, party_status, org_path, count(*) from person group by organization_id, party_status, org_path")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4)))
                .list();
        return counts;
    }

    /** The kept counts that are not zero, keyed like {@link #raw()}. */
    public Map<String, Long> kept() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select organization_id, party_status, org_path, people from person_status_count where people <> 0")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4)))
                .list();
        return counts;
    }

    public long mismatches() {
        return jdbc.sql(MISMATCHES).query(Long.class).single();
    }
}
