package vn.chibo.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures of rows chosen by a condition on the period ({@code overlap}, naming {@code :from} and {@code :to}: an
 * assignment running in it, a review dated in it) kept apart from the rest of the {@code where} ({@code fromWhere},
 * which does not name the period). For a scope by year, each year's figure is a conditional aggregate over the one
 * scan of the rows overlapping the whole period, the condition rewritten with the year's bounds
 * ({@link FigureScope#forYear}), instead of joining every row with every part of the period
 * ({@link FigureScope#overParts}), which PostgreSQL cannot hash as well (measured in docs/benchmarks.md).
 */
public final class OverlapQueries {

    private final JdbcClient jdbc;
    private final FigureQueries queries;

    public OverlapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.queries = new FigureQueries(jdbc);
    }

    /** The number of rows overlapping the period, per bucket, in total and (by year) in each year. */
    public void counts(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, String overlap,
                       Map<String, ?> params, String key) {
        String where = fromWhere + " and " + overlap;
        if (!scope.byYear()) {
            queries.sums(set, scope, pathColumn, where, params, key, "count(*)");
            return;
        }
        set.zero(key);
        List<Integer> years = scope.years();
        List<String> aggregates = new java.util.ArrayList<>(List.of("count(*)"));
        for (int year : years) {
            aggregates.add("sum(case when " + scope.forYear(year, overlap) + " then 1 else 0 end)");
        }
        jdbc.sql(FigureQueries.byPath(scope, pathColumn, List.of(), aggregates, where)).params(parameters(scope, params)).query(rs -> {
            set.add(rs.getString(1), key, rs.getLong(2));
            for (int i = 0; i < years.size(); i++) {
                set.addYear(years.get(i), key, rs.getLong(3 + i));
            }
        });
    }

    /**
     * Distinct counts ({@code keysAndExpressions} alternates a key and the expression counted distinct) of rows
     * overlapping the period. The total and the years come from one statement grouped by the value, with a flag per
     * year telling whether one of the value's rows overlaps that year; the buckets from the distinct (bucket, value)
     * pairs. Both are hashed by PostgreSQL, neither multiplies the rows.
     */
    public void distincts(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, String overlap,
                          Map<String, ?> params, String... keysAndExpressions) {
        String where = fromWhere + " and " + overlap;
        if (!scope.byYear()) {
            queries.distincts(set, scope, pathColumn, where, params, keysAndExpressions);
            return;
        }
        Map<String, Object> parameters = parameters(scope, params);
        List<Integer> years = scope.years();
        for (int k = 0; k < keysAndExpressions.length; k += 2) {
            String key = keysAndExpressions[k];
            String expression = keysAndExpressions[k + 1];
            StringBuilder flags = new StringBuilder();
            StringBuilder sums = new StringBuilder("count(*)");
            for (int i = 0; i < years.size(); i++) {
                flags.append(", max(case when ").append(scope.forYear(years.get(i), overlap))
                        .append(" then 1 else 0 end) as y").append(i);
                sums.append(", coalesce(sum(y").append(i).append("), 0)");
            }
            long[] total = new long[1];
            jdbc.sql("select " + sums + " from (select " + expression + " as v" + flags + " " + where + " group by "
                    + expression + ") d").params(parameters).query(rs -> {
                        total[0] = rs.getLong(1);
                        for (int i = 0; i < years.size(); i++) {
                            set.distinctYear(years.get(i), key, rs.getLong(2 + i));
                        }
                    });
            if (scope.hasBuckets()) {
                jdbc.sql("select b, count(v) from (select distinct " + scope.bucket(pathColumn) + " as b, " + expression
                                + " as v " + where + ") d group by b").params(parameters)
                        .query(rs -> {
                            set.distinct(rs.getString(1), key, rs.getLong(2));
                        });
            } else {
                set.distinct(scope.rootPath(), key, total[0]);
            }
            set.distinctTotal(key, total[0]);
        }
    }

    private static Map<String, Object> parameters(FigureScope scope, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("from", scope.from());
        all.put("to", scope.to());
        return all;
    }
}
