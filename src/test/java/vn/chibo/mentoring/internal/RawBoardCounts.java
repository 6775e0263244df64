package vn.chibo.mentoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.organization.Subtree;

/**
 * The mentoring board's counted figures per direct child (key 0 for the organization's own rows) counted from the rows
 * themselves, the way the board counted them before the yearly counts (V46): the reference the counts must equal.
 */
final class RawBoardCounts {

    private final JdbcClient jdbc;

    RawBoardCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** figure → child → count, zeros left out. */
    Map<String, Map<Long, Long>> count(String path, LocalDate from, LocalDate end, String period) {
        Map<String, Map<Long, Long>> figures = new TreeMap<>();
        String under = Subtree.of(path).sql("org_path");
        String running = " where start_date <= :end and (end_date is null or end_date > :end) and " + under;
        put(figures, "mentors", path, "select org_path, count(distinct mentor_person_id) from mentoring_assignment" + running,
                from, end, period);
        put(figures, "mentees", path, "select org_path, count(*) from mentoring_assignment" + running, from, end, period);
        // the total counts each mentor once, also one mentoring under two children (kept apart under key -1)
        put(figures, "mentors", -1, jdbc.sql("select count(distinct mentor_person_id) from mentoring_assignment" + running)
                .param("end", Date.valueOf(end)).query(Long.class).single());
        put(figures, "groups", path, "select org_path, count(*) from mentoring_group where formed_on <= :end"
                + " and (ended_on is null or ended_on > :end) and " + under, from, end, period);
        put(figures, "sessions", path, "select org_path, count(*) from mentoring_session where held_on >= :from"
                + " and held_on <= :end and " + under, from, end, period);
        put(figures, "reviewed", path, "select org_path, count(*) from mentoring_review where review_period = :p and " + under,
                from, end, period);
        put(figures, "reviewedGood", path, "select org_path, count(*) from mentoring_review where review_period = :p"
                + " and rating in ('EXCELLENT', 'GOOD') and " + under, from, end, period);
        for (MentoringOutcome kind : MentoringCounts.KINDS) {
            put(figures, kind.name(), path, "select org_path, count(*) from mentoring_outcome where kind = '" + kind.name()
                    + "' and occurred_on >= :from and occurred_on <= :end and " + under, from, end, period);
        }
        String during = " and a.start_date <= w.decision_date and (a.end_date is null or a.end_date >= w.decision_date))";
        for (String role : java.util.List.of("mentor", "mentee")) {
            put(figures, "awardedTo" + role, path, "select w.org_path, count(*) from award_record w where w.person_id is not null"
                    + " and exists (select 1 from mentoring_assignment a where a." + role + "_person_id = w.person_id" + during
                    + " and w.decision_date >= :from and w.decision_date <= :end and " + Subtree.of(path).sql("w.org_path"),
                    from, end, period);
        }
        return figures;
    }

    /** The same figures as the board shows them for each child; what is not under a child row is the own row (0). */
    static Map<String, Map<Long, Long>> of(MentoringBoard.Board board) {
        Map<String, Map<Long, Long>> figures = new TreeMap<>();
        for (MentoringBoard.Row row : board.rows()) {
            add(figures, row.organization().id(), row.figures(), 1);
            add(figures, 0, row.figures(), -1);
        }
        add(figures, 0, board.total(), 1);
        figures.values().forEach(m -> m.values().removeIf(n -> n == 0));
        figures.values().removeIf(Map::isEmpty);
        return figures;
    }

    /**
     * Raw figures with the children that are not rows of the board (inactive ones) counted as the own row, and the own
     * row's mentors making the total the subtree's distinct mentors.
     */
    static Map<String, Map<Long, Long>> folded(Map<String, Map<Long, Long>> raw, MentoringBoard.Board board) {
        java.util.Set<Long> rows = new java.util.HashSet<>();
        board.rows().forEach(r -> rows.add(r.organization().id()));
        Map<String, Map<Long, Long>> figures = new TreeMap<>();
        raw.forEach((figure, byChild) -> byChild.forEach((child, n) ->
                figures.computeIfAbsent(figure, k -> new TreeMap<>()).merge(rows.contains(child) || child < 0 ? child : 0L, n,
                        Long::sum)));
        Map<Long, Long> mentors = figures.getOrDefault("mentors", new TreeMap<>());
        long total = mentors.getOrDefault(-1L, 0L);
        mentors.remove(-1L);
        long underRows = mentors.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
        mentors.put(0L, total - underRows);
        mentors.values().removeIf(n -> n == 0);
        figures.values().removeIf(Map::isEmpty);
        return figures;
    }

    private static void add(Map<String, Map<Long, Long>> figures, long child, MentoringBoard.Figures f, int sign) {
        put(figures, "mentors", child, sign * f.mentors);
        put(figures, "mentees", child, sign * f.mentees);
        put(figures, "groups", child, sign * f.groups);
        put(figures, "sessions", child, sign * f.sessionsThisMonth);
        put(figures, "reviewed", child, sign * f.reviewed);
        put(figures, "reviewedGood", child, sign * f.reviewedGood);
        for (MentoringOutcome kind : MentoringCounts.KINDS) {
            put(figures, kind.name(), child, sign * f.outcome(kind));
        }
        put(figures, "awardedTomentor", child, sign * f.awardedMentors);
        put(figures, "awardedTomentee", child, sign * f.outcome(MentoringOutcome.AWARDED));
    }

    private static void put(Map<String, Map<Long, Long>> figures, String figure, long child, long n) {
        figures.computeIfAbsent(figure, k -> new TreeMap<>()).merge(child, n, Long::sum);
    }

    private void put(Map<String, Map<Long, Long>> figures, String figure, String path, String sql, LocalDate from,
                     LocalDate end, String period) {
        String column = sql.startsWith("select w.") ? "w.org_path" : "org_path";
        String child = Subtree.of(path).childIdSql(column);
        var spec = jdbc.sql(sql.replaceFirst("select " + column + ",", "select " + child + ",") + " group by " + child);
        spec = sql.contains(":from") ? spec.param("from", Date.valueOf(from)) : spec;
        spec = sql.contains(":end") ? spec.param("end", Date.valueOf(end)) : spec;
        spec = sql.contains(":p") ? spec.param("p", period) : spec;
        spec.query(rs -> {
            long id = rs.getLong(1);
            put(figures, figure, rs.wasNull() ? 0 : id, rs.getLong(2));
        });
    }
}
