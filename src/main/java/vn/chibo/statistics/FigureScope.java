package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.organization.Subtree;

/**
 * What a {@link FigureSource} counts: the root's subtree, the paths of its direct sub-organizations
 * (the buckets; records of the root itself fall in the root's own bucket) and the period, both days
 * included. Empty buckets ask for the total only.
 */
public record FigureScope(Subtree root, List<String> buckets, ReviewPeriod period) {

    public FigureScope {
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
        int length = root.path().length();
        return "substring(" + column + " from 1 for " + length + " + position('/' in substring(" + column + " from "
                + (length + 1) + ")))";
    }
}
