package vn.chibo.people.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PartyStatus;

/**
 * Totals of people read from counts kept by triggers on {@code person} in the writer's transaction, never from the
 * person rows: a whole subtree's from {@code person_subtree_count} (Flyway V63, a few rows of the subtree's own id),
 * per organization or per child from the per-organization rollup {@code person_status_count} (V42, a sum over a
 * path-prefix range of at most one row per organization and status).
 */
@Component
@Transactional(readOnly = true)
class PersonCounts {

    /** The rollup under the alias {@code p}, so that conditions on {@code p.org_path} and {@code p.party_status} apply. */
    static final String TABLE = "person_status_count p";

    private final JdbcClient jdbc;

    PersonCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subtree counts under the alias {@code p}, so that conditions on {@code p.party_status} apply. */
    static final String SUBTREES = "person_subtree_count p";

    /**
     * The condition on {@link #SUBTREES} for the people of a whole subtree, by its path ({@code null} or {@code /}:
     * everything, the subtrees of the roots).
     */
    static String subtreeOf(String path) {
        return path == null || path.equals("/") ? "p.organization_id in (select id from organization where parent_id is null)"
                : "p.organization_id = " + Subtree.of(path).ownId();
    }

    /** People by party status under a path prefix ({@code null} or {@code /}: everything). */
    Map<PartyStatus, Long> byStatus(String pathPrefix) {
        Map<PartyStatus, Long> counts = new EnumMap<>(PartyStatus.class);
        jdbc.sql("select p.party_status, sum(p.people) from " + SUBTREES + " where " + subtreeOf(pathPrefix)
                        + " group by p.party_status")
                .query((rs, n) -> {
                    if (rs.getLong(2) > 0) {
                        counts.put(PartyStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                    return null;
                }).list();
        return counts;
    }

    /** People with one of the statuses per organization they belong to, under a path prefix (only organizations with some). */
    Map<Long, Long> byOrganization(String pathPrefix, Collection<PartyStatus> statuses) {
        Map<Long, Long> counts = new HashMap<>();
        if (statuses.isEmpty()) {
            return counts;
        }
        jdbc.sql("select p.organization_id, sum(p.people) from " + TABLE + " where " + statusIn(statuses)
                        + within(pathPrefix, " and ") + " group by p.organization_id having sum(p.people) > 0")
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * People with one of the statuses under each direct sub-organization of a path, by its id, from the children's
     * subtree counts; the organization's own people under its own id. Rows of the children and one organization only,
     * whatever the size of their subtrees.
     */
    Map<Long, Long> byChild(String path, Collection<PartyStatus> statuses) {
        long own = Subtree.of(path).ownId();
        Map<Long, Long> counts = new HashMap<>();
        if (statuses.isEmpty()) {
            return counts;
        }
        jdbc.sql("select p.organization_id, sum(p.people) from " + SUBTREES + " join organization o on o.id = p.organization_id"
                        + " where o.parent_id = " + own + " and " + statusIn(statuses) + " group by p.organization_id"
                        + " union all select p.organization_id, sum(p.people) from " + TABLE + " where p.organization_id = "
                        + own + " and " + statusIn(statuses) + " group by p.organization_id")
                .query((rs, n) -> counts.merge(rs.getLong(1), rs.getLong(2), Long::sum)).list();
        return counts;
    }

    private static String within(String pathPrefix, String joiner) {
        return pathPrefix == null || pathPrefix.equals("/") ? "" : joiner + Subtree.of(pathPrefix).sql("p.org_path");
    }

    /** Statuses are enum names, written as literals. */
    private static String statusIn(Collection<PartyStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "p.party_status in (", ")"));
    }
}
