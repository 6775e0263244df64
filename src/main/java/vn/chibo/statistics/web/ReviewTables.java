package vn.chibo.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.statistics.Review;

/**
 * The review page's tables, every cell written out in Java once: per section its figures' labels and its lines (the
 * total, each year, each direct sub-organization linked to its own review of the period, the organization's own
 * records). A province's review is some 66 lines × 160 figures; the template then only prints text, where working
 * each cell out in the template cost several expression calls per cell.
 */
record ReviewTables(List<Table> tables) {

    /** A figure as printed: the value (94,2% for a share) and, for a share or a ratio, its numerator/denominator. */
    record Cell(String value, String fraction) {
    }

    /** {@code kind}: total, year, child or own; {@code label}: the year or the sub-organization's name. */
    record Line(String kind, String label, String href, List<Cell> cells) {
    }

    record Table(String key, String id, String title, List<String> headers, List<Line> lines) {
    }

    static ReviewTables of(Review review, Map<String, List<String>> sections, Map<String, String> labels,
                           Map<String, List<String>> derivations, FigureLabels format) {
        String from = FigureLabels.display(review.from());
        String to = FigureLabels.display(review.to());
        List<Table> tables = new ArrayList<>();
        sections.forEach((section, keys) -> {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line("total", null, null, cells(review.figures(), keys, derivations, format)));
            review.years().forEach((year, figures) -> lines.add(new Line("year", String.valueOf(year), null,
                    cells(figures, keys, derivations, format))));
            for (Review.Row row : review.rows()) {
                String href = row.own() ? null : UriComponentsBuilder.fromPath("/statistics/review")
                        .queryParam("org", row.organization().id()).queryParam("preset", "custom").queryParam("from", from)
                        .queryParam("to", to).build().toUriString();
                lines.add(new Line(row.own() ? "own" : "child", row.organization().name(), href,
                        cells(row.figures(), keys, derivations, format)));
            }
            tables.add(new Table(section, "section-" + section.replace('.', '-'), labels.getOrDefault(section, section),
                    keys.stream().map(k -> labels.getOrDefault(k, k)).toList(), lines));
        });
        return new ReviewTables(tables);
    }

    private static List<Cell> cells(Map<String, Number> values, List<String> keys, Map<String, List<String>> derivations,
                                    FigureLabels format) {
        List<Cell> cells = new ArrayList<>(keys.size());
        for (String key : keys) {
            List<String> derived = derivations.get(key);
            Number value = values.get(key);
            String text = format.value(value) + (derived != null && "share".equals(derived.get(2)) && value != null ? "%" : "");
            cells.add(new Cell(text, derived == null ? null
                    : format.value(values.get(derived.get(0))) + "/" + format.value(values.get(derived.get(1)))));
        }
        return cells;
    }
}
