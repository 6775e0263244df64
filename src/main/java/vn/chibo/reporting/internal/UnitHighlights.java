package vn.chibo.reporting.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.Review.Row;

/**
 * Parts III and IV of the report: the outstanding sub-organizations and the shortcomings the figures show.
 * <p>
 * Outstanding (documented in {@code docs/reporting.md}): a sub-organization none of whose quality shares (cells,
 * committees and members rated good or better, exemplary units) is below the whole organization's, ranked by the mean of
 * those shares, then by its emulation recognitions, then by name; at most a third of the sub-organizations (at least one,
 * at most five). Shortcomings: for each quality share the (at most three) lowest sub-organizations below the whole's
 * share, and every figure of overdue, repeated or flat work ({@code *overdue*}, {@code *repeat*}, {@code *flat*}) with the
 * sub-organizations that have most of it. Nothing is said about a figure the review does not have.
 */
final class UnitHighlights {

    static final List<String> QUALITY = List.of("classification.cells.goodOrBetterShare",
            "classification.committees.goodOrBetterShare", "classification.members.goodOrBetterShare", "units.exemplaryShare");
    private static final int MOST_NAMED = 5;
    private static final int LOWEST_NAMED = 3;

    private final FigureText text;
    private final Map<String, Number> whole;
    private final List<Row> units;
    private final Comparator<Row> byName;

    UnitHighlights(FigureText text, Review review) {
        this.text = text;
        this.whole = review.figures() == null ? Map.of() : review.figures();
        this.units = review.rows() == null ? List.of() : review.rows().stream().filter(r -> !r.own() && r.figures() != null).toList();
        Collator collator = Collator.getInstance(new ULocale("vi"));
        this.byName = Comparator.comparing(r -> r.organization().name(), collator::compare);
    }

    /** The outstanding sub-organizations, best first. */
    List<Row> outstanding() {
        List<Row> eligible = units.stream().filter(this::noShareBelowWhole).toList();
        int named = Math.min(MOST_NAMED, Math.max(1, (units.size() + 2) / 3));
        return eligible.stream()
                .sorted(Comparator.comparing(this::meanShare).reversed()
                        .thenComparing(Comparator.comparingLong(UnitHighlights::recognitions).reversed())
                        .thenComparing(byName))
                .limit(named).toList();
    }

    /** 'Sư đoàn 1 (chi bộ hoàn thành tốt nhiệm vụ trở lên 100% (5/5); …)', or empty when no unit stands out. */
    String outstandingText() {
        List<String> named = new ArrayList<>();
        for (Row row : outstanding()) {
            List<String> shares = new ArrayList<>();
            for (String key : QUALITY) {
                if (row.figures().get(key) != null) {
                    shares.add(text.vi("reporting.short." + key) + " " + FigureText.value(key, row.figures()));
                }
            }
            named.add(row.organization().name() + " (" + String.join("; ", shares) + ")");
        }
        return named.isEmpty() ? "" : text.vi("reporting.outstanding", String.join("; ", named));
    }

    /** One sentence per shortcoming the figures show, in a fixed order. */
    List<String> shortcomings() {
        List<String> out = new ArrayList<>();
        for (String key : QUALITY) {
            Number all = whole.get(key);
            if (all == null) {
                continue;
            }
            BigDecimal level = VietNumbers.toDecimal(all);
            List<String> lowest = units.stream().filter(r -> r.figures().get(key) != null)
                    .filter(r -> VietNumbers.toDecimal(r.figures().get(key)).compareTo(level) < 0)
                    .sorted(Comparator.comparing((Row r) -> VietNumbers.toDecimal(r.figures().get(key))).thenComparing(byName))
                    .limit(LOWEST_NAMED)
                    .map(r -> r.organization().name() + ": " + FigureText.value(key, r.figures())).toList();
            if (!lowest.isEmpty()) {
                out.add(text.vi("reporting.shortcoming.lowShare", text.vi("reporting.lowShare." + key),
                        VietNumbers.share(all), String.join("; ", lowest)));
            }
        }
        for (String key : FigureOrder.keys(whole)) {
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            boolean problem = lower.contains("overdue") || lower.contains("repeat") || lower.contains("flat");
            if (!problem || VietNumbers.isShare(key) || VietNumbers.toDecimal(whole.get(key)).signum() <= 0) {
                continue;
            }
            List<String> most = units.stream().filter(r -> r.figures().get(key) != null)
                    .filter(r -> VietNumbers.toDecimal(r.figures().get(key)).signum() > 0)
                    .sorted(Comparator.comparing((Row r) -> VietNumbers.toDecimal(r.figures().get(key))).reversed()
                            .thenComparing(byName))
                    .limit(LOWEST_NAMED)
                    .map(r -> r.organization().name() + " (" + VietNumbers.figure(key, r.figures().get(key)) + ")").toList();
            out.add(most.isEmpty() ? text.vi("reporting.shortcoming.count", text.label(key), VietNumbers.figure(key, whole.get(key)))
                    : text.vi("reporting.shortcoming.countAt", text.label(key), VietNumbers.figure(key, whole.get(key)),
                    String.join("; ", most)));
        }
        return out;
    }

    private boolean noShareBelowWhole(Row row) {
        boolean any = false;
        for (String key : QUALITY) {
            Number mine = row.figures().get(key);
            if (mine == null) {
                continue;
            }
            any = true;
            Number all = whole.get(key);
            if (all != null && VietNumbers.toDecimal(mine).compareTo(VietNumbers.toDecimal(all)) < 0) {
                return false;
            }
        }
        return any;
    }

    private BigDecimal meanShare(Row row) {
        List<BigDecimal> shares = QUALITY.stream().map(k -> row.figures().get(k)).filter(java.util.Objects::nonNull)
                .map(VietNumbers::toDecimal).toList();
        return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shares.size()), 4, RoundingMode.HALF_UP);
    }

    private static long recognitions(Row row) {
        return row.figures().entrySet().stream()
                .filter(e -> e.getKey().startsWith("emulation.") && e.getKey().endsWith(".recognised") && e.getValue() != null)
                .mapToLong(e -> e.getValue().longValue()).sum();
    }
}
