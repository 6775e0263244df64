package vn.chibo.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The order figures are listed in: by section as a review report reads (people first, discipline last), then by key. */
final class FigureOrder {

    static final List<String> SECTIONS = List.of("people", "development", "mentoring", "emulation", "classification", "units",
            "meetings", "inspection", "awards", "discipline");

    static final Comparator<String> KEYS = Comparator.comparingInt(FigureOrder::rank).thenComparing(Comparator.naturalOrder());

    private FigureOrder() {
    }

    static int rank(String key) {
        int i = SECTIONS.indexOf(FigureText.section(key));
        return i < 0 ? SECTIONS.size() : i;
    }

    static List<String> keys(Map<String, Number> figures) {
        return figures.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).sorted(KEYS).toList();
    }
}
