package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.chibo.organization.Subtree;

/**
 * What a {@link FigureSource} counts: the root's subtree, the paths of its direct sub-organizations
 * (the buckets; records of the root itself fall in the root's own bucket) and the period, both days
 * included. Empty buckets ask for the total only. {@code byYear} (only meaningful for a period spanning
 * years) asks for each calendar year's totals in the same pass ({@link FigureSet#addYear}): the period's
 * parts are numbered {@link #WHOLE} (the period) and the year, so one statement can group by part.
 */
public record FigureScope(Subtree root, List<String> buckets, ReviewPeriod period, boolean byYear) {

    /** The part label of the whole period in {@link #parts()}; the other parts are labelled by their year. */
    public static final int WHOLE = 0;

    private static final Pattern FROM = Pattern.compile(":from\\b");
    private static final Pattern TO = Pattern.compile(":to\\b");

    public FigureScope(Subtree root, List<String> buckets, ReviewPeriod period) {
        this(root, buckets, period, false);
    }

    public FigureScope {
        byYear = byYear && period.spansYears();
        if (root.isAll()) {
            throw new IllegalArgumentException("A review is of one organization's subtree");
        }
        for (String bucket : buckets) {
            if (!Subtree.isPath(bucket) || !root.contains(bucket) || bucket.equals(root.path())) {
                throw new IllegalArgumentException("Not a sub-organization of " + root + ": " + bucket);
            }
        }
        buckets = List.copyOf(buckets);
    }

    /** Whether SQL names the period's bounds ({@code :from}, {@code :to}). */
    public static boolean namesPeriod(String sql) {
        return FROM.matcher(sql).find() || TO.matcher(sql).find();
    }

    /** SQL naming {@code :from} and {@code :to} with one year's part of the period written in instead. */
    public String forYear(int year, String sql) {
        ReviewPeriod part = period.within(year);
        return TO.matcher(FROM.matcher(sql).replaceAll("cast('" + part.from() + "' as date)"))
                .replaceAll("cast('" + part.to() + "' as date)");
    }

    /** The same root, buckets and period, with each year's totals asked for in the same pass. */
    public FigureScope withYears() {
        return new FigureScope(root, buckets, period, true);
    }

    /** The years whose totals are asked for in the same pass (none unless {@link #byYear}). */
    public List<Integer> years() {
        return byYear ? period.years() : List.of();
    }

    /**
     * A derived table {@code y(yr, yfrom, yto)}: the whole period labelled {@link #WHOLE}, then each year's part of
     * it when {@link #byYear}. Dates are written from {@link LocalDate} values (digits and dashes only).
     */
    public String parts() {
        StringBuilder sql = new StringBuilder("(").append(part(WHOLE, period));
        for (int year : years()) {
            sql.append(" union all ").append(part(year, period.within(year)));
        }
        return sql.append(") y").toString();
    }

    private static String part(int label, ReviewPeriod part) {
        return "select " + label + " as yr, cast('" + part.from() + "' as date) as yfrom, cast('" + part.to()
                + "' as date) as yto";
    }

    /**
     * {@code from ... where ...} (or any SQL fragment naming {@code :from} and {@code :to}) evaluated once per part:
     * the period's bounds become the part's ({@code y.yfrom}, {@code y.yto}) and, for a {@code from} clause, the parts
     * table is joined first. Group by {@code y.yr} to get the whole period and each year in one statement.
     */
    public String overParts(String sql) {
        String bounded = TO.matcher(FROM.matcher(sql).replaceAll("y.yfrom")).replaceAll("y.yto");
        String trimmed = bounded.stripLeading();
        if (trimmed.regionMatches(true, 0, "from ", 0, 5)) {
            return "from " + parts() + " cross join " + trimmed.substring(5);
        }
        return bounded;
    }

    /** The same root and period, totals only. */
    public FigureScope totalsOnly() {
        return new FigureScope(root, List.of(), period);
    }

    public boolean hasBuckets() {
        return !buckets.isEmpty();
    }

    public String rootPath() {
        return root.path();
    }

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    /** {@code column like '/1/11/%'}: the row lies in the root's subtree. */
    public String within(String column) {
        return root.sql(column);
    }

    /**
     * SQL naming the bucket of a path column: the path of the direct sub-organization it lies under
     * ({@code /1/11/14/} under {@code /1/} gives {@code /1/11/}), else the root's own path. The prefix is cut
     * from the path itself rather than compared with each sub-organization (one expression per row, whatever
     * the number of sub-organizations); the root's path is a validated literal, the column comes from code.
     */
    public String bucket(String column) {
        if (buckets.isEmpty()) {
            // a cast, not a bare literal: PostgreSQL refuses a constant in GROUP BY
            return "cast('" + root.path() + "' as varchar(400))";
        }
        return root.childPathSql(column);
    }
}
