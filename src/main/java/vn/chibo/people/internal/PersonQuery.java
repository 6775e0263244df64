package vn.chibo.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.jdbc.Databases;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * The people list: scoped to the account, filtered, accent-insensitive search on the indexed
 * search key, Vietnamese order via the stored collation sort key. Plain SQL, same on H2 and PostgreSQL.
 */
@Component
@Transactional(readOnly = true)
public class PersonQuery {

    private static final String SELECT = """
            select p.id, p.full_name, p.birth_date, p.gender, p.identity_number, p.military_rank, p.position_title,
                   p.party_status, p.admitted_on, p.official_since, p.organization_id, o.name as org_name
            from person p join organization o on o.id = p.organization_id
            """;

    /**
     * A search's page: the matches of the person rows counted, then those after (or before) a neighbouring page's
     * person ({@code seek}, for its Next and Previous links) sorted, and only the page's rows joined to their
     * organization (joining first made PostgreSQL hash the whole organization table for a search of the country).
     */
    private static final String MATCHES = """
            select x.*, o.name as org_name from (
                select m.* from (
                    select p.id, p.full_name, p.birth_date, p.gender, p.identity_number, p.military_rank, p.position_title,
                           p.party_status, p.admitted_on, p.official_since, p.organization_id, p.sort_key,
                           count(*) over () as matches
                    from person p {where}) m
                {seek} order by m.sort_key{direction}, m.id{direction} limit {limit} offset {offset}) x
            join organization o on o.id = x.organization_id order by x.sort_key, x.id
            """;

    /**
     * Below this many people in the scope, a search on PostgreSQL reads the scope's people first and matches their
     * names one by one; from it on, it asks the names' trigram index first. The index's cost depends on how common the
     * words are in the whole country, not on the scope: "nguyen van minh" takes it about 300 ms, while a province's
     * 120,000 people are read in about 80. A whole root's search is counted and paged by name instead
     * ({@link PersonNameSearch}).
     */
    static final long SCOPE_FIRST_BELOW = 200_000;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final PersonNameSearch names;
    private final boolean postgres;

    PersonQuery(JdbcClient jdbc, OrganizationDirectory organizations, PersonNameSearch names, DataSource dataSource) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.names = names;
        this.postgres = Databases.isPostgres(dataSource);
    }

    public record Page(List<PersonListRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        /** The first and last person of the page, for the keyset links to the previous and next page. */
        public Long firstId() {
            return rows.isEmpty() ? null : rows.get(0).id();
        }

        public Long lastId() {
            return rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
        }
    }

    public Page search(PersonFilter filter) {
        Where where = where(filter);
        Long anchor = filter.after() != null ? filter.after() : filter.before();
        String anchorKey = anchor == null ? null : jdbc.sql("select sort_key from person where id = :id").param("id", anchor)
                .query(String.class).optional().orElse(null);
        if (anchorKey != null && (where.countable || where.named != null)) {
            return new Page(keyset(where, filter, anchor, anchorKey), count(where), filter.page(), filter.size());
        }
        if (anchorKey != null) {
            boolean forward = filter.after() != null;
            return matches(where, filter, " where (m.sort_key, m.id) " + (forward ? ">" : "<") + " (:anchorKey, :anchor)",
                    forward ? "" : " desc", 0, anchor, anchorKey);
        }
        if (where.countable) {
            List<PersonListRow> rows = where.bind(jdbc.sql(SELECT + where.sql + " order by p.sort_key, p.id limit " + filter.size()
                    + " offset " + (long) filter.page() * filter.size())).query(PersonListRow::of).list();
            return new Page(rows, count(where), filter.page(), filter.size());
        }
        if (where.named != null) {
            return byName(where, filter);
        }
        return matches(where, filter, "", "", (long) filter.page() * filter.size(), null, null);
    }

    /**
     * A search or a role: filtered first (scope index, or trigrams over a wide scope), the matches counted by the pass
     * that sorts them (one scan of the scope, not two; sorting outside the count keeps PostgreSQL from walking the
     * national sort index to find 25), by page number or from a neighbouring page's person.
     */
    private Page matches(Where where, PersonFilter filter, String seek, String direction, long offset, Long anchor, String anchorKey) {
        long[] matches = {-1};
        // (replaced, not formatted: the scope's path condition holds a %)
        JdbcClient.StatementSpec spec = where.bind(jdbc.sql(MATCHES.replace("{where}", where.sql).replace("{seek}", seek)
                .replace("{direction}", direction).replace("{limit}", String.valueOf(filter.size()))
                .replace("{offset}", String.valueOf(offset))));
        List<PersonListRow> rows = (anchor == null ? spec : spec.param("anchor", anchor).param("anchorKey", anchorKey))
                .query((rs, n) -> {
                    matches[0] = rs.getLong("matches");
                    return PersonListRow.of(rs, n);
                }).list();
        long total = matches[0] >= 0 ? matches[0] : filter.page() == 0 && anchor == null ? 0 : count(where);
        return new Page(rows, total, filter.page(), filter.size());
    }

    /**
     * A search of a whole root: its page's names and total from the people kept per name, then only those names' rows
     * (by the sort index), the first name's people before the page skipped.
     */
    private Page byName(Where where, PersonFilter filter) {
        PersonNameSearch.Slice slice = names.slice(where.named.conditions(), where.named.people(), where.params,
                (long) filter.page() * filter.size(), filter.size());
        List<PersonListRow> rows = slice.sortKeys().isEmpty() ? List.of()
                : where.bind(jdbc.sql(SELECT + where.named.rows() + " and p.sort_key in (:names) order by p.sort_key, p.id limit "
                        + filter.size() + " offset " + slice.skipped())).param("names", slice.sortKeys())
                        .query(PersonListRow::of).list();
        return new Page(rows, slice.total(), filter.page(), filter.size());
    }

    /**
     * How many people the filter keeps: without a search or a role, summed from the scope's subtree counts; a search of
     * a whole root, from the people kept per name.
     */
    private long count(Where where) {
        if (where.named != null) {
            return names.total(where.named.conditions(), where.named.people(), where.params);
        }
        return where.bind(jdbc.sql(where.countable
                ? "select coalesce(sum(p.people), 0) from " + PersonCounts.SUBTREES + " where " + where.counted
                : "select count(*) from person p " + where.sql)).query(Long.class).single();
    }

    /**
     * The page after (or before) a person of the neighbouring page, along the sort index: no rows skipped by OFFSET. In
     * a search by name, among the rows of the anchor's name and of the next (or previous) names that hold the page.
     */
    private List<PersonListRow> keyset(Where where, PersonFilter filter, long anchor, String anchorKey) {
        boolean forward = filter.after() != null;
        String seek = forward ? "p.sort_key >= :anchorKey and (p.sort_key, p.id) > (:anchorKey, :anchor)"
                : "p.sort_key <= :anchorKey and (p.sort_key, p.id) < (:anchorKey, :anchor)";
        String direction = forward ? "" : " desc";
        String sql = where.named == null ? where.sql : where.named.rows() + " and p.sort_key in (:names)";
        JdbcClient.StatementSpec spec = where.bind(jdbc.sql(SELECT + (sql.isEmpty() ? " where " : sql + " and ")
                + seek + " order by p.sort_key" + direction + ", p.id" + direction + " limit " + filter.size()));
        if (where.named != null) {
            spec = spec.param("names", names.around(where.named.conditions(), where.named.people(), where.params, anchorKey,
                    forward, filter.size()));
        }
        List<PersonListRow> rows = new ArrayList<>(spec.param("anchorKey", anchorKey).param("anchor", anchor)
                .query(PersonListRow::of).list());
        if (!forward) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    /** The current people whose own organization is this one (not its subtree), all of them, in name order. */
    public List<PersonListRow> directPeople(long organizationId) {
        organizations.requireVisible(organizationId);
        return jdbc.sql(SELECT + " where p.organization_id = :org and p.party_status not in ('STRUCK_OFF', 'DECEASED')"
                        + " order by p.sort_key, p.id")
                .param("org", organizationId).query(PersonListRow::of).list();
    }

    /** Streams every row matching the filter (no paging), for exports. */
    public void forEach(PersonFilter filter, Consumer<PersonListRow> consumer) {
        Where where = where(filter);
        where.bind(jdbc.sql(SELECT + where.sql + " order by p.sort_key, p.id"))
                .query(PersonListRow::of).stream().forEach(consumer);
    }

    private Where where(PersonFilter filter) {
        ChiboUser user = CurrentUser.get();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        boolean countable = true;
        String scope = null;
        if (filter.orgId() != null) {
            OrganizationRef organization = organizations.requireVisible(filter.orgId());
            scope = organization.path();
            conditions.add(scope(scope));
        } else if (!user.isAdmin()) {
            if (user.canSee(user.scopePath())) {
                scope = user.scopePath();
                conditions.add(scope(scope));
            } else {
                conditions.add("p.id = :self");
                countable = false;
                params.put("self", user.personId() == null ? -1L : user.personId());
            }
        }
        String key = VietnameseText.searchKey(filter.q());
        // a search of a whole root (or of all, the administrator's) without a role: counted and paged by name (V66)
        boolean byName = !key.isEmpty() && filter.role() == null && !params.containsKey("self")
                && (scope == null || Subtree.of(scope).depth() == 1);
        List<String> named = new ArrayList<>();
        if (byName && scope != null) {
            named.add("p.root_id = " + Subtree.of(scope).ownId());
        }
        // the search key as an expression, which the trigram index does not serve: the scope is read first (and in a
        // search by name, the rows of the page's few names)
        String searchKey = !key.isEmpty() && postgres && scope != null && peopleIn(scope) < SCOPE_FIRST_BELOW
                ? "(p.search_key || '')" : "p.search_key";
        List<String> rowsByName = new ArrayList<>(conditions);
        int i = 0;
        for (String token : key.isEmpty() ? new String[0] : key.split(" ")) {
            conditions.add(searchKey + " like :k" + i);
            rowsByName.add("(p.search_key || '') like :k" + i);
            named.add("p.search_key like :k" + i);
            params.put("k" + i, "%" + token.replace("%", "").replace("_", "") + "%");
            countable = false;
            i++;
        }
        String status = filter.statusCondition();
        if (status != null) {
            conditions.add(status);
            rowsByName.add(status);
        }
        if (filter.role() != null) {
            conditions.add("exists (select 1 from leadership_role r where r.person_id = p.id and r.role = :role and r.to_date is null)");
            params.put("role", filter.role().name());
            countable = false;
        }
        String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String counted = PersonCounts.subtreeOf(scope) + (status == null ? "" : " and " + status);
        return new Where(sql, params, countable, counted, byName ? new Named(String.join(" and ", named),
                PersonNameSearch.people(filter.statuses()), " where " + String.join(" and ", rowsByName)) : null);
    }

    /** Everyone counted in a subtree, whatever their status (its kept counts, V63). */
    private long peopleIn(String path) {
        return jdbc.sql("select coalesce(sum(p.people), 0) from " + PersonCounts.SUBTREES + " where " + PersonCounts.subtreeOf(path))
                .query(Long.class).single();
    }

    /**
     * The list's scope: the path prefix, except on PostgreSQL for a root's direct sub-organization (a province), whose
     * people are filed in name order by their own index there (V64).
     */
    private String scope(String path) {
        Subtree subtree = Subtree.of(path);
        return postgres && subtree.depth() == 2 ? subtree.idSql("p.org_path") : subtree.sql("p.org_path");
    }

    /**
     * {@code countable}: the conditions are the scope and the party status only, so that {@code counted}, the same on
     * the subtree counts, gives the total. {@code named}: for a search of a whole root, the same conditions on the people
     * kept per name ({@link PersonNameSearch}), otherwise {@code null}.
     */
    private record Where(String sql, Map<String, Object> params, boolean countable, String counted, Named named) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }

    /**
     * A whole root's search on the people kept per name: its conditions (root, words), the statuses' people, and the
     * person rows' conditions for the page's names (the search key as an expression, which the trigram index does not
     * serve, so that the names' own index is used).
     */
    private record Named(String conditions, String people, String rows) {
    }

}
