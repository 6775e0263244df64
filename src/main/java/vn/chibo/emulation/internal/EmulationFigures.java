package vn.chibo.emulation.internal;

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
    public java.util.Set<String> tables() {
        return java.util.Set.of("programme", "programme_subject", "registration", "assessment", "rulebook");
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
                + " join rulebook rb on rb.id = p.rulebook_id left join rulebook base on base.id = rb.based_on_id"
                + " left join assessment a on a.registration_id = r.id and a.status = 'DECIDED'"
                + " where p.programme_year between :first and :last and " + scope.within("r.org_path");
        set.zero("units.assessed", "units.exemplary");
        set.share("units.exemplaryShare", "units.exemplary", "units.assessed");
        counts(set, scope, years, registrations);
        subjects(set, scope, years, registrations);
        return set;
    }

    /**
     * Registrations, decided assessments and recognitions (at most one assessment per registration) in one statement
     * grouped by bucket, model and, for a scope by year, programme year; the unit model's also count as
     * {@code units.assessed} and {@code units.exemplary}.
     */
    private void counts(FigureSet set, FigureScope scope, Map<String, Integer> years, String registrations) {
        String bucket = scope.bucket("r.org_path");
        String groups = (scope.byYear() ? YEAR + ", " : "") + bucket + ", " + MODEL;
        jdbc.sql("select " + groups + ", count(*), count(a.id), sum(case when a.decided_recognised = true then 1 else 0 end) "
                        + registrations + " group by " + groups)
                .params(years).query(rs -> {
                    int c = scope.byYear() ? 2 : 1;
                    Integer year = scope.byYear() ? rs.getInt(1) : null;
                    String model = rs.getString(c + 1);
                    String k = "emulation." + model + ".";
                    long[] values = {rs.getLong(c + 2), rs.getLong(c + 3), rs.getLong(c + 4)};
                    String[] keys = UNIT_MODEL.equals(model)
                            ? new String[] {k + "registered", k + "assessed", k + "recognised", null, "units.assessed", "units.exemplary"}
                            : new String[] {k + "registered", k + "assessed", k + "recognised"};
                    for (int i = 0; i < keys.length; i++) {
                        if (keys[i] != null) {
                            set.add(rs.getString(c), keys[i], values[i % 3]);
                            if (year != null) {
                                set.addYear(year, keys[i], values[i % 3]);
                            }
                        }
                    }
                });
    }

    /**
     * Distinct subjects registered and recognised: per bucket, in total and (by year) per programme year, in one
     * statement. The registrations are grouped once by (bucket, model, subject) with a flag per programme year and for
     * a recognition; the buckets count those groups, the totals and years count them again grouped by (model,
     * subject). Hashed groups instead of {@code count(distinct ...)}, which sorts every row (and spilled to disk).
     */
    private void subjects(FigureSet set, FigureScope scope, Map<String, Integer> years, String registrations) {
        List<Integer> parts = scope.years();
        String recognised = "a.decided_recognised = true";
        StringBuilder flags = new StringBuilder(", max(case when " + recognised + " then 1 else 0 end) as rc");
        StringBuilder merged = new StringBuilder(", max(rc) as rc");
        StringBuilder sums = new StringBuilder("count(*), sum(rc)");
        for (int i = 0; i < parts.size(); i++) {
            flags.append(", max(case when ").append(YEAR).append(" = ").append(parts.get(i)).append(" then 1 else 0 end) as g")
                    .append(i).append(", max(case when ").append(YEAR).append(" = ").append(parts.get(i)).append(" and ")
                    .append(recognised).append(" then 1 else 0 end) as r").append(i);
            merged.append(", max(g").append(i).append(") as g").append(i).append(", max(r").append(i).append(") as r").append(i);
            sums.append(", sum(g").append(i).append("), sum(r").append(i).append(")");
        }
        String bucket = scope.bucket("r.org_path");
        jdbc.sql("with s as (select " + bucket + " as b, " + MODEL + " as m, " + SUBJECT + " as v" + flags + " "
                        + registrations + " group by " + bucket + ", " + MODEL + ", " + SUBJECT + ")"
                        + " select 0 as whole, b, m, " + sums + " from s group by b, m"
                        + " union all select 1, cast(null as varchar(400)), m, " + sums + " from (select m, v" + merged
                        + " from s group by m, v) t group by m")
                .params(years).query(rs -> {
                    String k = "emulation." + rs.getString(3) + ".";
                    if (rs.getInt(1) == 0) {
                        set.distinct(rs.getString(2), k + "registeredSubjects", rs.getLong(4));
                        set.distinct(rs.getString(2), k + "recognisedSubjects", rs.getLong(5));
                        return;
                    }
                    set.distinctTotal(k + "registeredSubjects", rs.getLong(4));
                    set.distinctTotal(k + "recognisedSubjects", rs.getLong(5));
                    for (int i = 0; i < parts.size(); i++) {
                        set.distinctYear(parts.get(i), k + "registeredSubjects", rs.getLong(6 + 2 * i));
                        set.distinctYear(parts.get(i), k + "recognisedSubjects", rs.getLong(7 + 2 * i));
                    }
                });
    }
}
