package vn.chibo.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chibo.statistics.Review;

/** Hand-built reviews for the report's tests: the seed article's figures for a region of three units, three years. */
public final class SampleReviews {

    private SampleReviews() {
    }

    public static FigureText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FigureText(messages);
    }

    public static ReportWriter writer() {
        return new ReportWriter(text(), "Thành phố Hồ Chí Minh");
    }

    public static Map<String, Number> regionFigures() {
        Map<String, Number> f = new HashMap<>();
        f.put("people.members", 22385L);
        f.put("people.masses", 64120L);
        f.put("mentoring.mentors", 19000L);
        f.put("mentoring.mentees", 62000L);
        f.put("mentoring.menteesAdmitted", 7252L);
        f.put("mentoring.mentorsAwarded", 6950L);
        f.put("development.admitted", 7400L);
        f.put("awards.collective", 3855L);
        f.put("awards.individual", 28696L);
        f.put("emulation.CHI_BO_5_TOT.recognised", 2416L);
        f.put("emulation.DANG_VIEN_5_TOT.recognised", 28601L);
        f.put("classification.cells.goodOrBetterShare", new BigDecimal("94.2"));
        f.put("classification.cells.goodOrBetter", 2290L);
        f.put("classification.cells.decided", 2431L);
        f.put("classification.members.goodOrBetterShare", new BigDecimal("97.1"));
        f.put("units.exemplaryShare", new BigDecimal("84.2"));
        f.put("meetings.flat", 12L);
        f.put("inspection.remediationOverdue", 3L);
        return f;
    }

    private static Map<String, Number> unit(long mentors, String cellShare, long good, long decided, String memberShare, long flat,
                                            long overdue) {
        Map<String, Number> f = new HashMap<>();
        f.put("mentoring.mentors", mentors);
        f.put("classification.cells.goodOrBetterShare", new BigDecimal(cellShare));
        f.put("classification.cells.goodOrBetter", good);
        f.put("classification.cells.decided", decided);
        f.put("classification.members.goodOrBetterShare", new BigDecimal(memberShare));
        f.put("meetings.flat", flat);
        f.put("inspection.remediationOverdue", overdue);
        return f;
    }

    /** Region 1 with Sư đoàn 1 (best), Sư đoàn 2 (lowest), Bộ CHQS tỉnh Tây Ninh, and its own records. */
    public static Review region() {
        Map<String, Number> total = regionFigures();
        Map<String, Number> y2024 = new HashMap<>(Map.of("mentoring.mentors", 6100L, "classification.cells.goodOrBetterShare",
                new BigDecimal("93.5")));
        Map<String, Number> y2025 = new HashMap<>(Map.of("mentoring.mentors", 6400L, "classification.cells.goodOrBetterShare",
                new BigDecimal("94.0")));
        Map<String, Number> y2026 = new HashMap<>(Map.of("mentoring.mentors", 6500L));
        List<Review.Row> rows = List.of(
                new Review.Row(new Review.Unit(11, "Sư đoàn 1"), false, unit(8000, "100.0", 50, 50, "98.5", 0, 0)),
                new Review.Row(new Review.Unit(12, "Sư đoàn 2"), false, unit(6000, "88.0", 44, 50, "95.0", 9, 3)),
                new Review.Row(new Review.Unit(13, "Bộ CHQS tỉnh Tây Ninh"), false, unit(4900, "95.0", 38, 40, "97.2", 3, 0)),
                new Review.Row(new Review.Unit(1, "Đảng bộ Quân khu"), true, Map.of("mentoring.mentors", 100L)));
        return new Review(new Review.Unit(1, "Đảng bộ Quân khu"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), total,
                new TreeMap<>(Map.of(2024, y2024, 2025, y2025, 2026, y2026)), rows, null, List.of());
    }

    /** A cell's review of one month with a single figure. */
    public static Review sparse() {
        return new Review(new Review.Unit(20, "Chi bộ Đại đội 1"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                Map.of("people.members", 9L), new TreeMap<>(), List.of(), null, List.of());
    }
}
