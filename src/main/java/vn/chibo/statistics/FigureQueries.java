package vn.chibo.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
     * ({@code ‘meetings.held’, ‘count(*)’, ‘meetings.onTime’, ‘sum(case when ... then 1 else 0 end)’}). When the
     * scope asks for years, one statement evaluates the query once per part of the period
     * ({@link FigureScope#overParts}) and groups by part and bucket.
     */
    public void sums(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, Map<String, ?> params,
                     String... keysAndAggregates) {
        for (int i = 0; i < keysAndAggregates.length; i += 2) {
            set.zero(keysAndAggregates[i]);
        }
        String bucket = scope.bucket(pathColumn);
        if (!scope.byYear()) {
            String sql = scope.hasBuckets()
                    ? byPath(scope, pathColumn, List.of(), inner(keysAndAggregates), fromWhere)
                    : "select " + bucket + " as bucket" + aggregates(keysAndAggregates) + " " + fromWhere;
            jdbc.sql(sql).params(parameters(scope, params)).query(rs -> {
                addRow(set, null, rs.getString(1), rs, 2, keysAndAggregates);
            });
            return;
        }
        if (!FigureScope.namesPeriod(fromWhere)) {
            // rows are not chosen by the period (standing at its end): one scan, the aggregates repeated per year
            List<Integer> years = scope.years();
            List<String> all = new java.util.ArrayList<>(inner(keysAndAggregates));
            for (int year : years) {
                inner(keysAndAggregates).forEach(a -> all.add(scope.forYear(year, a)));
            }
            jdbc.sql(byPath(scope, pathColumn, List.of(), all, fromWhere)).params(parameters(scope, params)).query(rs -> {
                addRow(set, null, rs.getString(1), rs, 2, keysAndAggregates);
                for (int i = 0; i < years.size(); i++) {
                    addRow(set, years.get(i), rs.getString(1), rs, 2 + (i + 1) * (keysAndAggregates.length / 2),
                            keysAndAggregates);
                }
            });
            return;
        }
        List<String> parted = inner(keysAndAggregates).stream().map(scope::overParts).toList();
        String sql = byPath(scope, pathColumn, List.of("y.yr"), parted, scope.overParts(fromWhere));
        jdbc.sql(sql).params(parameters(scope, params)).query(rs -> {
            int part = rs.getInt(1);
            addRow(set, part == FigureScope.WHOLE ? null : part, rs.getString(2), rs, 3, keysAndAggregates);
        });
    }

    /**
     * Additive figures of rows dated in the period ({@code fromWhere} keeps the rows whose date lies in it, the
     * aggregates do not name {@code :from} or {@code :to}); {@code yearExpression} is a row's year
     * ({@code extract(year from m.meeting_date)}, {@code e.round_year}). With years asked for, one statement grouped
     * by bucket and year gives the rows, the years and the total: every row counts once.
     */
    public void datedSums(FigureSet set, FigureScope scope, String pathColumn, String yearExpression, String fromWhere,
                          Map<String, ?> params, String... keysAndAggregates) {
        if (!scope.byYear()) {
            sums(set, scope, pathColumn, fromWhere, params, keysAndAggregates);
            return;
        }
        for (int i = 0; i < keysAndAggregates.length; i += 2) {
            set.zero(keysAndAggregates[i]);
        }
        String sql = byPath(scope, pathColumn, List.of(yearExpression), inner(keysAndAggregates), fromWhere);
        jdbc.sql(sql).params(parameters(scope, params)).query(rs -> {
            int year = rs.getInt(1);
            addRow(set, null, rs.getString(2), rs, 3, keysAndAggregates);
            addRow(set, year, rs.getString(2), rs, 3, keysAndAggregates);
        });
    }

    /**
     * A distinct count ({@code count(distinct expression)}) per bucket and, by its own query, in total (and, when the
     * scope asks for years, in each year: the same statement grouped by part of the period).
     */
    public void distinct(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, Map<String, ?> params,
                         String key, String expression) {
        distincts(set, scope, pathColumn, fromWhere, params, key, expression);
    }

    /**
     * Several distinct counts over the same rows: {@code keysAndExpressions} alternates a key and the expression
     * counted distinct ({@code ‘mentoring.mentors’, ‘a.mentor_person_id’}). Each is counted as the number of distinct
     * (bucket or part, value) pairs, a {@code select distinct} that PostgreSQL hashes, where
     * {@code count(distinct ...)} sorts every row (about half the time at region scale).
     */
    public void distincts(FigureSet set, FigureScope scope, String pathColumn, String fromWhere, Map<String, ?> params,
                          String... keysAndExpressions) {
        Map<String, Object> parameters = parameters(scope, params);
        for (int i = 0; i < keysAndExpressions.length; i += 2) {
            String key = keysAndExpressions[i];
            String expression = keysAndExpressions[i + 1];
            Map<Integer, Long> parts = new HashMap<>();
            String pairs = scope.byYear()
                    ? "select distinct y.yr as part, " + expression + " as v " + scope.overParts(fromWhere)
                    : "select distinct " + expression + " as v " + fromWhere;
            jdbc.sql(scope.byYear()
                            ? "select part, count(v) from (" + pairs + ") d group by part"
                            : "select " + FigureScope.WHOLE + ", count(v) from (" + pairs + ") d")
                    .params(parameters).query(rs -> {
                        parts.put(rs.getInt(1), rs.getLong(2));
                    });
            long total = parts.getOrDefault(FigureScope.WHOLE, 0L);
            if (scope.hasBuckets()) {
                jdbc.sql("select b, count(v) from (select distinct " + scope.bucket(pathColumn) + " as b, " + expression
                                + " as v " + fromWhere + ") d group by b").params(parameters)
                        .query(rs -> {
                            set.distinct(rs.getString(1), key, rs.getLong(2));
                        });
            } else {
                set.distinct(scope.rootPath(), key, total);
            }
            parts.forEach((part, value) -> {
                if (part != FigureScope.WHOLE) {
                    set.distinctYear(part, key, value);
                }
            });
            set.distinctTotal(key, total);
        }
    }

    /**
     * Counts split by a group column whose value names the figure ({@code key.apply(group)}), e.g. one
     * figure per rulebook code. {@code countExpression} is {@code count(*)} (additive) or
     * {@code count(distinct ...)}: then the totals come from their own query grouped by the column only.
     */
    public void grouped(FigureSet set, FigureScope scope, String pathColumn, String groupColumn,
                        Function<String, String> key, String fromWhere, Map<String, ?> params,
                        String countExpression) {
        datedGrouped(set, scope, pathColumn, null, groupColumn, key, fromWhere, params, countExpression);
    }

    /**
     * {@link #grouped} for rows dated in the period by {@code yearExpression} (see {@link #datedSums}); without a year
     * expression, the years come from evaluating the query per part of the period.
     */
    public void datedGrouped(FigureSet set, FigureScope scope, String pathColumn, String yearExpression, String groupColumn,
                             Function<String, String> key, String fromWhere, Map<String, ?> params,
                             String countExpression) {
        Map<String, Object> parameters = parameters(scope, params);
        boolean distinct = countExpression.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("count(distinct");
        String bucket = scope.bucket(pathColumn);
        if (scope.byYear() && !distinct) {
            boolean dated = yearExpression != null;
            String part = dated ? yearExpression : "y.yr";
            String sql = "select " + part + ", " + bucket + ", " + groupColumn + ", " + countExpression + " "
                    + (dated ? fromWhere : scope.overParts(fromWhere)) + " group by " + part + ", " + bucket + ", " + groupColumn;
            jdbc.sql(sql).params(parameters).query(rs -> {
                int year = rs.getInt(1);
                String figure = key.apply(rs.getString(3));
                if (dated || year == FigureScope.WHOLE) {
                    set.add(rs.getString(2), figure, rs.getLong(4));
                }
                if (year != FigureScope.WHOLE) {
                    set.addYear(year, figure, rs.getLong(4));
                }
            });
            return;
        }
        jdbc.sql("select " + bucket + ", " + groupColumn + ", " + countExpression + " " + fromWhere + " group by " + bucket
                        + ", " + groupColumn).params(parameters)
                .query(rs -> {
                    if (distinct) {
                        set.distinct(rs.getString(1), key.apply(rs.getString(2)), rs.getLong(3));
                    } else {
                        set.add(rs.getString(1), key.apply(rs.getString(2)), rs.getLong(3));
                    }
                });
        if (distinct && scope.byYear()) {
            boolean dated = yearExpression != null;
            String part = dated ? yearExpression : "y.yr";
            jdbc.sql("select " + part + ", " + groupColumn + ", " + countExpression + " "
                            + (dated ? fromWhere : scope.overParts(fromWhere)) + " group by " + part + ", " + groupColumn)
                    .params(parameters).query(rs -> {
                        if (rs.getInt(1) != FigureScope.WHOLE) {
                            set.distinctYear(rs.getInt(1), key.apply(rs.getString(2)), rs.getLong(3));
                        }
                    });
        }
        if (distinct) {
            jdbc.sql("select " + groupColumn + ", " + countExpression + " " + fromWhere + " group by " + groupColumn)
                    .params(parameters).query(rs -> {
                        set.distinctTotal(key.apply(rs.getString(1)), rs.getLong(2));
                    });
        }
    }

    /**
     * {@code select <groups>, <bucket>, <sums>}: the aggregates are computed per distinct path first (a few thousand
     * cells) and summed per bucket outside, so the bucket expression runs once per path instead of once per row (about
     * a third of a statement's time at region scale, measured). Every aggregate of a figure is a count or a sum.
     */
    static String byPath(FigureScope scope, String pathColumn, List<String> groups, List<String> aggregates, String fromWhere) {
        StringBuilder innerSelect = new StringBuilder("select ");
        StringBuilder outerSelect = new StringBuilder("select ");
        StringBuilder innerGroups = new StringBuilder();
        StringBuilder outerGroups = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            innerSelect.append(groups.get(i)).append(" as g").append(i).append(", ");
            outerSelect.append("g").append(i).append(", ");
            innerGroups.append(groups.get(i)).append(", ");
            outerGroups.append("g").append(i).append(", ");
        }
        innerSelect.append(pathColumn).append(" as p");
        outerSelect.append(scope.bucket("p")).append(" as bucket");
        for (int i = 0; i < aggregates.size(); i++) {
            innerSelect.append(", ").append(aggregates.get(i)).append(" as a").append(i);
            outerSelect.append(", sum(a").append(i).append(")");
        }
        return outerSelect + " from (" + innerSelect + " " + fromWhere + " group by " + innerGroups + pathColumn + ") d"
                + " group by " + outerGroups + scope.bucket("p");
    }

    private static List<String> inner(String... keysAndAggregates) {
        List<String> aggregates = new java.util.ArrayList<>();
        for (int i = 1; i < keysAndAggregates.length; i += 2) {
            aggregates.add(keysAndAggregates[i]);
        }
        return aggregates;
    }

    private static String aggregates(String... keysAndAggregates) {
        StringBuilder select = new StringBuilder();
        for (int i = 1; i < keysAndAggregates.length; i += 2) {
            select.append(", ").append(keysAndAggregates[i]);
        }
        return select.toString();
    }

    /** Adds one result row's aggregates (from column {@code first} on) to a bucket, or to a year when given. */
    private static void addRow(FigureSet set, Integer year, String bucket, java.sql.ResultSet rs, int first,
                               String... keysAndAggregates) throws java.sql.SQLException {
        for (int i = 0; i < keysAndAggregates.length; i += 2) {
            Number value = number(rs.getObject(i / 2 + first));
            if (year == null) {
                set.add(bucket, keysAndAggregates[i], value);
            } else {
                set.addYear(year, keysAndAggregates[i], value);
            }
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
