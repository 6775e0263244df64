package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chibo.rules.RulebookDefinition.Comparison;
import vn.chibo.rules.RulebookDefinition.Criterion;
import vn.chibo.rules.RulebookDefinition.Indicator;

/** Judges a subject's indicator results against an emulation model's rulebook (xét công nhận). */
public final class RecognitionCalculator {

    private RecognitionCalculator() {
    }

    /** A result for one indicator: {@code met} for MET indicators, {@code value} for POINTS and NUMBER. */
    public record IndicatorResult(Boolean met, BigDecimal value) {

        public static IndicatorResult met(boolean met) {
            return new IndicatorResult(met, null);
        }

        public static IndicatorResult value(String value) {
            return new IndicatorResult(null, new BigDecimal(value));
        }
    }

    public record CriterionOutcome(String code, boolean met, boolean complete, BigDecimal points, List<String> unmetIndicators) {
    }

    public record Outcome(List<CriterionOutcome> criteria, BigDecimal totalPoints, List<String> vetoes, boolean complete,
                          long criteriaMet, boolean recognised) {
    }

    public static Outcome judge(RulebookDefinition definition, Map<String, IndicatorResult> results) {
        List<CriterionOutcome> outcomes = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (Criterion criterion : definition.criteria()) {
            boolean criterionMet = true;
            boolean criterionComplete = true;
            BigDecimal points = BigDecimal.ZERO;
            List<String> unmet = new ArrayList<>();
            for (Indicator indicator : criterion.indicators()) {
                IndicatorResult result = results.get(indicator.code());
                Optional<Boolean> met = isMet(indicator, result);
                if (met.isEmpty()) {
                    criterionComplete = false;
                    criterionMet = false;
                    continue;
                }
                if (indicator.kind() == RulebookDefinition.IndicatorKind.POINTS) {
                    points = points.add(result.value().min(indicator.maxPoints() == null ? result.value() : indicator.maxPoints()));
                }
                if (!met.get()) {
                    criterionMet = false;
                    unmet.add(indicator.code());
                    if (indicator.veto()) {
                        vetoes.add(indicator.code());
                    }
                }
            }
            complete &= criterionComplete;
            total = total.add(points);
            outcomes.add(new CriterionOutcome(criterion.code(), criterionMet, criterionComplete, points, unmet));
        }
        long criteriaMet = outcomes.stream().filter(CriterionOutcome::met).count();
        boolean byRule = switch (definition.recognition().rule()) {
            case ALL_CRITERIA -> criteriaMet == outcomes.size();
            case MIN_POINTS -> total.compareTo(definition.recognition().minPoints()) >= 0;
            case AT_LEAST_CRITERIA -> criteriaMet >= definition.recognition().atLeast();
        };
        return new Outcome(outcomes, total, vetoes, complete, criteriaMet, complete && vetoes.isEmpty() && byRule);
    }

    /** Whether one indicator is met; empty when no usable result was given. */
    static Optional<Boolean> isMet(Indicator indicator, IndicatorResult result) {
        if (result == null) {
            return Optional.empty();
        }
        return switch (indicator.kind()) {
            case MET -> Optional.ofNullable(result.met());
            case POINTS, NUMBER -> result.value() == null ? Optional.empty()
                    : Optional.of(indicator.threshold() == null || compare(result.value(), indicator.comparison(), indicator.threshold()));
        };
    }

    static boolean compare(BigDecimal value, Comparison comparison, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (comparison == null ? Comparison.AT_LEAST : comparison) {
            case AT_LEAST -> c >= 0;
            case GREATER_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
        };
    }
}
