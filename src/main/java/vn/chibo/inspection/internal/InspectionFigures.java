package vn.chibo.inspection.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Inspection and supervision figures (docs/figures.md, ‘inspection’), placed by the subject's
 * organization ({@code org_path}): inspections and supervisions started in the period by kind, findings
 * found in it by type, repeat findings, remediation actions verified effective in it, and the average
 * days to close the findings closed in it.
 */
@Component
class InspectionFigures implements FigureSource {

    private final FigureQueries queries;

    InspectionFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("inspection", "inspection_finding", "remediation_action");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        String[] inspections = new String[4 + InspectionKind.values().length * 2];
        int i = 0;
        inspections[i++] = "inspection.inspections";
        inspections[i++] = "sum(case when i.activity = 'INSPECTION' then 1 else 0 end)";
        inspections[i++] = "inspection.supervisions";
        inspections[i++] = "sum(case when i.activity = 'SUPERVISION' then 1 else 0 end)";
        for (InspectionKind kind : InspectionKind.values()) {
            inspections[i++] = "inspection.kind." + kind.name();
            inspections[i++] = "sum(case when i.inspection_kind = '" + kind.name() + "' then 1 else 0 end)";
        }
        queries.datedSums(set, scope, "i.org_path", "extract(year from i.starts_on)", "from inspection i where " + scope.within("i.org_path")
                + " and i.starts_on between :from and :to", Map.of(), inspections);
        queries.datedSums(set, scope, "f.org_path", "extract(year from f.found_on)", "from inspection_finding f where " + scope.within("f.org_path")
                        + " and f.found_on between :from and :to", Map.of(),
                "inspection.findings.STRENGTH", "sum(case when f.finding_type = 'STRENGTH' then 1 else 0 end)",
                "inspection.findings.SHORTCOMING", "sum(case when f.finding_type = 'SHORTCOMING' then 1 else 0 end)",
                "inspection.findings.VIOLATION", "sum(case when f.finding_type = 'VIOLATION' then 1 else 0 end)",
                "inspection.repeatFindings", "sum(case when f.repeat_of_id is not null then 1 else 0 end)");
        queries.datedSums(set, scope, "f.org_path", "extract(year from f.closed_on)", "from inspection_finding f where " + scope.within("f.org_path")
                        + " and f.closed_on between :from and :to", Map.of(),
                "inspection.findingsClosed", "count(*)",
                "inspection.daysToCloseSum", "coalesce(sum(f.days_to_close), 0)");
        set.ratio("inspection.averageDaysToClose", "inspection.daysToCloseSum", "inspection.findingsClosed");
        queries.datedSums(set, scope, "r.org_path", "extract(year from r.verified_on)", "from remediation_action r where " + scope.within("r.org_path")
                        + " and r.verified_on between :from and :to", Map.of(),
                "inspection.remediationVerified", "count(*)",
                "inspection.remediationEffective", "sum(case when r.verification = 'EFFECTIVE' then 1 else 0 end)");
        set.share("inspection.remediationEffectiveShare", "inspection.remediationEffective", "inspection.remediationVerified");
        return set;
    }
}
