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
 * years and organization ({@link PresenceRanges}, Flyway V60, V61): distinct mentors and mentees, assignments and groups
 * overlapping the period ({@link #ACTIVITY}), and mentees admitted ({@link #ADMISSIONS}). The counts are kept per
 * organization for its whole subtree, so the subtree's total and each year's are the root's own rows, each direct
 * sub-organization's its row. The root's own people (mentors and mentees with an assignment at the root organization
 * itself, mentees admitted there) are counted from its own rows, few and found by path; its own assignments and groups
 * are the total less its sub-organizations'. Any other period, or one ending after the kept horizon, is left to the
 * caller (counted from the rows).
 */
@Component
class PresenceCounts {

    /**
     * What is counted, the figure, and the root's own people counted from its rows ({@code own}, an aggregate over
     * {@code from}, the root's path and the period named; null for rows, the total less the sub-organizations').
     */
    record Counted(String name, String key, String own, String from) {

        boolean people() {
            return own != null;
        }
    }

    private static final String OWN_ASSIGNMENTS = "from mentoring_assignment a where a.org_path = :root"
            + " and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)";

    /** The figures of mentoring's own source, in the order the review declares them. */
    static final List<Counted> ACTIVITY = List.of(
            new Counted("MENTOR", "mentoring.mentors", "count(distinct a.mentor_person_id)", OWN_ASSIGNMENTS),
            new Counted("MENTEE", "mentoring.mentees", "count(distinct a.mentee_person_id)", OWN_ASSIGNMENTS),
            new Counted("ASSIGNMENT", "mentoring.assignments", null, null),
            new Counted("GROUP", "mentoring.groups", null, null));

    /** Mentees admitted: admissions decided in the period on or after the person's first assignment. */
    static final List<Counted> ADMISSIONS = List.of(new Counted("ADMITTED", "mentoring.menteesAdmitted",
            "count(distinct c.person_id)", "from development_candidate c where c.org_path = :root and c.decision_on between"
            + " :from and :to and c.decision_on >= (select min(a.start_date) from mentoring_assignment a"
            + " where a.mentee_person_id = c.person_id)"));

    private final JdbcClient jdbc;

    PresenceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the period is answered from the kept ranges; if so, the figures {@code counted} are in {@code set}. */
    boolean figures(FigureSet set, FigureScope scope, List<Counted> counted) {
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
        // every kind named, so that the primary key (counted, first year, last year, organization) is read by lookups
        String named = "counted in (" + counted.stream().map(c -> "'" + c.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
        Map<String, Long> sums = new HashMap<>();
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {first, last});
        scope.years().forEach(year -> ranges.add(new int[] {year, year}));
        StringBuilder sql = new StringBuilder();
        for (int[] range : ranges) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select counted, first_year, last_year, people")
                    .append(" from mentoring_presence where ").append(named).append(" and first_year = ").append(range[0])
                    .append(" and last_year = ").append(range[1]).append(" and organization_id = ")
                    .append(MentorSpells.organizationOf(scope.rootPath()));
        }
        jdbc.sql(sql.toString()).query(rs -> {
            sums.put(rs.getString(1) + rs.getInt(2) + "-" + rs.getInt(3), rs.getLong(4));
        });
        Map<String, Map<String, Long>> buckets = scope.hasBuckets() ? buckets(scope, counted, named, first, last, sums)
                : Map.of();
        for (Counted each : counted) {
            put(set, scope, each, first, last, sums, buckets);
        }
        return true;
    }

    private static void put(FigureSet set, FigureScope scope, Counted counted, int first, int last, Map<String, Long> sums,
                            Map<String, Map<String, Long>> buckets) {
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

    /**
     * Each direct sub-organization's figures of the whole range: its own row. The root's own rows counted are the total
     * less its sub-organizations'; its own people are counted from its own rows.
     */
    private Map<String, Map<String, Long>> buckets(FigureScope scope, List<Counted> counted, String named, int first,
                                                   int last, Map<String, Long> totals) {
        Map<String, Map<String, Long>> buckets = new HashMap<>();
        Map<Long, String> children = new HashMap<>();
        scope.buckets().forEach(path -> children.put(MentorSpells.organizationOf(path), path));
        String ids = children.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        jdbc.sql("select counted, organization_id, people from mentoring_presence where " + named + " and first_year = :first"
                        + " and last_year = :last and organization_id in (" + ids + ")")
                .param("first", first).param("last", last).query(rs -> {
                    buckets.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(children.get(rs.getLong(2)), rs.getLong(3));
                });
        Map<String, List<Counted>> ownPeople = new java.util.LinkedHashMap<>();
        for (Counted each : counted) {
            Map<String, Long> byChild = buckets.computeIfAbsent(each.name(), r -> new HashMap<>());
            if (each.people()) {
                ownPeople.computeIfAbsent(each.from(), f -> new ArrayList<>()).add(each);
            } else {
                long below = byChild.values().stream().mapToLong(Long::longValue).sum();
                byChild.put(scope.rootPath(), totals.getOrDefault(each.name() + first + "-" + last, 0L) - below);
            }
        }
        ownPeople.forEach((from, people) -> jdbc.sql("select " + people.stream().map(Counted::own)
                                .collect(java.util.stream.Collectors.joining(", ")) + " " + from)
                .param("root", scope.rootPath()).param("from", scope.from()).param("to", scope.to()).query(rs -> {
                    for (int i = 0; i < people.size(); i++) {
                        buckets.get(people.get(i).name()).put(scope.rootPath(), rs.getLong(i + 1));
                    }
                }));
        return buckets;
    }
}
