package vn.chibo.mentoring.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentees rated good or better in a review dated in the period (docs/figures.md, ‘mentoring.menteesGoodOrBetter’:
 * quần chúng tiến bộ khá trở lên), and their share of the mentees ({@link MentoringFigures}).
 */
@Component
class MentoringReviewFigures implements FigureSource {

    private final OverlapQueries overlaps;

    MentoringReviewFigures(JdbcClient jdbc) {
        this.overlaps = new OverlapQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mentoring_review", "mentoring_assignment");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        overlaps.distincts(set, scope, "r.org_path", "from mentoring_review r join mentoring_assignment a on a.id = r.assignment_id"
                        + " where " + scope.within("r.org_path") + " and r.rating in ('EXCELLENT', 'GOOD')",
                "r.reviewed_on between :from and :to", Map.of(), "mentoring.menteesGoodOrBetter", "a.mentee_person_id");
        set.share("mentoring.menteesGoodOrBetterShare", "mentoring.menteesGoodOrBetter", "mentoring.mentees");
        return set;
    }
}
