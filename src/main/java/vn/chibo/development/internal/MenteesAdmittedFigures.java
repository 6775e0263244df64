package vn.chibo.development.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentees admitted (docs/figures.md, ‘mentoring.menteesAdmitted’: quần chúng được dìu dắt đã kết nạp): admission
 * decisions dated in the period of people who had a mentoring assignment started by the decision date. The pipeline
 * owns admission; a source of its own, so that a mentoring assignment's change does not count the pipeline's stages.
 */
@Component
class MenteesAdmittedFigures implements FigureSource {

    private final OverlapQueries overlaps;

    MenteesAdmittedFigures(JdbcClient jdbc) {
        this.overlaps = new OverlapQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("development_candidate", "mentoring_assignment:admissions");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        overlaps.distincts(set, scope, "c.org_path", "from development_candidate c where " + scope.within("c.org_path")
                        + " and exists (select 1 from mentoring_assignment a where a.mentee_person_id = c.person_id"
                        + " and a.start_date <= c.decision_on)",
                "c.decision_on between :from and :to", Map.of(), "mentoring.menteesAdmitted", "c.person_id");
        return set;
    }
}
