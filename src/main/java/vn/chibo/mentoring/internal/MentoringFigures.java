package vn.chibo.mentoring.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentoring figures of a subtree and period (docs/figures.md, ‘mentoring’): people with an assignment
 * overlapping the period and groups active in it; for one to five whole years all four from the counts kept per range of
 * years ({@link PresenceCounts}). Sessions held ({@link MentoringSessionFigures}) and mentees
 * rated good or better ({@link MentoringReviewFigures}) are sources of their own, so that a session or a review
 * recorded counts only its figures anew; mentees admitted ({@link MenteesAdmittedFigures}) too, so that a decision
 * counts only them anew, and mentors awarded come from the register that owns awards (recognition).
 */
@Component
class MentoringFigures implements FigureSource {

    private static final String OVERLAPPING = "a.start_date <= :to and (a.end_date is null or a.end_date >= :from)";

    private final OverlapQueries overlaps;
    private final PresenceCounts presence;

    MentoringFigures(JdbcClient jdbc, PresenceCounts presence) {
        this.overlaps = new OverlapQueries(jdbc);
        this.presence = presence;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mentoring_assignment", "mentoring_group");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        String assignments = "from mentoring_assignment a where " + scope.within("a.org_path");
        if (presence.figures(set, scope, PresenceCounts.ACTIVITY)) {
            return set;
        }
        overlaps.distincts(set, scope, "a.org_path", assignments, OVERLAPPING, Map.of(),
                "mentoring.mentors", "a.mentor_person_id", "mentoring.mentees", "a.mentee_person_id");
        overlaps.counts(set, scope, "a.org_path", assignments, OVERLAPPING, Map.of(), "mentoring.assignments");
        overlaps.counts(set, scope, "g.org_path", "from mentoring_group g where " + scope.within("g.org_path"),
                "g.formed_on <= :to and (g.ended_on is null or g.ended_on >= :from)", Map.of(), "mentoring.groups");
        return set;
    }
}
