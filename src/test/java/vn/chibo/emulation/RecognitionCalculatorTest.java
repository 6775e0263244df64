package vn.chibo.emulation;

import vn.chibo.rules.ShippedRulebookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.emulation.internal.RecognitionCalculator;
import vn.chibo.emulation.internal.RecognitionCalculator.IndicatorResult;
import vn.chibo.rules.RulebookDefinition;

/** Recognition ("xét công nhận") by the shipped model rulebooks. */
class RecognitionCalculatorTest {

    private static final RulebookDefinition CELL_4_GOOD = ShippedRulebookFixtures.definition("chi-bo-4-tot.json");
    private static final RulebookDefinition UNIT = ShippedRulebookFixtures.definition("don-vi-vmtd-mau-muc.json");

    private static Map<String, IndicatorResult> allMet() {
        Map<String, IndicatorResult> results = new HashMap<>();
        for (var indicator : CELL_4_GOOD.indicators()) {
            results.put(indicator.code(), switch (indicator.kind()) {
                case MET -> IndicatorResult.met(true);
                case NUMBER, POINTS -> IndicatorResult.value("100");
            });
        }
        return results;
    }

    @Test
    void aCellMeetingEveryIndicatorIsRecognised() {
        var outcome = RecognitionCalculator.judge(CELL_4_GOOD, allMet());
        assertThat(outcome.recognised()).isTrue();
        assertThat(outcome.criteriaMet()).isEqualTo(4);
    }

    @Test
    void attendanceMustBeAboveEightyFivePercent() {
        Map<String, IndicatorResult> results = allMet();
        results.put("C2.1", IndicatorResult.value("85"));
        var outcome = RecognitionCalculator.judge(CELL_4_GOOD, results);
        assertThat(outcome.recognised()).isFalse();
        assertThat(outcome.criteria().get(1).unmetIndicators()).containsExactly("C2.1");
        results.put("C2.1", IndicatorResult.value("85.01"));
        assertThat(RecognitionCalculator.judge(CELL_4_GOOD, results).recognised()).isTrue();
    }

    @Test
    void aVetoIndicatorBlocksRecognition() {
        Map<String, IndicatorResult> results = allMet();
        results.put("C3.2", IndicatorResult.met(false));
        var outcome = RecognitionCalculator.judge(CELL_4_GOOD, results);
        assertThat(outcome.vetoes()).containsExactly("C3.2");
        assertThat(outcome.recognised()).isFalse();
    }

    @Test
    void missingResultsMakeTheAssessmentIncomplete() {
        Map<String, IndicatorResult> results = allMet();
        results.remove("C4.3");
        var outcome = RecognitionCalculator.judge(CELL_4_GOOD, results);
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.recognised()).isFalse();
    }

    @Test
    void aPointsRuleNeedsTheMinimumTotalAndNoVeto() {
        Map<String, IndicatorResult> results = new HashMap<>(Map.of(
                "V1.1", IndicatorResult.value("24"), "V2.1", IndicatorResult.value("18"), "V3.1", IndicatorResult.value("22"),
                "V4.1", IndicatorResult.value("13"), "V4.2", IndicatorResult.met(true), "V5.1", IndicatorResult.value("12.99")));
        var below = RecognitionCalculator.judge(UNIT, results);
        assertThat(below.totalPoints()).isEqualByComparingTo("89.99");
        assertThat(below.recognised()).isFalse();
        results.put("V5.1", IndicatorResult.value("13"));
        assertThat(RecognitionCalculator.judge(UNIT, results).recognised()).isTrue();
        results.put("V4.2", IndicatorResult.met(false));
        assertThat(RecognitionCalculator.judge(UNIT, results).recognised()).isFalse();
    }

    @Test
    void pointsAboveTheMaximumCountOnlyUpToIt() {
        Map<String, IndicatorResult> results = new HashMap<>(Map.of(
                "V1.1", IndicatorResult.value("40"), "V2.1", IndicatorResult.value("0"), "V3.1", IndicatorResult.value("0"),
                "V4.1", IndicatorResult.value("0"), "V4.2", IndicatorResult.met(true), "V5.1", IndicatorResult.value("0")));
        assertThat(RecognitionCalculator.judge(UNIT, results).totalPoints()).isEqualByComparingTo("25");
    }
}
