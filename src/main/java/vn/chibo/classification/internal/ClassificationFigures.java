package vn.chibo.classification.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Annual classification (docs/figures.md, ‘classification’), for the rounds of the years the period
 * touches, per subject kind: cells (organizations of type CELL), committees (the other organizations)
 * and members. Entries count once per subject and year; shares are among the decided entries, exempt
 * ones excluded.
 */
@Component
class ClassificationFigures implements FigureSource {

    private static final Map<String, String> KINDS = Map.of(
            "cells", "e.subject_kind = 'ORGANIZATION' and e.org_type = 'CELL'",
            "committees", "e.subject_kind = 'ORGANIZATION' and (e.org_type is null or e.org_type <> 'CELL')",
            "members", "e.subject_kind = 'MEMBER'");

    private final FigureQueries queries;

    ClassificationFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("classification_entry");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        Map<String, Integer> years = Map.of("first", scope.from().getYear(), "last", scope.to().getYear());
        String[] sums = new String[KINDS.size() * 16];
        int i = 0;
        for (var kind : KINDS.entrySet()) {
            String k = "classification." + kind.getKey() + ".";
            String is = kind.getValue();
            for (String[] figure : new String[][] {
                    {"entries", "1 = 1"},
                    {"decided", "e.decided_grade in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')"},
                    {"excellent", "e.decided_grade = 'EXCELLENT'"},
                    {"good", "e.decided_grade = 'GOOD'"},
                    {"completed", "e.decided_grade = 'COMPLETED'"},
                    {"notCompleted", "e.decided_grade = 'NOT_COMPLETED'"},
                    {"exempt", "e.decided_grade = 'EXEMPT'"},
                    {"goodOrBetter", "e.decided_grade in ('EXCELLENT', 'GOOD')"}}) {
                sums[i++] = k + figure[0];
                sums[i++] = "sum(case when " + is + " and " + figure[1] + " then 1 else 0 end)";
            }
            set.share(k + "goodOrBetterShare", k + "goodOrBetter", k + "decided");
            set.share(k + "excellentShare", k + "excellent", k + "decided");
        }
        queries.datedSums(set, scope, "e.org_path", "e.round_year", "from classification_entry e where e.round_year between :first and :last and "
                + scope.within("e.org_path"), years, sums);
        return set;
    }
}
