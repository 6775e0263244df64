package vn.chibo.support;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-organization people counts ({@code person_status_count}, kept by a trigger on {@code person}) and the
 * per-subtree ones ({@code person_subtree_count}) against a count of the person rows, written independently of the
 * application's reads: a person counts in the subtree of every organization up his own organization's chain of
 * parents (not his copied path, which {@code PathCopyCheck} checks).
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

    /** Each person row's organization and every organization above it, by the parent links (both H2 and PostgreSQL). */
    private static final String RAW_SUBTREES = """
            with recursive up (org_id, ancestor_id) as (
                select id, id from organization
                union all
                select u.org_id, o.parent_id from up u join organization o on o.id = u.ancestor_id where o.parent_id is not null),
            r (organization_id, party_status, people) as (
                select up.ancestor_id, p.party_status, count(*) from person p join up on up.org_id = p.organization_id
                group by up.ancestor_id, p.party_status)
            """;

    /** Subtree counts (organization, status) that differ from the person rows, plus kept counts of no rows. */
    public static final String SUBTREE_MISMATCHES = RAW_SUBTREES + """
            select (select count(*) from r where not exists (select 1 from person_subtree_count s
                      where s.organization_id = r.organization_id and s.party_status = r.party_status and s.people = r.people))
                 + (select count(*) from person_subtree_count s where s.people <> 0 and not exists (select 1 from r
                      where r.organization_id = s.organization_id and r.party_status = s.party_status))""";

    /** The people of a name by party status, in the columns of {@code person_name_count} (V66), from the person rows. */
    public static final String NAME_COUNTS = """
            count(*) filter (where party_status = 'MASS'), count(*) filter (where party_status = 'SYMPATHISER'),
            count(*) filter (where party_status = 'PROBATIONARY'), count(*) filter (where party_status = 'OFFICIAL'),
            count(*) filter (where party_status = 'STRUCK_OFF'), count(*) filter (where party_status = 'DECEASED')""";

    /**
     * Names (root, sort key, search key) whose kept people by status ({@code person_name_count}, V66) differ from the
     * person rows, plus kept names of no rows that count someone. The root is read from each person's copied path,
     * which {@code PathCopyCheck} checks against the parent links.
     */
    public static final String NAME_MISMATCHES = """
            select (select count(*) from (select path_child_id(org_path, 2) as root_id, sort_key, search_key, """ + NAME_COUNTS
            + """
                      from person group by path_child_id(org_path, 2), sort_key, search_key) r (root_id, sort_key, search_key,
                      mass, sympathiser, probationary, official, struck_off, deceased)
                    where not exists (select 1 from person_name_count c where c.root_id = r.root_id and c.sort_key = r.sort_key
                      and c.search_key = r.search_key and c.mass = r.mass and c.sympathiser = r.sympathiser
                      and c.probationary = r.probationary and c.official = r.official and c.struck_off = r.struck_off
                      and c.deceased = r.deceased))
                 + (select count(*) from person_name_count c where (c.mass <> 0 or c.sympathiser <> 0 or c.probationary <> 0
                      or c.official <> 0 or c.struck_off <> 0 or c.deceased <> 0) and not exists (select 1 from person p
                      where path_child_id(p.org_path, 2) = c.root_id and p.sort_key = c.sort_key and p.search_key = c.search_key))""";

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

    /** Person rows counted per "organization status" for every organization above them, their own included. */
    public Map<String, Long> rawSubtrees() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(RAW_SUBTREES + " select organization_id, party_status, people from r")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getString(2), rs.getLong(3))).list();
        return counts;
    }

    /** The kept subtree counts that are not zero, keyed like {@link #rawSubtrees()}. */
    public Map<String, Long> keptSubtrees() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select organization_id, party_status, people from person_subtree_count where people <> 0")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getString(2), rs.getLong(3))).list();
        return counts;
    }

    /** Mismatches of the three kinds of counts. */
    public long mismatches() {
        return jdbc.sql(MISMATCHES).query(Long.class).single() + jdbc.sql(SUBTREE_MISMATCHES).query(Long.class).single()
                + jdbc.sql(NAME_MISMATCHES).query(Long.class).single();
    }
}
