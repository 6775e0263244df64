package vn.chibo.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two shapes of figure query, so that every {@link FigureSource} buckets and totals the same way.
 * {@code fromWhere} is the {@code from ... where ...} part of the query (bind parameters {@code :from}
 * and {@code :to} are the period's days, others come in {@code params}); {@code pathColumn} places a
 * row in a bucket.
 */
public final class FigureQueries {

    private final JdbcClient jdbc;

    public FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Additive figures: {@code keysAndAggregates} alternates a key and its SQL aggregate
     * ({@code ‘meetings.held’, ‘count(*)’, ‘meetings.onTime’, ‘sum(case when ... then 1 else 0 end)’}).
     */
    public void sums(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, Map<String, ?> params,
                     String... keysAndAggregates) {
        StringBuilder select = new StringBuilder("select ").append(scope.bucket(pathColumn)).append(" as bucket");
        for (int i = 1; i < keysAndAggregates.length; i += 2) {
            select.append(", ").append(keysAndAggregates[i]);
        }
        String sql = select + " " + fromWhere + (scope.hasBuckets() ? " group by " + scope.bucket(pathColumn) : "");
        for (int i = 0; i < keysAndAggregates.length; i += 2) {
            set.zero(keysAndAggregates[i]);
        }
        jdbc.sql(sql).params(parameters(scope, params)).query(rs -> {
            String bucket = rs.getString(1);
            for (int i = 0; i < keysAndAggregates.length; i += 2) {
                set.add(bucket, keysAndAggregates[i], number(rs.getObject(i / 2 + 2)));
            }
        });
    }

    /** A distinct count ({@code count(distinct expression)}) per bucket and, by its own query, in total. */
    public void distinct(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, Map<String, ?> params,
                         String key, String expression) {
        Map<String, Object> parameters = parameters(scope, params);
        long total = jdbc.sql("select count(distinct " + expression + ") " + fromWhere).params(parameters)
                .query(Long.class).single();
        if (scope.hasBuckets()) {
            jdbc.sql("select " + scope.bucket(pathColumn) + ", count(distinct " + expression + ") " + fromWhere
                            + " group by " + scope.bucket(pathColumn)).params(parameters)
                    .query(rs -> {
                        set.distinct(rs.getString(1), key, rs.getLong(2));
                    });
        } else {
            set.distinct(scope.rootPath(), key, total);
        }
        set.distinctTotal(key, total);
    }

    /**
     * Counts split by a group column whose value names the figure ({@code key.apply(group)}), e.g. one
     * figure per rulebook code. {@code countExpression} is {@code count(*)} (additive) or
     * {@code count(distinct ...)}: then the totals come from their own query grouped by the column only.
     */
    public void grouped(FigureSet set, FigureScope scope, String pathColumn, String groupColumn,
                        java.util.function.Function<String, String> key, String fromWhere, Map<String, ?> params,
                        String countExpression) {
        Map<String, Object> parameters = parameters(scope, params);
        boolean distinct = countExpression.replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith("count(distinct");
        String bucket = scope.bucket(pathColumn);
        jdbc.sql("select " + bucket + ", " + groupColumn + ", " + countExpression + " " + fromWhere + " group by " + bucket
                        + ", " + groupColumn).params(parameters)
                .query(rs -> {
                    if (distinct) {
                        set.distinct(rs.getString(1), key.apply(rs.getString(2)), rs.getLong(3));
                    } else {
                        set.add(rs.getString(1), key.apply(rs.getString(2)), rs.getLong(3));
                    }
                });
        if (distinct) {
            jdbc.sql("select " + groupColumn + ", " + countExpression + " " + fromWhere + " group by " + groupColumn)
                    .params(parameters).query(rs -> {
                        set.distinctTotal(key.apply(rs.getString(1)), rs.getLong(2));
                    });
        }
    }

    private static Map<String, Object> parameters(FigureScope scope, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("from", scope.from());
        all.put("to", scope.to());
        return all;
    }

    /** Counts as {@link Long}; sums of decimals as {@link BigDecimal}; null (a sum of no rows) as 0. */
    private static Number number(Object value) {
        if (value == null) {
            return 0L;
        }
        if (value instanceof BigDecimal d) {
            return d.scale() <= 0 ? (Number) d.longValueExact() : d;
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return n.longValue();
        }
        return value instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : 0L;
    }
}
