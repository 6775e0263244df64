package vn.chibo.evaluation.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Emulation models by rulebook code (docs/figures.md, ‘emulation’): for the programmes of the years the
 * period touches, the subjects they were deployed to, the registrations, the decided assessments and the
 * recognitions, as subject-years and as distinct subjects. ‘Đơn vị vững mạnh toàn diện mẫu mực, tiêu biểu’
 * is the model {@code DON_VI_VMTD_MAU_MUC}: its decided assessments are the units assessed, its
 * recognitions the exemplary units ({@code units.*}).
 */
@Component
class EmulationFigures implements FigureSource {

    static final String UNIT_MODEL = "DON_VI_VMTD_MAU_MUC";
    /** A registration's subject: the member, or the organization (negative, so that the two never collide). */
    private static final String SUBJECT = "(case when r.person_id is null then 0 - r.organization_id else r.person_id end)";

    /** A unit's adapted copy of a model (Chi bộ 4 tốt of a division) counts as the model it was copied from. */
    private static final String MODEL = "coalesce(base.code, rb.code)";
    /** Rows count in their programme's year. */
    private static final String YEAR = "p.programme_year";

    private final JdbcClient jdbc;
    private final FigureQueries queries;

    EmulationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public boolean countsYears() {
        return true;
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        List<String> codes = jdbc.sql("select distinct code from rulebook where kind = 'EMULATION_MODEL' and based_on_id is null order by code")
                .query(String.class).list();
        for (String code : codes) {
            String k = "emulation." + code + ".";
            set.zero(k + "deployed", k + "registered", k + "registeredSubjects", k + "assessed", k + "recognised",
                    k + "recognisedSubjects");
            set.share(k + "recognisedShare", k + "recognised", k + "registered");
        }
        Map<String, Integer> years = Map.of("first", scope.from().getYear(), "last", scope.to().getYear());
        String programmes = " join programme p on p.id = x.programme_id join rulebook rb on rb.id = p.rulebook_id left join rulebook base on base.id = rb.based_on_id"
                + " where p.programme_year between :first and :last and ";
        queries.datedGrouped(set, scope, "x.org_path", YEAR, MODEL, c -> "emulation." + c + ".deployed",
                "from programme_subject x" + programmes + scope.within("x.org_path"), years, "count(*)");
        String registrations = "from registration r join programme p on p.id = r.programme_id"
                + " join rulebook rb on rb.id = p.rulebook_id left join rulebook base on base.id = rb.based_on_id where p.programme_year between :first and :last and "
                + scope.within("r.org_path");
        queries.datedGrouped(set, scope, "r.org_path", YEAR, MODEL, c -> "emulation." + c + ".registered", registrations, years,
                "count(*)");
        queries.datedGrouped(set, scope, "r.org_path", YEAR, MODEL, c -> "emulation." + c + ".registeredSubjects", registrations,
                years, "count(distinct " + SUBJECT + ")");
        String decided = registrations.replace("from registration r", "from registration r join assessment a"
                + " on a.registration_id = r.id") + " and a.status = 'DECIDED'";
        queries.datedGrouped(set, scope, "r.org_path", YEAR, MODEL, c -> "emulation." + c + ".assessed", decided, years, "count(*)");
        String recognised = decided + " and a.decided_recognised = true";
        queries.datedGrouped(set, scope, "r.org_path", YEAR, MODEL, c -> "emulation." + c + ".recognised", recognised, years,
                "count(*)");
        queries.datedGrouped(set, scope, "r.org_path", YEAR, MODEL, c -> "emulation." + c + ".recognisedSubjects", recognised,
                years, "count(distinct " + SUBJECT + ")");
        units(set, scope, years, decided);
        return set;
    }

    private void units(FigureSet set, FigureScope scope, Map<String, Integer> years, String decided) {
        queries.datedSums(set, scope, "r.org_path", YEAR, decided + " and " + MODEL + " = '" + UNIT_MODEL + "'", years,
                "units.assessed", "count(*)",
                "units.exemplary", "sum(case when a.decided_recognised = true then 1 else 0 end)");
        set.share("units.exemplaryShare", "units.exemplary", "units.assessed");
    }
}
