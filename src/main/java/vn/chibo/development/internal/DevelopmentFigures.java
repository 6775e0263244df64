package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Party development figures (docs/figures.md, ‘development’): candidates reaching each stage in the
 * period (from the timeline), admission and recognition decisions dated in it, deadlines overdue at
 * the period's end (or today, for a period not over). Mentees admitted are mentoring's ({@code MenteesAdmittedFigures}).
 */
@Component
class DevelopmentFigures implements FigureSource {

    private final JdbcClient jdbc;
    private final FigureQueries queries;
    private final RuleDocuments rulebooks;
    private final Clock clock;

    DevelopmentFigures(JdbcClient jdbc, RuleDocuments rulebooks, Clock clock) {
        this.jdbc = jdbc;
        this.queries = new FigureQueries(jdbc);
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("development_candidate", "development_event", "rulebook");
    }

    /** Deadlines are overdue as of today for a period not over. */
    @Override
    public boolean dependsOnToday() {
        return true;
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        for (Stage stage : Stage.values()) {
            set.zero("development.reached." + stage.name());
        }
        String bucket = scope.bucket("c.org_path");
        // a candidate lies in one bucket: the buckets' distinct counts sum to the total; each year's count is a flag
        // per candidate over the one scan of the period's events (no join with the parts of the period)
        List<Integer> years = scope.years();
        StringBuilder flags = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            flags.append(", max(case when ").append(scope.forYear(years.get(i), "e.occurred_on between :from and :to"))
                    .append(" then 1 else 0 end) as y").append(i);
            sums.append(", sum(y").append(i).append(")");
        }
        jdbc.sql("select b, stage, count(*)" + sums + " from (select " + bucket + " as b, e.stage as stage, e.candidate_id"
                        + flags + " from development_event e join development_candidate c on c.id = e.candidate_id where "
                        + scope.within("c.org_path") + " and e.occurred_on between :from and :to group by " + bucket
                        + ", e.stage, e.candidate_id) d group by b, stage")
                .params(Map.of("from", scope.from(), "to", scope.to()))
                .query(rs -> {
                    String key = "development.reached." + rs.getString(2);
                    set.add(rs.getString(1), key, rs.getLong(3));
                    for (int i = 0; i < years.size(); i++) {
                        set.addYear(years.get(i), key, rs.getLong(4 + i));
                    }
                });
        String candidates = "from development_candidate c where " + scope.within("c.org_path");
        queries.sums(set, scope, "c.org_path", candidates, Map.of(),
                "development.admitted", "sum(case when c.decision_on between :from and :to then 1 else 0 end)",
                "development.recognisedOfficial",
                "sum(case when c.recognition_decision_on between :from and :to then 1 else 0 end)");
        overdue(set, scope);
        return set;
    }

    /**
     * Running steps past their deadline on the period's last day (today at the latest), by the rules in force that day
     * for each organization (today's where none was yet); for a scope by year, also on each year's last day. Counted in
     * the database per bucket: each day's "overdue" is a range of start dates per rule region and step
     * ({@link DeadlineQuery#condition}), so no candidate is read into Java.
     */
    private void overdue(FigureSet set, FigureScope scope) {
        LocalDate today = LocalDate.now(clock);
        Map<Integer, LocalDate> days = new LinkedHashMap<>();
        days.put(FigureScope.WHOLE, earlier(scope.to(), today));
        for (int year : scope.years()) {
            days.put(year, earlier(scope.period().within(year).to(), today));
        }
        set.zero("development.overdue");
        List<Rulebook> all = rulebooks.published(Rulebook.Kind.DEVELOPMENT);
        RuleRegions todays = RuleRegions.of(all, scope.rootPath(), today);
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        for (LocalDate day : days.values()) {
            RuleRegions regions = RuleRegions.of(all, scope.rootPath(), day).orElse(todays);
            conditions.add(DeadlineQuery.condition(regions, region -> new DeadlineQuery.Window(null, day), "d" + conditions.size(),
                    params));
        }
        List<Integer> parts = new ArrayList<>(days.keySet());
        jdbc.sql("select " + scope.bucket("org_path") + conditions.stream().map(c -> ", sum(case when " + c + " then 1 else 0 end)")
                        .collect(Collectors.joining()) + " from development_candidate where " + scope.within("org_path")
                        + " and (" + String.join(" or ", conditions) + ") group by " + scope.bucket("org_path"))
                .params(params)
                .query(rs -> {
                    for (int i = 0; i < parts.size(); i++) {
                        long overdue = rs.getLong(2 + i);
                        if (parts.get(i) == FigureScope.WHOLE) {
                            set.add(rs.getString(1), "development.overdue", overdue);
                        } else {
                            set.addYear(parts.get(i), "development.overdue", overdue);
                        }
                    }
                });
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
