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

    /**
     * One branch per direct child (active or not, so that the total is the whole subtree's) and one for the
     * organization's own rows, each with its path as a literal prefix: every branch is a range scan of the path index
     * with an estimate the planner gets right (a join on the children's path ranges was planned as a scan of the whole
     * table at national scale).
     */
    private String perChild(OrganizationRef root, String select, String table, String condition, String groupBy) {
        java.util.List<String> branches = new java.util.ArrayList<>();
        jdbc.sql("select id, path from organization where parent_id = " + root.id() + " order by id").query(rs -> {
            branches.add("select " + rs.getLong(1) + " as b, " + select + " from " + table + " where "
                    + Subtree.of(rs.getString(2)).sql("org_path") + condition + groupBy);
        });
        branches.add("select " + OWN + " as b, " + select + " from " + table + " where org_path = '"
                + Subtree.of(root.path()).path() + "'" + condition + groupBy);
        return String.join(" union all ", branches);
    }

    /** Candidates at each stage now. */
    Counts now(OrganizationRef root) {
        return read(perChild(root, "stage, count(*)", "development_candidate", "", " group by stage"), Map.of());
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
        String sums = Stream.of(Stage.values()).map(s -> "sum(" + s.name().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
        String sql = perChild(root, sums, "development_reach_count", " and reach_year >= " + first + " and reach_year <= " + last
                + " and previous_year < " + first, "");
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
