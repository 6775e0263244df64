package vn.chibo.recognition.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Awards and discipline (docs/figures.md, ‘awards’, ‘discipline’) from the registers, by decision date
 * in the period: award rows by recipient kind, form and level, distinct decisions; discipline by form. Mentors
 * awarded are {@link MentorsAwardedFigures}.
 */
@Component
class RecognitionFigures implements FigureSource {

    private final FigureQueries queries;

    RecognitionFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("award_record", "discipline_record");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        String awards = "from award_record w where " + scope.within("w.org_path") + " and w.decision_date between :from and :to";
        String[] sums = new String[6 + (AwardType.values().length + AwardLevel.values().length) * 2];
        int i = 0;
        sums[i++] = "awards.total";
        sums[i++] = "count(*)";
        sums[i++] = "awards.collective";
        sums[i++] = "sum(case when w.recipient_kind = 'ORGANIZATION' then 1 else 0 end)";
        sums[i++] = "awards.individual";
        sums[i++] = "sum(case when w.recipient_kind = 'PERSON' then 1 else 0 end)";
        for (AwardType type : AwardType.values()) {
            sums[i++] = "awards.form." + type.name();
            sums[i++] = "sum(case when w.award_form = '" + type.name() + "' then 1 else 0 end)";
        }
        for (AwardLevel level : AwardLevel.values()) {
            sums[i++] = "awards.level." + level.name();
            sums[i++] = "sum(case when w.issuing_level = '" + level.name() + "' then 1 else 0 end)";
        }
        queries.datedSums(set, scope, "w.org_path", "extract(year from w.decision_date)", awards, Map.of(), sums);
        queries.distinct(set, scope, "w.org_path", awards, Map.of(), "awards.decisions",
                "w.decision_number || '|' || cast(w.decision_date as varchar(10))");
        String[] discipline = new String[6 + DisciplineMeasure.values().length * 2];
        i = 0;
        discipline[i++] = "discipline.total";
        discipline[i++] = "count(*)";
        discipline[i++] = "discipline.members";
        discipline[i++] = "sum(case when d.person_id is not null then 1 else 0 end)";
        discipline[i++] = "discipline.organizations";
        discipline[i++] = "sum(case when d.subject_org_id is not null then 1 else 0 end)";
        for (DisciplineMeasure measure : DisciplineMeasure.values()) {
            discipline[i++] = "discipline.form." + measure.name();
            discipline[i++] = "sum(case when d.discipline_form = '" + measure.name() + "' then 1 else 0 end)";
        }
        queries.datedSums(set, scope, "d.org_path", "extract(year from d.decision_date)", "from discipline_record d where " + scope.within("d.org_path")
                + " and d.decision_date between :from and :to", Map.of(), discipline);
        return set;
    }
}
