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
 * The review's distinct mentors and mentees of a period made of one to five whole years, read from the presence counts
 * kept per range of years and organization ({@link PresenceRanges}, Flyway V60): the subtree's total, each year's and
 * each direct sub-organization's are sums over a path-prefix range of one range's rows. The root's own records (people
 * with an assignment at the root organization itself) are counted from its assignments, few and found by path. Any
 * other period, or one ending after the kept horizon, is left to the caller (counted from the assignments).
 */
@Component
class PresenceCounts {

    /** The figure of each role, in the order the review declares them. */
    private static final List<Map.Entry<String, String>> KEYS = List.of(Map.entry("MENTOR", "mentoring.mentors"),
            Map.entry("MENTEE", "mentoring.mentees"));

    private final JdbcClient jdbc;

    PresenceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the period is answered from the kept ranges; if so, its distinct mentors and mentees are in {@code set}. */
    boolean distincts(FigureSet set, FigureScope scope) {
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
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {first, last});
        for (int year : scope.years()) {
            ranges.add(new int[] {year, year});
        }
        Map<String, Long> sums = new HashMap<>();
        StringBuilder sql = new StringBuilder();
        for (int[] range : ranges) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select person_role, ").append(range[0]).append(", ")
                    .append(range[1]).append(", sum(people) from mentoring_presence where first_year = ").append(range[0])
                    .append(" and last_year = ").append(range[1]).append(" and ").append(scope.within("org_path"))
                    .append(" group by person_role");
        }
        jdbc.sql(sql.toString()).query(rs -> {
            sums.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3), rs.getLong(4));
        });
        Map<String, Map<String, Long>> buckets = new HashMap<>();
        if (scope.hasBuckets()) {
            jdbc.sql("select person_role, " + scope.bucket("org_path") + ", sum(people) from mentoring_presence"
                    + " where first_year = :first and last_year = :last and " + scope.within("org_path") + " and org_path <> :root"
                    + " group by person_role, " + scope.bucket("org_path")).param("first", first).param("last", last)
                    .param("root", scope.rootPath()).query(rs -> {
                        buckets.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                    });
            jdbc.sql("select count(distinct mentor_person_id), count(distinct mentee_person_id) from mentoring_assignment a"
                    + " where a.org_path = :root and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)")
                    .param("root", scope.rootPath()).param("from", from).param("to", to).query(rs -> {
                        buckets.computeIfAbsent("MENTOR", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(1));
                        buckets.computeIfAbsent("MENTEE", r -> new HashMap<>()).put(scope.rootPath(), rs.getLong(2));
                    });
        }
        for (var role : KEYS) {
            String key = role.getValue();
            for (int year : scope.years()) {
                set.distinctYear(year, key, sums.getOrDefault(role.getKey() + year + "-" + year, 0L));
            }
            long total = sums.getOrDefault(role.getKey() + first + "-" + last, 0L);
            if (scope.hasBuckets()) {
                buckets.getOrDefault(role.getKey(), Map.of()).forEach((bucket, n) -> {
                    if (n != 0) {
                        set.distinct(bucket, key, n);
                    }
                });
            } else {
                set.distinct(scope.rootPath(), key, total);
            }
            set.distinctTotal(key, total);
        }
        return true;
    }
}
