package vn.chibo.development.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * The board's counts per direct sub-organization (issue 14, national scale): candidates at each stage now, and
 * candidates who reached each stage in the period. Each child is a range of paths read by index (a join with the
 * organization's children, not a grouping of every row by an expression on its path). The period's counts are sums
 * of {@code development_reach_count} (Flyway V48) when the period is whole calendar years, as the presets are; another
 * period is counted from the events, exactly as the review figures do.
 */
@Component
class PipelineCounts {

    /** Key of the organization's own rows (not under any child). */
    static final long OWN = 0L;

    private final JdbcClient jdbc;

    PipelineCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per direct child (the organization's own rows under {@link #OWN}) and in total. */
    record Counts(Map<Long, Map<Stage, Long>> byChild, Map<Stage, Long> total) {

        Map<Stage, Long> of(long child) {
            return byChild.getOrDefault(child, new EnumMap<>(Stage.class));
        }
    }

    /** The rows of a table under each direct child of the root: a join on the child's path range. */
    private static String underChild(OrganizationRef root, String table, String alias) {
        return " from organization o join %s %2$s on %2$s.org_path >= o.path and %2$s.org_path < substring(o.path, 1, length(o.path) - 1) || '0'"
                .formatted(table, alias) + " where o.parent_id = " + root.id();
    }

    private static String own(OrganizationRef root, String alias) {
        return alias + ".org_path = '" + Subtree.of(root.path()).path() + "'";
    }

    /** Candidates at each stage now. */
    Counts now(OrganizationRef root) {
        return read("select o.id, c.stage, count(*)" + underChild(root, "development_candidate", "c") + " group by o.id, c.stage"
                + " union all select " + OWN + ", c.stage, count(*) from development_candidate c where " + own(root, "c")
                + " group by c.stage", Map.of());
    }

    /** Distinct candidates whose timeline reached each stage in the period. */
    Counts reached(OrganizationRef root, LocalDate from, LocalDate to) {
        if (MonthDay.from(from).equals(MonthDay.of(1, 1)) && MonthDay.from(to).equals(MonthDay.of(12, 31))
                && !from.isAfter(to)) {
            return wholeYears(root, from.getYear(), to.getYear());
        }
        String child = Subtree.of(root.path()).childIdSql("c.org_path");
        return read("select b, stage, count(distinct id) from (select coalesce(" + child + ", " + OWN + ") as b, e.stage, c.id"
                + " from development_event e join development_candidate c on c.id = e.candidate_id where "
                + Subtree.of(root.path()).sql("c.org_path") + " and e.occurred_on >= :from and e.occurred_on <= :to) d"
                + " group by b, stage", Map.of("from", from, "to", to));
    }

    /**
     * Whole years: a candidate counts in the first of its years inside the range, the row whose previous year lies
     * before the range.
     */
    private Counts wholeYears(OrganizationRef root, int first, int last) {
        String sums = Stream.of(Stage.values()).map(s -> "sum(r." + s.name().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        String years = " and r.reach_year >= " + first + " and r.reach_year <= " + last + " and r.previous_year < " + first;
        String sql = "select o.id, " + sums + underChild(root, "development_reach_count", "r") + years + " group by o.id"
                + " union all select " + OWN + ", " + sums + " from development_reach_count r where " + own(root, "r") + years;
        Map<Long, Map<Stage, Long>> byChild = new HashMap<>();
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        jdbc.sql(sql).query(rs -> {
            Map<Stage, Long> counts = byChild.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Stage.class));
            for (Stage stage : Stage.values()) {
                long count = rs.getLong(2 + stage.ordinal());
                if (count != 0) {
                    counts.merge(stage, count, Long::sum);
                    total.merge(stage, count, Long::sum);
                }
            }
        });
        return new Counts(byChild, total);
    }

    private Counts read(String sql, Map<String, ?> params) {
        Map<Long, Map<Stage, Long>> byChild = new HashMap<>();
        Map<Stage, Long> total = new EnumMap<>(Stage.class);
        jdbc.sql(sql).params(params).query(rs -> {
            Stage stage = Stage.valueOf(rs.getString(2));
            long count = rs.getLong(3);
            byChild.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Stage.class)).merge(stage, count, Long::sum);
            total.merge(stage, count, Long::sum);
        });
        return new Counts(byChild, total);
    }
}
