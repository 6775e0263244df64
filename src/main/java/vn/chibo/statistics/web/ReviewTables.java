package vn.chibo.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.statistics.Review;

/**
 * The review page's tables, written out in Java once: per section its figures' labels and its rows as HTML (the total,
 * each year, each direct sub-organization linked to its own review of the period, the organization's own records). A
 * province's review is some 66 lines × 160 figures, 20,000 elements: printed by the template one element at a time
 * they took about 100 ms, most of the page's time; every text here is HTML-escaped.
 */
record ReviewTables(List<Table> tables) {

    /** {@code rows}: the table body's HTML. */
    record Table(String key, String id, String title, List<String> headers, String rows) {
    }

    static ReviewTables of(Review review, Map<String, List<String>> sections, Map<String, String> labels,
                           Map<String, List<String>> derivations, FigureLabels format) {
        String from = FigureLabels.display(review.from());
        String to = FigureLabels.display(review.to());
        String total = format.message("statistics.review.total");
        String own = format.message("statistics.review.own");
        Map<Integer, String> years = new java.util.HashMap<>();
        review.years().keySet().forEach(year ->
                years.put(year, format.message("statistics.review.year", String.valueOf(year))));
        List<Table> tables = new ArrayList<>();
        sections.forEach((section, keys) -> {
            StringBuilder html = new StringBuilder(256 * (review.rows().size() + review.years().size() + 1));
            row(html, "table-primary fw-semibold", null, total, null, review.figures(),
                    keys, derivations, format);
            review.years().forEach((year, figures) -> row(html, "table-light", null, years.get(year), null, figures, keys,
                    derivations, format));
            for (Review.Row line : review.rows()) {
                if (line.own()) {
                    row(html, null, "fst-italic", own, null, line.figures(), keys,
                            derivations, format);
                } else {
                    String href = UriComponentsBuilder.fromPath("/statistics/review")
                            .queryParam("org", line.organization().id()).queryParam("preset", "custom")
                            .queryParam("from", from).queryParam("to", to).build().toUriString();
                    row(html, null, null, line.organization().name(), href, line.figures(), keys, derivations, format);
                }
            }
            tables.add(new Table(section, "section-" + section.replace('.', '-'), labels.getOrDefault(section, section),
                    keys.stream().map(k -> labels.getOrDefault(k, k)).toList(), html.toString()));
        });
        return new ReviewTables(tables);
    }

    /** One line: its label (a link to the sub-organization's review when {@code href}), then a cell per figure. */
    private static void row(StringBuilder html, String rowClass, String labelClass, String label, String href,
                            Map<String, Number> values, List<String> keys, Map<String, List<String>> derivations,
                            FigureLabels format) {
        html.append(rowClass == null ? "<tr>" : "<tr class=\"" + rowClass + "\">");
        html.append(labelClass == null ? "<td>" : "<td class=\"" + labelClass + "\">");
        if (href != null) {
            html.append("<a href=\"").append(escape(href)).append("\">").append(escape(label))
                    .append("</a>");
        } else {
            html.append(escape(label));
        }
        html.append("</td>");
        for (String key : keys) {
            List<String> derived = derivations.get(key);
            Number value = values.get(key);
            html.append("<td>").append(escape(format.value(value)));
            if (derived != null && "share".equals(derived.get(2)) && value != null) {
                html.append('%');
            }
            if (derived != null) {
                html.append("<small class=\"text-muted d-block\">")
                        .append(escape(format.value(values.get(derived.get(0))) + "/"
                                + format.value(values.get(derived.get(1))))).append("</small>");
            }
            html.append("</td>");
        }
        html.append("</tr>");
    }

    /** The five characters HTML reserves, as the templates escape them; Vietnamese letters stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
