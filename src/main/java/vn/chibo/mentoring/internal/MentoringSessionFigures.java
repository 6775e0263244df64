package vn.chibo.mentoring.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/** Mentoring sessions held in the period (docs/figures.md, ‘mentoring.sessions’): buổi sinh hoạt tổ dìu dắt. */
@Component
class MentoringSessionFigures implements FigureSource {

    private final FigureQueries queries;

    MentoringSessionFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("mentoring_session");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        queries.datedSums(set, scope, "s.org_path", "extract(year from s.held_on)", "from mentoring_session s where "
                        + scope.within("s.org_path") + " and s.held_on between :from and :to", Map.of(),
                "mentoring.sessions", "count(*)");
        return set;
    }
}
