package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;

/**
 * The review's mentoring figures of a period made of one to five whole years, read from the counts kept per range of
 * years and organization ({@link PresenceRanges}, Flyway V60): distinct mentors and mentees, assignments and groups
 * overlapping the period. The counts are kept per organization for its whole subtree, so the subtree's total and each
 * year's are the root's own rows, each direct sub-organization's its row. The root's own mentors and mentees (people
 * with an assignment at the root organization itself) are counted from its assignments, few and found by path; its own
 * assignments and groups are the total less its sub-organizations'. Any other period, or one ending after the kept horizon, is left to the caller (counted from
 * the rows).
 */
@Component
class PresenceCounts {

    /** What is counted, the figure, and whether it is a distinct count of people (else a count of rows). */
    private record Counted(String name, String key, boolean people) {
    }

    /** In the order the review declares the figures. */
    private static final List<Counted> COUNTED = List.of(new Counted("MENTOR", "mentoring.mentors", true),
            new Counted("MENTEE", "mentoring.mentees", true), new Counted("ASSIGNMENT", "mentoring.assignments", false),
            new Counted("GROUP", "mentoring.groups", false));
    /** Every kind named, so that the primary key (counted, first year, last year, organization) is read by lookups. */
    private static final String NAMED = "counted in ('ASSIGNMENT', 'GROUP', 'MENTEE', 'MENTOR')";

    private final JdbcClient jdbc;

    PresenceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the period is answered from the kept ranges; if so, the four figures are in {@code set}. */
    boolean figures(FigureSet set, FigureScope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        int first = from.getYear();
        int last = to.getYear();
        if (from.getDayOfYear() != 1 || to.getMonthValue() != 12 || to.getDayOfMonth() != 31
                || last - first + 1 > PresenceRanges.LONGEST) {
            return false;
        }
        Integer horizon = jdbc.sql("select kept_to_year from mentoring_presence_horizon where id = 1").query(Integer.class)
                .optional().orElse(null);
        if (horizon == null || last > horizon) {
            return false;
        }
        Map<String, Long> sums = new HashMap<>();
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {first, last});
        scope.years().forEach(year -> ranges.add(new int[] {year, year}));
        StringBuilder sql = new StringBuilder();
        for (int[] range : ranges) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select counted, first_year, last_year, people")
                    .append(" from mentoring_presence where ").append(NAMED).append(" and first_year = ").append(range[0])
                    .append(" and last_year = ").append(range[1]).append(" and organization_id = ")
                    .append(MentorSpells.organizationOf(scope.rootPath()));
        }
        jdbc.sql(sql.toString()).query(rs -> {
            sums.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3), rs.getLong(4));
        });
        Map<String, Map<String, Long>> buckets = scope.hasBuckets() ? buckets(scope, first, last, sums) : Map.of();
        for (Counted counted : COUNTED) {
            String key = counted.key();
            long total = sums.getOrDefault(counted.name() + first + "-" + last, 0L);
            if (!counted.people()) {
                set.zero(key);
            }
            for (int year : scope.years()) {
                long n = sums.getOrDefault(counted.name() + year + "-" + year, 0L);
                if (counted.people()) {
                    set.distinctYear(year, key, n);
                } else {
                    set.addYear(year, key, n);
                }
            }
            Map<String, Long> byBucket = scope.hasBuckets() ? buckets.getOrDefault(counted.name(), Map.of())
                    : Map.of(scope.rootPath(), total);
            byBucket.forEach((bucket, n) -> {
                if (n == 0 && scope.hasBuckets()) {
                    return;
                }
                if (counted.people()) {
                    set.distinct(bucket, key, n);
                } else {
                    set.add(bucket, key, n);
                }
            });
            if (counted.people()) {
                set.distinctTotal(key, total);
            }
        }
        return true;
    }

    /**
     * Each direct sub-organization's figures of the whole range: its own row. The root's own assignments and groups are
     * the total less its sub-organizations'; its own mentors and mentees (people with an assignment at the root
     * organization itself) are counted from its assignments.
     */
    private Map<String, Map<String, Long>> buckets(FigureScope scope, int first, int last, Map<String, Long> totals) {
        Map<String, Map<String, Long>> buckets = new HashMap<>();
        Map<Long, String> children = new HashMap<>();
        scope.buckets().forEach(path -> children.put(MentorSpells.organizationOf(path), path));
        String ids = children.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        jdbc.sql("select counted, organization_id, people from mentoring_presence where " + NAMED + " and first_year = :first"
                        + " and last_year = :last and organization_id in (" + ids + ")")
                .param("first", first).param("last", last).query(rs -> {
                    buckets.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(children.get(rs.getLong(2)), rs.getLong(3));
                });
        for (String rows : List.of("ASSIGNMENT", "GROUP")) {
            Map<String, Long> byChild = buckets.computeIfAbsent(rows, r -> new HashMap<>());
            long below = byChild.values().stream().mapToLong(Long::longValue).sum();
            byChild.put(scope.rootPath(), totals.getOrDefault(rows + first + "-" + last, 0L) - below);
        }
        jdbc.sql("select count(distinct mentor_person_id), count(distinct mentee_person_id) from mentoring_assignment a"
                        + " where a.org_path = :root and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)")
                .param("root", scope.rootPath()).param("from", scope.from()).param("to", scope.to()).query(rs -> {
                    buckets.computeIfAbsent("MENTOR", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(1));
                    buckets.computeIfAbsent("MENTEE", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(2));
                });
        return buckets;
    }
}
