package vn.chibo.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The period a page shows, as the user chose it: a preset (this year, last year, the last three years) or a
 * custom range typed dd/MM/yyyy. A range that cannot be read falls back to the page's default preset and keeps the
 * message that says why ({@link #errorKey()}), so the page still answers. Every board and the review page read their
 * period through this one class (parameters {@code preset}, {@code from}, {@code to}).
 */
public record PeriodChoice(String preset, LocalDate from, LocalDate to, String errorKey, String errorValue) {

    public static final String YEAR = "year";
    public static final String LAST_YEAR = "lastYear";
    public static final String LAST_3 = "last3";
    public static final String CUSTOM = "custom";
    /** The presets offered on every page, in order. */
    public static final List<String> PRESETS = List.of(YEAR, LAST_YEAR, LAST_3);

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Reads {@code preset}, {@code from} and {@code to}: a known preset wins; otherwise a range when either day is
     * given; otherwise the default preset.
     */
    public static PeriodChoice of(String preset, String from, String to, LocalDate today, String defaultPreset) {
        String chosen = preset != null && (PRESETS.contains(preset) || CUSTOM.equals(preset)) ? preset
                : (blank(from) && blank(to) ? defaultPreset : CUSTOM);
        if (!CUSTOM.equals(chosen)) {
            return preset(chosen, today);
        }
        try {
            PeriodInput.Days days = PeriodInput.display(from, to);
            return new PeriodChoice(CUSTOM, days.from(), days.to(), null, null);
        } catch (PeriodInput.BadPeriod e) {
            PeriodChoice fallback = preset(defaultPreset, today);
            return new PeriodChoice(fallback.preset(), fallback.from(), fallback.to(), e.key(), e.value());
        }
    }

    /** A preset's days counted from today. */
    public static PeriodChoice preset(String preset, LocalDate today) {
        int year = today.getYear();
        return switch (preset) {
            case LAST_YEAR -> new PeriodChoice(LAST_YEAR, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), null, null);
            case LAST_3 -> new PeriodChoice(LAST_3, LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31), null, null);
            default -> new PeriodChoice(YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
        };
    }

    /** A custom range (e.g. a link that keeps the period while drilling down). */
    public static PeriodChoice range(LocalDate from, LocalDate to) {
        return new PeriodChoice(CUSTOM, from, to, null, null);
    }

    /** The presets offered (for templates). */
    public List<String> presets() {
        return PRESETS;
    }

    public boolean custom() {
        return CUSTOM.equals(preset);
    }

    /** The query parameters that choose this period again, for links (drill-down, exports). */
    public String query() {
        return custom() ? "preset=custom&from=" + DISPLAY.format(from) + "&to=" + DISPLAY.format(to) : "preset=" + preset;
    }

    /** The page (or export) at {@code path} with the parameters to keep (e.g. the organization) and this period. */
    public String url(String path, java.util.Map<String, ?> keep) {
        return with(path, keep).query(query()).build().toUriString();
    }

    /** The page at {@code path} with the parameters to keep and one of the presets. */
    public String presetUrl(String path, java.util.Map<String, ?> keep, String preset) {
        return with(path, keep).queryParam("preset", preset).build().toUriString();
    }

    private static org.springframework.web.util.UriComponentsBuilder with(String path, java.util.Map<String, ?> keep) {
        var builder = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        if (keep != null) {
            keep.forEach((name, value) -> {
                if (value != null) {
                    builder.queryParam(name, value);
                }
            });
        }
        return builder;
    }

    public String fromText() {
        return DISPLAY.format(from);
    }

    public String toText() {
        return DISPLAY.format(to);
    }

    /** The calendar years the period touches, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
    }

    /** The last day of the period that has come: today when the period runs on, else its last day. */
    public LocalDate endOrToday(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
