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
 * quần chúng tiến bộ khá trở lên), and their share of the mentees ({@link MentoringFigures}). A review carries its
 * assignment's mentee (V57), so this source reads the reviews alone and an assignment's change does not count it anew.
 */
@Component
class MentoringReviewFigures implements FigureSource {

    private final OverlapQueries overlaps;

    MentoringReviewFigures(JdbcClient jdbc) {
        this.overlaps = new OverlapQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mentoring_review");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        overlaps.distincts(set, scope, "r.org_path", "from mentoring_review r where " + scope.within("r.org_path")
                        + " and r.rating in ('EXCELLENT', 'GOOD')",
                "r.reviewed_on between :from and :to", Map.of(), "mentoring.menteesGoodOrBetter", "r.mentee_person_id");
        set.share("mentoring.menteesGoodOrBetterShare", "mentoring.menteesGoodOrBetter", "mentoring.mentees");
        return set;
    }
}
