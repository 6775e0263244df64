package vn.chibo.mentoring.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.OverlapQueries;

/**
 * Mentees admitted (docs/figures.md, ‘mentoring.menteesAdmitted’: quần chúng được dìu dắt đã kết nạp): admission
 * decisions (the development pipeline's) dated in the period of people who had a mentoring assignment started by the
 * decision date; for one to five whole years from the counts kept per range of years ({@link PresenceCounts}, V61). A
 * source of its own, so that a decision counts only it anew, and an assignment's change only when it touches a mentee
 * admitted after it started (the journal's {@code mentoring_assignment:admissions}).
 */
@Component
class MenteesAdmittedFigures implements FigureSource {

    private final OverlapQueries overlaps;
    private final PresenceCounts presence;

    MenteesAdmittedFigures(JdbcClient jdbc, PresenceCounts presence) {
        this.overlaps = new OverlapQueries(jdbc);
        this.presence = presence;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("development_candidate", "mentoring_assignment:admissions");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        if (presence.figures(set, scope, PresenceCounts.ADMISSIONS)) {
            return set;
        }
        overlaps.distincts(set, scope, "c.org_path", "from development_candidate c where " + scope.within("c.org_path")
                        + " and exists (select 1 from mentoring_assignment a where a.mentee_person_id = c.person_id"
                        + " and a.start_date <= c.decision_on)",
                "c.decision_on between :from and :to", Map.of(), "mentoring.menteesAdmitted", "c.person_id");
        return set;
    }
}
