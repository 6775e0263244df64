package vn.chibo.statistics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.statistics.Review;

/**
 * The frozen review (a lock's snapshot, a kept answer) as JSON: whole numbers come back as {@link Long}, decimals as
 * {@link java.math.BigDecimal} with their scale (94.0 stays 94.0), so that a locked review reads exactly as it was
 * written. Written compactly: the figure keys once, then each total, year and row as its values in key order ({@code
 * null} where a row has no such figure, e.g. a share whose denominator is 0). A region's three-year answer (160 figures
 * × 66 rows) shrinks about five times and parses as much faster. Snapshots written before (every row a map of keys to
 * values) are still read.
 */
@Component
class ReviewSnapshots {

    /** The earlier layout, kept for reading locks frozen with it. */
    record Snapshot(Review.Unit organization, java.time.LocalDate from, java.time.LocalDate to, Map<String, Number> figures,
                    SortedMap<Integer, Map<String, Number>> years, List<Review.Row> rows) {
    }

    /** The compact layout: {@code v} first, so that a reader tells the layouts apart by the text's start. */
    record Compact(int v, Review.Unit organization, java.time.LocalDate from, java.time.LocalDate to, List<String> keys,
                   List<Number> figures, SortedMap<Integer, List<Number>> years, List<CompactRow> rows) {
    }

    record CompactRow(Review.Unit organization, boolean own, List<Number> figures) {
    }

    private static final int COMPACT = 2;
    private static final String COMPACT_START = "{\"v\":" + COMPACT + ",";

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    String write(Review review) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(review.figures().keySet());
        review.years().values().forEach(year -> keys.addAll(year.keySet()));
        review.rows().forEach(row -> keys.addAll(row.figures().keySet()));
        List<String> order = List.copyOf(keys);
        SortedMap<Integer, List<Number>> years = new TreeMap<>();
        review.years().forEach((year, values) -> years.put(year, values(order, values)));
        List<CompactRow> rows = review.rows().stream()
                .map(row -> new CompactRow(row.organization(), row.own(), values(order, row.figures()))).toList();
        return json.writeValueAsString(new Compact(COMPACT, review.organization(), review.from(), review.to(), order,
                values(order, review.figures()), years, rows));
    }

    /** The review as frozen, with the lock and the changes since. */
    Review read(String text, Review.Lock lock, List<Review.Change> changes) {
        if (!text.startsWith(COMPACT_START)) {
            Snapshot s = json.readValue(text, Snapshot.class);
            return new Review(s.organization(), s.from(), s.to(), s.figures(), s.years(), s.rows(), lock, changes);
        }
        Compact c = json.readValue(text, Compact.class);
        SortedMap<Integer, Map<String, Number>> years = new TreeMap<>();
        c.years().forEach((year, values) -> years.put(year, map(c.keys(), values)));
        List<Review.Row> rows = c.rows().stream()
                .map(row -> new Review.Row(row.organization(), row.own(), map(c.keys(), row.figures()))).toList();
        return new Review(c.organization(), c.from(), c.to(), map(c.keys(), c.figures()), years, rows, lock, changes);
    }

    private static List<Number> values(List<String> keys, Map<String, Number> figures) {
        List<Number> values = new ArrayList<>(keys.size());
        keys.forEach(key -> values.add(figures.get(key)));
        return values;
    }

    private static Map<String, Number> map(List<String> keys, List<Number> values) {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (values.get(i) != null) {
                figures.put(keys.get(i), values.get(i));
            }
        }
        return figures;
    }
}
