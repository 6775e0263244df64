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
 * overlapping the period. The subtree's total, each year's and each direct sub-organization's are sums over a
 * path-prefix range of one range's rows. The root's own mentors and mentees (people with an assignment at the root
 * organization itself) are counted from its assignments, few and found by path; its own assignments and groups are its
 * own rows of the counts. Any other period, or one ending after the kept horizon, is left to the caller (counted from
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
    /** Every kind named, so that the index on (counted, first year, last year, path) is read as one path range each. */
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
            sql.append(sql.isEmpty() ? "" : " union all ").append("select counted, ").append(range[0]).append(", ")
                    .append(range[1]).append(", sum(people) from mentoring_presence where ").append(NAMED)
                    .append(" and first_year = ").append(range[0]).append(" and last_year = ").append(range[1])
                    .append(" and ").append(scope.within("org_path")).append(" group by counted");
        }
        jdbc.sql(sql.toString()).query(rs -> {
            sums.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3), rs.getLong(4));
        });
        Map<String, Map<String, Long>> buckets = scope.hasBuckets() ? buckets(scope, first, last) : Map.of();
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
     * Each direct sub-organization's sums of the whole range (the root's own rows of people are no count of its own
     * people: those come from its assignments; its own rows of assignments and groups are its own).
     */
    private Map<String, Map<String, Long>> buckets(FigureScope scope, int first, int last) {
        Map<String, Map<String, Long>> buckets = new HashMap<>();
        jdbc.sql("select counted, " + scope.bucket("org_path") + ", sum(people) from mentoring_presence where " + NAMED
                        + " and first_year = :first and last_year = :last and " + scope.within("org_path")
                        + " and (org_path <> :root or counted in ('ASSIGNMENT', 'GROUP')) group by counted, "
                        + scope.bucket("org_path")).param("first", first).param("last", last).param("root", scope.rootPath())
                .query(rs -> {
                    buckets.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        jdbc.sql("select count(distinct mentor_person_id), count(distinct mentee_person_id) from mentoring_assignment a"
                        + " where a.org_path = :root and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)")
                .param("root", scope.rootPath()).param("from", scope.from()).param("to", scope.to()).query(rs -> {
                    buckets.computeIfAbsent("MENTOR", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(1));
                    buckets.computeIfAbsent("MENTEE", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(2));
                });
        return buckets;
    }
}
