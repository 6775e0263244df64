package vn.chibo.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures of an organization's subtree for a period: the totals, the same figures year by year
 * when the period spans years, one row per direct sub-organization (plus one row for the
 * organization's own records, {@code own = true}, so that additive figures sum to the total), and,
 * for a locked period, the lock and what changed since. Figures are keyed as in
 * {@code docs/figures.md} ({@code people.members}, {@code classification.cells.goodOrBetterShare}...);
 * counts are {@link Long}, shares are percentages with one decimal ({@link java.math.BigDecimal} 94.2).
 * When the period is locked the figures are the locked ones.
 */
public record Review(Unit organization, LocalDate from, LocalDate to, Map<String, Number> figures,
                     SortedMap<Integer, Map<String, Number>> years, List<Row> rows, Lock lock,
                     List<Change> changesSinceLock) {

    /** An organization as the review names it. */
    public record Unit(long id, String name) {
    }

    /** The figures of one direct sub-organization's subtree, or of the organization's own records. */
    public record Row(Unit organization, boolean own, Map<String, Number> figures) {
    }

    /** Who froze the figures, and when ({@code lockedBy} is the person's name, not the account). */
    public record Lock(long id, Instant lockedAt, String lockedBy) {
    }

    /** A figure whose current value differs from the locked one. */
    public record Change(String key, Number locked, Number current) {
    }

    public ReviewPeriod period() {
        return new ReviewPeriod(from, to);
    }

    public boolean locked() {
        return lock != null;
    }
}
