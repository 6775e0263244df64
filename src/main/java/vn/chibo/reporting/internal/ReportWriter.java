package vn.chibo.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chibo.reporting.internal.ReportContent.Block;
import vn.chibo.reporting.internal.ReportContent.Heading;
import vn.chibo.reporting.internal.ReportContent.Paragraph;
import vn.chibo.reporting.internal.ReportContent.Table;
import vn.chibo.statistics.Review;

/**
 * Writes what the review report says from a {@link Review}: the header's fields and the body (I. results by model,
 * II. figures by unit, III. outstanding units, IV. shortcomings, V. the table of every figure). Everything in the body
 * comes from the review alone, so the same review gives the same text.
 */
@Component
public class ReportWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final FigureText text;
    private final String place;

    ReportWriter(FigureText text, @Value("${chibo.reporting.place:}") String place) {
        this.text = text;
        this.place = place;
    }

    /** Who issues the report: the organization, its superior (null at the top) and whether it is a cell. */
    public record Issuer(String name, String superior, boolean cell) {
    }

    public ReportContent content(Review review, Issuer issuer, LocalDate today) {
        Map<Placeholder, String> fields = new EnumMap<>(Placeholder.class);
        String period = text.vi("reporting.period", DATE.format(review.from()), DATE.format(review.to()));
        fields.put(Placeholder.CAP_TREN, issuer.superior() == null ? "" : upper(issuer.superior()));
        fields.put(Placeholder.CO_QUAN, upper(issuer.name()));
        fields.put(Placeholder.TEN_TO_CHUC, issuer.name());
        fields.put(Placeholder.DIA_DANH, place == null || place.isBlank() ? "……………" : place.strip());
        fields.put(Placeholder.NGAY_THANG, text.vi("reporting.dateLine", String.format("%02d", today.getDayOfMonth()),
                String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear())));
        fields.put(Placeholder.TIEU_DE, text.vi("reporting.title"));
        fields.put(Placeholder.TRICH_YEU, subject(review));
        fields.put(Placeholder.KY_BAO_CAO, period);
        fields.put(Placeholder.NOI_NHAN, String.join("\n", recipients(review, issuer)));
        fields.put(Placeholder.THAY_MAT, text.vi(issuer.cell() ? "reporting.onBehalf.cell" : "reporting.onBehalf.committee"));
        fields.put(Placeholder.CHUC_VU_KY, text.vi("reporting.signer"));
        fields.put(Placeholder.NGUON_SO_LIEU, review.locked()
                ? text.vi("reporting.source.locked", DATE_TIME.format(review.lock().lockedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))),
                review.lock().lockedBy())
                : text.vi("reporting.source.live", DATE.format(today)));
        return new ReportContent(fields, body(review, issuer, period), review.figures() == null ? Map.of() : review.figures());
    }

    private List<Block> body(Review review, Issuer issuer, String period) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(text.vi("reporting.intro", issuer.name(), period)));
        int part = 0;
        List<Block> results = new ReviewNarrative(text, review).blocks();
        body.add(new Heading(1, ROMAN[part++] + ". " + text.vi("reporting.part.results")));
        body.addAll(results.isEmpty() ? List.of(new Paragraph(text.vi("reporting.noFigures"))) : results);
        List<Table> tables = new UnitTables(text, review).tables();
        if (!tables.isEmpty()) {
            body.add(new Heading(1, ROMAN[part++] + ". " + text.vi("reporting.part.units")));
            body.addAll(tables);
        }
        UnitHighlights highlights = new UnitHighlights(text, review);
        boolean ranked = review.rows() != null && review.rows().stream().anyMatch(r -> !r.own())
                && UnitHighlights.QUALITY.stream().anyMatch(k -> review.figures() != null && review.figures().get(k) != null);
        if (ranked) {
            body.add(new Heading(1, ROMAN[part++] + ". " + text.vi("reporting.part.outstanding")));
            String outstanding = highlights.outstandingText();
            body.add(new Paragraph(outstanding.isEmpty() ? text.vi("reporting.outstanding.none") : outstanding));
            body.add(new Paragraph(text.vi("reporting.outstanding.rule", issuer.name())));
        }
        body.add(new Heading(1, ROMAN[part++] + ". " + text.vi("reporting.part.shortcomings")));
        List<String> shortcomings = highlights.shortcomings();
        if (shortcomings.isEmpty()) {
            body.add(new Paragraph(text.vi("reporting.shortcoming.none")));
        }
        shortcomings.forEach(s -> body.add(new Paragraph(s)));
        Table all = figureTable(review);
        if (!all.rows().isEmpty()) {
            body.add(new Heading(1, ROMAN[part] + ". " + text.vi("reporting.part.figures")));
            body.add(all);
        }
        return body;
    }

    /** Every figure: number, label, the whole period and, when it spans years, each year. */
    private Table figureTable(Review review) {
        Map<String, Number> figures = review.figures() == null ? Map.of() : review.figures();
        List<Integer> years = review.period().spansYears() && review.years() != null ? List.copyOf(review.years().keySet()) : List.of();
        List<String> headers = new ArrayList<>(List.of(text.vi("reporting.col.no"), text.vi("reporting.col.figure"),
                text.vi("reporting.col.period")));
        years.forEach(y -> headers.add(text.vi("reporting.col.year", String.valueOf(y))));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (String key : FigureOrder.keys(figures)) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(n++), text.label(key), FigureText.value(key, figures)));
            for (Integer year : years) {
                Map<String, Number> ofYear = review.years().get(year);
                row.add(ofYear == null || ofYear.get(key) == null ? UnitTables.NONE : FigureText.value(key, ofYear));
            }
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    private String subject(Review review) {
        LocalDate from = review.from();
        LocalDate to = review.to();
        boolean wholeYears = from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
        if (wholeYears && from.getYear() == to.getYear()) {
            return text.vi("reporting.subject.year", String.valueOf(from.getYear()));
        }
        if (wholeYears) {
            return text.vi("reporting.subject.years", to.getYear() - from.getYear() + 1, String.valueOf(from.getYear()),
                    String.valueOf(to.getYear()));
        }
        return text.vi("reporting.subject.range", DATE.format(from), DATE.format(to));
    }

    private List<String> recipients(Review review, Issuer issuer) {
        List<String> lines = new ArrayList<>();
        if (issuer.superior() != null) {
            lines.add(text.vi("reporting.recipients.superior", issuer.superior()));
        }
        if (review.rows() != null && review.rows().stream().anyMatch(r -> !r.own())) {
            lines.add(text.vi("reporting.recipients.subordinates"));
        }
        lines.add(text.vi("reporting.recipients.archive"));
        return lines;
    }

    private static String upper(String name) {
        return name.toUpperCase(FigureText.VI);
    }
}
