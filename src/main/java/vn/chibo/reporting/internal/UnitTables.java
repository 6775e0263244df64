package vn.chibo.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.chibo.reporting.internal.ReportContent.Table;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.Review.Row;

/**
 * Part II of the report: the headline figures by direct sub-organization, a row for the organization's own records and
 * the total, in two tables (work with people; models and quality) so that each fits a portrait page. A column appears
 * only when the review has its figure; a unit without a figure shows '–', never a 0 it does not have.
 */
final class UnitTables {

    static final String NONE = "–";
    private static final List<String> PEOPLE = List.of("people.members", "mentoring.mentors", "mentoring.mentees",
            "mentoring.menteesAdmitted", "development.admitted", "mentoring.mentorsAwarded", "awards.collective",
            "awards.individual");

    private final FigureText text;
    private final Review review;

    UnitTables(FigureText text, Review review) {
        this.text = text;
        this.review = review;
    }

    List<Table> tables() {
        if (review.rows() == null || review.rows().isEmpty() || review.figures() == null) {
            return List.of();
        }
        List<String> quality = Stream.concat(
                FigureOrder.keys(review.figures()).stream().filter(k -> k.startsWith("emulation.") && k.endsWith(".recognised")),
                UnitHighlights.QUALITY.stream()).toList();
        List<Table> tables = new ArrayList<>();
        table(present(PEOPLE)).ifPresent(tables::add);
        table(present(quality)).ifPresent(tables::add);
        return tables;
    }

    private List<String> present(List<String> keys) {
        return keys.stream().filter(k -> review.figures().get(k) != null).toList();
    }

    private java.util.Optional<Table> table(List<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> headers = new ArrayList<>();
        headers.add(text.vi("reporting.col.unit"));
        keys.forEach(k -> headers.add(text.label(k)));
        List<List<String>> rows = new ArrayList<>();
        for (Row row : review.rows()) {
            String name = row.own() ? text.vi("reporting.row.own", row.organization().name()) : row.organization().name();
            rows.add(line(name, keys, row.figures()));
        }
        rows.add(line(text.vi("reporting.row.total"), keys, review.figures()));
        return java.util.Optional.of(new Table(headers, rows));
    }

    private static List<String> line(String name, List<String> keys, Map<String, Number> figures) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        for (String key : keys) {
            cells.add(figures == null || figures.get(key) == null ? NONE : FigureText.value(key, figures));
        }
        return cells;
    }
}
