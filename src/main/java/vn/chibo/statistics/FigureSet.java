package vn.chibo.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a {@link FigureSource} found: per bucket path and in total. Additive figures
 * ({@link #add}) are summed into the total as they come; distinct counts are set per bucket and their
 * total is set apart ({@link #distinctTotal}). Shares and ratios are derived from their numerator and
 * denominator keys, which stay published beside them.
 */
public final class FigureSet {

    /** In the order the source declared its figures (the page and the report show them so). */
    private final Map<String, Number> total = new LinkedHashMap<>();
    private final Map<String, Map<String, Number>> buckets = new LinkedHashMap<>();
    /** Each year's totals, when the scope asked for them in the same pass ({@link FigureScope#byYear}). */
    private final Map<Integer, Map<String, Number>> years = new TreeMap<>();
    private final List<String[]> shares = new ArrayList<>();
    private final List<String[]> ratios = new ArrayList<>();

    /** An additive figure (a count or a sum) of one bucket, added to the bucket and to the total. */
    public FigureSet add(String bucket, String key, Number value) {
        Number n = value == null ? 0L : value;
        buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).merge(key, n, FigureSet::plus);
        total.merge(key, n, FigureSet::plus);
        return this;
    }

    /** A distinct count of one bucket; its total must be given by {@link #distinctTotal}. */
    public FigureSet distinct(String bucket, String key, long value) {
        buckets.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).put(key, value);
        total.putIfAbsent(key, 0L);
        return this;
    }

    /** The exact total of a distinct count (its own query: distinct counts are not additive). */
    public FigureSet distinctTotal(String key, long value) {
        total.put(key, value);
        return this;
    }

    /** An additive figure of one year (part of the period), added to that year's total. */
    public FigureSet addYear(int year, String key, Number value) {
        years.computeIfAbsent(year, y -> new LinkedHashMap<>()).merge(key, value == null ? 0L : value, FigureSet::plus);
        total.putIfAbsent(key, 0L);
        return this;
    }

    /** The exact total of a distinct count in one year (its own query). */
    public FigureSet distinctYear(int year, String key, long value) {
        years.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(key, value);
        total.putIfAbsent(key, 0L);
        return this;
    }

    /** Takes another set's totals (a pass over one year's part, totals only) as this set's figures of that year. */
    public FigureSet yearFrom(int year, FigureSet part) {
        part.total.forEach((key, value) -> {
            years.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(key, value);
            total.putIfAbsent(key, 0L);
        });
        return this;
    }

    /** The totals of one year (missing keys of the total are 0), with shares and ratios. */
    public Map<String, Number> year(int year) {
        return withZeros(years.getOrDefault(year, Map.of()));
    }

    /** Figures that exist even when nothing was found (0). */
    public FigureSet zero(String... keys) {
        for (String key : keys) {
            total.putIfAbsent(key, 0L);
        }
        return this;
    }

    /** {@code key} = 100 × numerator / denominator, one decimal; absent when the denominator is 0. */
    public FigureSet share(String key, String numerator, String denominator) {
        shares.add(new String[] {key, numerator, denominator});
        return this;
    }

    /** {@code key} = numerator / denominator, one decimal (an average); absent when the denominator is 0. */
    public FigureSet ratio(String key, String numerator, String denominator) {
        ratios.add(new String[] {key, numerator, denominator});
        return this;
    }

    /**
     * Every key this set declares, in the order a review shows them: its counted figures, then its shares, then its
     * ratios (a share or ratio is declared even while its denominator is 0 and it has no value).
     */
    public List<String> declaredKeys() {
        List<String> keys = new ArrayList<>(total.keySet());
        shares.forEach(s -> keys.add(s[0]));
        ratios.forEach(r -> keys.add(r[0]));
        return keys;
    }

    /**
     * Adds a source's figures as an earlier pass found them (a kept answer), so that a review can be put together again
     * with only the sources whose records changed counted anew: the {@code keys} the source declared
     * ({@link #declaredKeys}), its derived ones re-declared from {@code derivations}, its counted ones taken from the
     * kept totals, years and buckets (by bucket path). The same as including a set of that source's figures alone, without
     * building it first. Returns the keys that set would declare.
     */
    public List<String> includeKept(List<String> keys, Map<String, List<String>> derivations, Map<String, Number> total,
                                    Map<Integer, Map<String, Number>> years, Map<String, Map<String, Number>> buckets) {
        List<String> counted = new ArrayList<>(keys.size());
        List<String> shared = new ArrayList<>();
        List<String> averaged = new ArrayList<>();
        for (String key : keys) {
            List<String> derived = derivations.get(key);
            if (derived == null) {
                counted.add(key);
                this.total.put(key, total.getOrDefault(key, 0L));
            } else if ("share".equals(derived.get(2))) {
                share(key, derived.get(0), derived.get(1));
                shared.add(key);
            } else {
                ratio(key, derived.get(0), derived.get(1));
                averaged.add(key);
            }
        }
        years.forEach((year, values) -> copy(counted, values, this.years.computeIfAbsent(year, y -> new LinkedHashMap<>())));
        buckets.forEach((path, values) -> copy(counted, values, this.buckets.computeIfAbsent(path, b -> new LinkedHashMap<>())));
        counted.addAll(shared);
        counted.addAll(averaged);
        return counted;
    }

    private static void copy(List<String> keys, Map<String, Number> from, Map<String, Number> to) {
        for (String key : keys) {
            to.put(key, from.getOrDefault(key, 0L));
        }
    }

    /** Derived figures: key → {numerator key, denominator key, ‘share’ (percent) or ‘ratio’}. */
    public Map<String, List<String>> derivations() {
        Map<String, List<String>> result = new TreeMap<>();
        shares.forEach(s -> result.put(s[0], List.of(s[1], s[2], "share")));
        ratios.forEach(r -> result.put(r[0], List.of(r[1], r[2], "ratio")));
        return result;
    }

    /** The totals, with shares and ratios. */
    public Map<String, Number> total() {
        return derived(total);
    }

    /** The figures of one bucket (missing keys of the total are 0), with shares and ratios. */
    public Map<String, Number> bucket(String path) {
        return withZeros(buckets.getOrDefault(path, Map.of()));
    }

    /** {@code figures} over every key of the total (0 where missing), in the total's order, with shares and ratios. */
    private Map<String, Number> withZeros(Map<String, Number> figures) {
        Map<String, Number> values = new LinkedHashMap<>(Math.max(16, (total.size() + shares.size() + ratios.size()) * 4 / 3 + 1));
        total.keySet().forEach(k -> values.put(k, figures.getOrDefault(k, 0L)));
        figures.forEach(values::putIfAbsent);
        return Collections.unmodifiableMap(deriveInto(values));
    }

    /** Adds another source's figures (keys of different sources never overlap). */
    public FigureSet include(FigureSet other) {
        total.putAll(other.total);
        other.buckets.forEach((path, values) -> buckets.computeIfAbsent(path, p -> new LinkedHashMap<>()).putAll(values));
        other.years.forEach((year, values) -> years.computeIfAbsent(year, y -> new LinkedHashMap<>()).putAll(values));
        shares.addAll(other.shares);
        ratios.addAll(other.ratios);
        return this;
    }

    private Map<String, Number> derived(Map<String, Number> values) {
        return Collections.unmodifiableMap(deriveInto(new LinkedHashMap<>(values)));
    }

    /** Puts the shares and ratios into {@code values}, each from the counted figures only (as a copy would). */
    private Map<String, Number> deriveInto(Map<String, Number> values) {
        List<BigDecimal> found = new ArrayList<>(shares.size() + ratios.size());
        for (String[] share : shares) {
            found.add(percent(values.get(share[1]), values.get(share[2])));
        }
        for (String[] ratio : ratios) {
            found.add(divide(values.get(ratio[1]), values.get(ratio[2])));
        }
        int i = 0;
        for (String[] share : shares) {
            put(values, share[0], found.get(i++));
        }
        for (String[] ratio : ratios) {
            put(values, ratio[0], found.get(i++));
        }
        return values;
    }

    private static void put(Map<String, Number> result, String key, BigDecimal value) {
        if (value != null) {
            result.put(key, value);
        } else {
            result.remove(key);
        }
    }

    /** 100 × part / whole with one decimal, half up; null when the whole is 0 or unknown. */
    public static BigDecimal percent(Number part, Number whole) {
        if (part == null || whole == null || decimal(whole).signum() == 0) {
            return null;
        }
        return decimal(part).multiply(BigDecimal.valueOf(100)).divide(decimal(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(Number part, Number whole) {
        if (part == null || whole == null || decimal(whole).signum() == 0) {
            return null;
        }
        return decimal(part).divide(decimal(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    static Number plus(Number a, Number b) {
        if ((a instanceof Long || a instanceof Integer) && (b instanceof Long || b instanceof Integer)) {
            return a.longValue() + b.longValue();
        }
        return decimal(a).add(decimal(b));
    }
}
