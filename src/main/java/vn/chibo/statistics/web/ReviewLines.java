package vn.chibo.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.statistics.Review;

/**
 * The lines of each section's table on the review page, in order: the total, each year, then each direct
 * sub-organization (linked to its own review for the same period) and the organization's own records. Built once per
 * page, so that the template loops over ready lines instead of working out links and kinds for every section.
 */
public record ReviewLines(List<Line> lines) {

    /** {@code kind}: total, year, child or own; {@code label}: the year or the organization's name. */
    public record Line(String kind, String label, String href, Map<String, Number> figures) {
    }

    static ReviewLines of(Review review) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("total", null, null, review.figures()));
        review.years().forEach((year, figures) -> lines.add(new Line("year", String.valueOf(year), null, figures)));
        String from = FigureLabels.display(review.from());
        String to = FigureLabels.display(review.to());
        for (Review.Row row : review.rows()) {
            if (row.own()) {
                lines.add(new Line("own", null, null, row.figures()));
            } else {
                String href = UriComponentsBuilder.fromPath("/statistics/review").queryParam("org", row.organization().id())
                        .queryParam("preset", "custom").queryParam("from", from).queryParam("to", to).encode().toUriString();
                lines.add(new Line("child", row.organization().name(), href, row.figures()));
            }
        }
        return new ReviewLines(List.copyOf(lines));
    }
}
