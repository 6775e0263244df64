package vn.chibo.mentoring.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentoring figures of a subtree and period (docs/figures.md, ‘mentoring’): people with an assignment
 * overlapping the period, groups active in it, sessions held, mentees rated good or better. Mentees
 * admitted and mentors awarded come from the registers that own those facts (development, recognition).
 */
@Component
class MentoringFigures implements FigureSource {

    private static final String OVERLAPPING = "a.start_date <= :to and (a.end_date is null or a.end_date >= :from)";

    private final FigureQueries queries;
    private final OverlapQueries overlaps;

    MentoringFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
        this.overlaps = new OverlapQueries(jdbc);
    }

    @Override
    public boolean countsYears() {
        return true;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mentoring_assignment", "mentoring_group", "mentoring_session", "mentoring_review");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        String assignments = "from mentoring_assignment a where " + scope.within("a.org_path");
        overlaps.distincts(set, scope, "a.org_path", assignments, OVERLAPPING, Map.of(),
                "mentoring.mentors", "a.mentor_person_id", "mentoring.mentees", "a.mentee_person_id");
        overlaps.counts(set, scope, "a.org_path", assignments, OVERLAPPING, Map.of(), "mentoring.assignments");
        overlaps.counts(set, scope, "g.org_path", "from mentoring_group g where " + scope.within("g.org_path"),
                "g.formed_on <= :to and (g.ended_on is null or g.ended_on >= :from)", Map.of(), "mentoring.groups");
        queries.datedSums(set, scope, "s.org_path", "extract(year from s.held_on)", "from mentoring_session s where " + scope.within("s.org_path")
                        + " and s.held_on between :from and :to", Map.of(),
                "mentoring.sessions", "count(*)");
        overlaps.distincts(set, scope, "r.org_path", "from mentoring_review r join mentoring_assignment a on a.id = r.assignment_id"
                        + " where " + scope.within("r.org_path") + " and r.rating in ('EXCELLENT', 'GOOD')",
                "r.reviewed_on between :from and :to", Map.of(), "mentoring.menteesGoodOrBetter", "a.mentee_person_id");
        set.share("mentoring.menteesGoodOrBetterShare", "mentoring.menteesGoodOrBetter", "mentoring.mentees");
        return set;
    }
}
