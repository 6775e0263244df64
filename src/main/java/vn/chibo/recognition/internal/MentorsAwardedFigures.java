package vn.chibo.recognition.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentors awarded (docs/figures.md, ‘mentoring.mentorsAwarded’: người dìu dắt được khen thưởng): people awarded in
 * the period while they had a mentoring assignment running on the decision date. The award register owns the award;
 * a source of its own, so that a mentoring assignment's change does not count every award anew.
 */
@Component
class MentorsAwardedFigures implements FigureSource {

    private final OverlapQueries overlaps;

    MentorsAwardedFigures(JdbcClient jdbc) {
        this.overlaps = new OverlapQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("award_record", "mentoring_assignment:awards");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        overlaps.distincts(set, scope, "w.org_path", "from award_record w where " + scope.within("w.org_path")
                        + " and w.person_id is not null and exists (select 1 from mentoring_assignment a where"
                        + " a.mentor_person_id = w.person_id and a.start_date <= w.decision_date"
                        + " and (a.end_date is null or a.end_date >= w.decision_date))",
                "w.decision_date between :from and :to", Map.of(), "mentoring.mentorsAwarded", "w.person_id");
        return set;
    }
}
