package vn.chibo.reporting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.reporting.internal.ReportContent.Block;
import vn.chibo.reporting.internal.ReportContent.Heading;
import vn.chibo.reporting.internal.ReportContent.Paragraph;
import vn.chibo.statistics.Review;

/**
 * Part I of the report, in the style of a review article: a paragraph per model and capability written from the
 * figures the review has ('các cấp ủy, chi bộ đã phân công 19.000 cán bộ, đảng viên dìu dắt 62.000 quần chúng…'), then
 * every other figure of the same capability as a labelled line. A sentence whose figures are missing is left out.
 */
final class ReviewNarrative {

    private static final Pattern MODEL = Pattern.compile("emulation\\.([A-Z0-9_]+)\\.recognised");
    private static final List<String> QUALITY = List.of("classification.cells.goodOrBetterShare",
            "classification.committees.goodOrBetterShare", "classification.members.goodOrBetterShare", "units.exemplaryShare");

    private final FigureText text;
    private final Map<String, Number> figures;
    private final Set<String> told = new HashSet<>();

    ReviewNarrative(FigureText text, Review review) {
        this.text = text;
        this.figures = review.figures() == null ? Map.of() : review.figures();
    }

    List<Block> blocks() {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        topics.put("mentoring", mentoring());
        topics.put("development", development());
        topics.put("models", models());
        topics.put("meetings", List.of());
        topics.put("inspection", List.of());
        topics.put("recognition", recognition());
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<String>> topic : topics.entrySet()) {
            List<String> paragraphs = new ArrayList<>(topic.getValue());
            paragraphs.addAll(rest(prefixes(topic.getKey())));
            if (!paragraphs.isEmpty()) {
                blocks.add(new Heading(2, n++ + ". " + text.vi("reporting.heading." + topic.getKey())));
                paragraphs.forEach(p -> blocks.add(new Paragraph(p)));
            }
        }
        List<String> others = rest(key -> !FigureOrder.SECTIONS.contains(FigureText.section(key)));
        if (!others.isEmpty()) {
            blocks.add(new Heading(2, n + ". " + text.vi("reporting.heading.other")));
            others.forEach(p -> blocks.add(new Paragraph(p)));
        }
        return blocks;
    }

    private static Predicate<String> prefixes(String topic) {
        List<String> sections = switch (topic) {
            case "development" -> List.of("people", "development");
            case "models" -> List.of("emulation", "classification", "units");
            case "recognition" -> List.of("awards", "discipline");
            default -> List.of(topic);
        };
        return key -> sections.contains(FigureText.section(key));
    }

    private List<String> mentoring() {
        List<String> out = new ArrayList<>();
        pair("reporting.text.mentoring.assigned", "mentoring.mentors", "mentoring.mentees").ifPresent(out::add);
        one("reporting.text.mentoring.admitted", "mentoring.menteesAdmitted").ifPresent(out::add);
        one("reporting.text.mentoring.awarded", "mentoring.mentorsAwarded").ifPresent(out::add);
        return out.isEmpty() ? out : List.of(String.join(" ", out));
    }

    private List<String> development() {
        List<String> out = new ArrayList<>();
        pair("reporting.text.people", "people.members", "people.masses").ifPresent(out::add);
        one("reporting.text.development.admitted", "development.admitted").ifPresent(out::add);
        return out.isEmpty() ? out : List.of(String.join(" ", out));
    }

    private List<String> models() {
        List<String> recognised = new ArrayList<>();
        for (String key : FigureOrder.keys(figures)) {
            Matcher m = MODEL.matcher(key);
            if (m.matches()) {
                String count = VietNumbers.count(figures.get(key));
                recognised.add(text.optional("reporting.model." + m.group(1), count)
                        .orElseGet(() -> text.vi("reporting.model.other", count, text.label(key))));
                told.add(key);
            }
        }
        List<String> shares = new ArrayList<>();
        for (String key : QUALITY) {
            if (figures.get(key) != null) {
                shares.add(text.vi("reporting.quality." + key, FigureText.value(key, figures)));
                told.add(key);
                told.add(key.substring(0, key.length() - "Share".length()));
                java.util.Optional.ofNullable(FigureText.denominatorKey(key, figures)).ifPresent(told::add);
            }
        }
        List<String> out = new ArrayList<>();
        if (!recognised.isEmpty()) {
            out.add(text.vi("reporting.text.models.recognised", join(recognised)));
        }
        if (!shares.isEmpty()) {
            out.add(text.vi("reporting.text.models.shares", String.join("; ", shares)));
        }
        return out.isEmpty() ? out : List.of(String.join(" ", out));
    }

    private List<String> recognition() {
        return pair("reporting.text.awards", "awards.collective", "awards.individual").map(List::of).orElse(List.of());
    }

    /** Every figure of these sections the narrative did not tell, one line each: '– Label: 1.234'. */
    private List<String> rest(Predicate<String> inSection) {
        List<String> lines = new ArrayList<>();
        for (String key : FigureOrder.keys(figures)) {
            if (inSection.test(key) && told.add(key)) {
                lines.add("– " + text.label(key) + ": " + FigureText.value(key, figures));
            }
        }
        return lines;
    }

    private java.util.Optional<String> one(String message, String key) {
        Number value = figures.get(key);
        if (value == null) {
            return java.util.Optional.empty();
        }
        told.add(key);
        return java.util.Optional.of(text.vi(message, VietNumbers.count(value)));
    }

    /** The sentence with both figures, or its '.first' / '.second' variant with the one present. */
    private java.util.Optional<String> pair(String message, String first, String second) {
        Number a = figures.get(first);
        Number b = figures.get(second);
        if (a != null) {
            told.add(first);
        }
        if (b != null) {
            told.add(second);
        }
        if (a != null && b != null) {
            return java.util.Optional.of(text.vi(message, VietNumbers.count(a), VietNumbers.count(b)));
        }
        if (a != null) {
            return java.util.Optional.of(text.vi(message + ".first", VietNumbers.count(a)));
        }
        return b == null ? java.util.Optional.empty() : java.util.Optional.of(text.vi(message + ".second", VietNumbers.count(b)));
    }

    /** 'a, b và c'. */
    static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }
}
