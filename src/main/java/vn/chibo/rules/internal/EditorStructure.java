package vn.chibo.rules.internal;

import static vn.chibo.rules.internal.RulebookEditorForm.MAX_CRITERIA;
import static vn.chibo.rules.internal.RulebookEditorForm.MAX_INDICATORS;

import java.util.List;

/** The structure buttons of the rulebook editor: add, remove and move criteria and their indicators. */
final class EditorStructure {

    private EditorStructure() {
    }

    /**
     * Applies a button of the editor to the criteria (see {@link RulebookEditorForm#apply}).
     *
     * @return the anchor of the row to show after the change, or null
     */
    static String apply(List<CriterionRow> criteria, String action) {
        if (action == null) {
            return null;
        }
        String[] parts = action.split(":");
        int c = parts.length > 1 ? index(parts[1]) : -1;
        int i = parts.length > 2 ? index(parts[2]) : -1;
        boolean criterion = c >= 0 && c < criteria.size();
        List<IndicatorRow> indicators = criterion ? criteria.get(c).getIndicators() : List.of();
        boolean indicator = criterion && i >= 0 && i < indicators.size();
        switch (parts[0]) {
            case "addCriterion" -> {
                if (criteria.size() < MAX_CRITERIA) {
                    CriterionRow row = new CriterionRow();
                    row.setCode(nextCode("C", criteria.stream().map(CriterionRow::getCode).toList()));
                    criteria.add(row);
                    return "criterion-" + (criteria.size() - 1);
                }
            }
            case "removeCriterion" -> {
                if (criterion) {
                    criteria.remove(c);
                    return "criteria";
                }
            }
            case "upCriterion" -> {
                if (criterion && c > 0) {
                    criteria.add(c - 1, criteria.remove(c));
                    return "criterion-" + (c - 1);
                }
            }
            case "downCriterion" -> {
                if (criterion && c < criteria.size() - 1) {
                    criteria.add(c + 1, criteria.remove(c));
                    return "criterion-" + (c + 1);
                }
            }
            case "addIndicator" -> {
                if (criterion && indicators.size() < MAX_INDICATORS) {
                    IndicatorRow row = new IndicatorRow();
                    String code = criteria.get(c).getCode();
                    String prefix = code == null || code.isBlank() ? "C" + (c + 1) : code.strip();
                    row.setCode(nextCode(prefix + ".", criteria.stream().flatMap(r -> r.getIndicators().stream())
                            .map(IndicatorRow::getCode).toList()));
                    indicators.add(row);
                    return "indicator-" + c + "-" + (indicators.size() - 1);
                }
            }
            case "removeIndicator" -> {
                if (indicator) {
                    indicators.remove(i);
                    return "criterion-" + c;
                }
            }
            case "upIndicator" -> {
                if (indicator && i > 0) {
                    indicators.add(i - 1, indicators.remove(i));
                    return "indicator-" + c + "-" + (i - 1);
                }
            }
            case "downIndicator" -> {
                if (indicator && i < indicators.size() - 1) {
                    indicators.add(i + 1, indicators.remove(i));
                    return "indicator-" + c + "-" + (i + 1);
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static String nextCode(String prefix, List<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = prefix + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static int index(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
