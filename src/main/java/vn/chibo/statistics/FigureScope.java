package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
     * SQL naming the bucket of a path column: the sub-organization path it lies under, else the root's
     * own path. Paths are validated literals (digits and slashes), the column comes from code.
     */
    public String bucket(String column) {
        if (buckets.isEmpty()) {
            return "'" + root.path() + "'";
        }
        return buckets.stream().map(b -> "when " + column + " like '" + b + "%' then '" + b + "'")
                .collect(Collectors.joining(" ", "(case ", " else '" + root.path() + "' end)"));
    }
}
