package vn.chibo.mentoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * The mentoring board's counted figures per direct child, read from the per-organization yearly counts that the
 * database keeps in the writer's transaction (Flyway V46, {@code mentoring_count}, {@code mentoring_review_count}; awards
 * of the award register count for a mentor or a mentee by their person's role at the decision date): a sum
 * over a path-prefix range instead of a count over the subtree's assignments, groups and sessions. A period that is not
 * whole years subtracts the rows of its years that lie outside it, counted raw by date. Exact: equal to counting the
 * rows (MentoringCountsTest).
 */
@Component
class MentoringCounts {

    /** The outcome kinds the board counts from the mentoring records (awards come from the award register). */
    static final java.util.List<MentoringOutcome> KINDS = java.util.Arrays.stream(MentoringOutcome.values())
            .filter(k -> k != MentoringOutcome.AWARDED).toList();

    private final JdbcClient jdbc;

    MentoringCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a child's figures go: {@code null} (the root's own rows) or an unknown child go to {@code own}. */
    record Target(Map<Long, MentoringBoard.Figures> byChild, MentoringBoard.Figures own) {

        MentoringBoard.Figures of(Long child) {
            return child == null ? own : byChild.getOrDefault(child, own);
        }
    }

    /**
     * Adds mentors, mentees (assignments) and groups running at {@code end}, sessions, outcomes and awards dated from
     * {@code from} to {@code end}, and reviews of {@code period} under {@code root}.
     */
    void add(OrganizationRef root, Target target, LocalDate from, LocalDate end, String period) {
        String under = SubtreeSql.under("org_path", root.path());
        String child = Subtree.of(root.path()).childIdSql("org_path");
        int year = end.getYear();
        boolean dated = !from.isAfter(end);
        int firstYear = dated ? from.getYear() : year + 1;
        StringBuilder sums = new StringBuilder("select " + child + ", sum(running_mentors), sum(running_assignments),"
                + " sum(running_groups), sum(case when count_year >= :first then sessions_held else 0 end)");
        for (MentoringOutcome kind : KINDS) {
            sums.append(", sum(case when count_year >= :first then ").append(column(kind)).append(" else 0 end)");
        }
        sums.append(", sum(case when count_year >= :first then awards_to_mentors else 0 end)")
                .append(", sum(case when count_year >= :first then awards_to_mentees else 0 end)");
        sums.append(" from mentoring_count where ").append(under).append(" and count_year <= :year group by ").append(child);
        jdbc.sql(sums.toString()).param("first", firstYear).param("year", year).query(rs -> {
            MentoringBoard.Figures f = target.of(childId(rs));
            f.mentors += rs.getLong(2);
            f.mentees += rs.getLong(3);
            f.groups += rs.getLong(4);
            f.sessionsThisMonth += rs.getLong(5);
            for (int i = 0; i < KINDS.size(); i++) {
                f.outcomes.merge(KINDS.get(i), rs.getLong(6 + i), Long::sum);
            }
            f.awardedMentors += rs.getLong(6 + KINDS.size());
            f.outcomes.merge(MentoringOutcome.AWARDED, rs.getLong(7 + KINDS.size()), Long::sum);
        });
        jdbc.sql("select " + child + ", sum(reviewed), sum(reviewed_good) from mentoring_review_count where review_period = :p"
                + " and " + under + " group by " + child).param("p", period).query(rs -> {
            MentoringBoard.Figures f = target.of(childId(rs));
            f.reviewed += rs.getLong(2);
            f.reviewedGood += rs.getLong(3);
        });
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (end.isBefore(yearEnd)) {
            // what changed after the end day in its year is counted in the year but has not happened by the end day
            Map<String, Object> after = Map.of("a", Date.valueOf(end), "b", Date.valueOf(yearEnd));
            running(target, "mentoring_assignment", "start_date", "end_date", under, child, after, (f, n) -> f.mentees -= n);
            running(target, "mentoring_group", "formed_on", "ended_on", under, child, after, (f, n) -> f.groups -= n);
            grouped(target, "select " + child + ", sum(delta) from mentoring_mentor_event where event_day > :a and event_day <= :b"
                    + " and " + under + " group by " + child, after, (f, n) -> f.mentors -= n);
            if (dated) {
                dated(target, "> :a", "<= :b", under, child, after);
            }
        }
        LocalDate firstDay = LocalDate.of(firstYear, 1, 1);
        if (dated && from.isAfter(firstDay)) {
            dated(target, ">= :a", "< :b", under, child, Map.of("a", Date.valueOf(firstDay), "b", Date.valueOf(from)));
        }
    }

    /** Subtracts the sessions, outcomes and awards dated in a window of a counted year that lies outside the period. */
    private void dated(Target target, String lower, String upper, String under, String child, Map<String, Object> window) {
        jdbc.sql("select " + child + ", sum(to_mentor), sum(to_mentee) from mentoring_award where decision_date " + lower
                + " and decision_date " + upper + " and " + under + " group by " + child).params(new HashMap<>(window)).query(rs -> {
            MentoringBoard.Figures f = target.of(childId(rs));
            f.awardedMentors -= rs.getLong(2);
            f.outcomes.merge(MentoringOutcome.AWARDED, -rs.getLong(3), Long::sum);
        });
        grouped(target, "select " + child + ", count(*) from mentoring_session where held_on " + lower + " and held_on " + upper
                + " and " + under + " group by " + child, window, (f, n) -> f.sessionsThisMonth -= n);
        Map<String, MentoringOutcome> kinds = new HashMap<>();
        KINDS.forEach(k -> kinds.put(k.name(), k));
        Map<String, Object> params = new HashMap<>(window);
        jdbc.sql("select " + child + ", kind, count(*) from mentoring_outcome where occurred_on " + lower + " and occurred_on "
                + upper + " and " + under + " group by " + child + ", kind").params(params).query(rs -> {
            MentoringOutcome kind = kinds.get(rs.getString(2));
            if (kind != null) {
                target.of(childId(rs)).outcomes.merge(kind, -rs.getLong(3), Long::sum);
            }
        });
    }

    /** The changes of running rows (+1 at a start, -1 at an end after the start) dated in the window. */
    private void running(Target target, String table, String start, String end, String under, String child,
                         Map<String, Object> window, ObjLongConsumer<MentoringBoard.Figures> subtract) {
        grouped(target, "select " + child + ", sum(case when " + start + " > :a and " + start + " <= :b and (" + end
                + " is null or " + end + " > " + start + ") then 1 else 0 end) - sum(case when " + end + " > :a and " + end
                + " <= :b and " + end + " > " + start + " then 1 else 0 end) from " + table + " where ((" + start + " > :a and "
                + start + " <= :b) or (" + end + " > :a and " + end + " <= :b)) and " + under + " group by " + child,
                window, subtract);
    }

    private void grouped(Target target, String sql, Map<String, Object> params, ObjLongConsumer<MentoringBoard.Figures> add) {
        jdbc.sql(sql).params(new HashMap<>(params)).query(rs -> {
            add.accept(target.of(childId(rs)), rs.getLong(2));
        });
    }

    private static Long childId(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(1);
        return rs.wasNull() ? null : id;
    }

    private static String column(MentoringOutcome kind) {
        return "outcomes_" + kind.name().toLowerCase(Locale.ROOT);
    }
}
