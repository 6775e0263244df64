package vn.chibo.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One chart of the start page and the table that shows the same numbers: a label per row (a year, a sub-organization,
 * a grade), a series per column. A share carries its numerator and denominator ({@link Series#parts()}), shown beside it
 * in the table and the workbook. {@code links} are where a row drills down to (a sub-organization), or {@code null}.
 */
public record Chart(String id, String title, String type, boolean percent, boolean stacked, String axis, List<String> labels,
             List<String> links, List<Series> series) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A column: its label, one value per row (null: no value, e.g. a share of nothing) and, for shares, n/d per row. */
    public record Series(String label, List<Number> values, List<long[]> parts) {

        public boolean hasParts() {
            return parts != null;
        }

        public String part(int row) {
            long[] p = parts == null ? null : parts.get(row);
            return p == null ? "" : p[0] + "/" + p[1];
        }
    }

    public boolean empty() {
        return labels.isEmpty() || series.stream().allMatch(s -> s.values().stream()
                .allMatch(v -> v == null || v.doubleValue() == 0));
    }

    public boolean drills() {
        return links != null && links.stream().anyMatch(l -> l != null);
    }

    /** A value as the table shows it: 1.234, or 94,2% for a share. */
    public String cell(Series series, int row) {
        return ScopeDashboard.value(series.values().get(row));
    }

    /** What Chart.js needs (type, labels, datasets, drill-down links), as JSON for a data attribute. */
    public String json() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("percent", percent);
        config.put("stacked", stacked);
        config.put("labels", labels);
        config.put("links", links);
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", s.label());
            dataset.put("data", s.values().stream().map(v -> v instanceof BigDecimal d ? d.doubleValue() : v).toList());
            datasets.add(dataset);
        }
        config.put("datasets", datasets);
        return JSON.writeValueAsString(config);
    }
}
