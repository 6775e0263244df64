package vn.chibo.classification;

import vn.chibo.rules.ClassificationLevel;
import vn.chibo.rules.ShippedRulebookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.classification.internal.ClassificationCalculator;
import vn.chibo.classification.internal.ClassificationCalculator.Input;
import vn.chibo.rules.RulebookDefinition.Classification;

/** Annual classification by the shipped Quy định 366 and Quy định 124 rulebooks. */
class ClassificationCalculatorTest {

    private static final Classification QD366 = ShippedRulebookFixtures.definition("quy-dinh-366.json").classification();
    private static final Classification QD124 = ShippedRulebookFixtures.definition("quy-dinh-124.json").classification();

    private static Input individual(String score) {
        return Input.individualWithScore(score);
    }

    private static Input collective(String score, String lateShare) {
        return new Input(true, new BigDecimal(score), List.of(), true, new BigDecimal("0.30"), true, true,
                new BigDecimal(lateShare), false, false, new BigDecimal("0.9"), false, BigDecimal.ZERO, false, false, false, null);
    }

    @ParameterizedTest(name = "score {0} → {1}")
    @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "70, GOOD", "69.99, COMPLETED", "50, COMPLETED",
            "49.99, NOT_COMPLETED", "0, NOT_COMPLETED"})
    void scoreBoundariesAreExact(String score, ClassificationLevel expected) {
        assertThat(ClassificationCalculator.classify(QD366, individual(score)).level()).isEqualTo(expected);
    }

    @Test
    void ninetyPointsWithoutTheExtraConditionsIsGoodAndSaysWhy() {
        Input lateTasks = new Input(false, new BigDecimal("95"), List.of(), false, new BigDecimal("0.30"), true, true,
                BigDecimal.ZERO, false, false, null, false, null, false, false, false, null);
        var result = ClassificationCalculator.classify(QD366, lateTasks);
        assertThat(result.level()).isEqualTo(ClassificationLevel.GOOD);
        assertThat(result.reasons()).contains("classification.reason.missing.ALL_TASKS_ON_TIME");
        Input fewExceeding = new Input(false, new BigDecimal("95"), List.of(), true, new BigDecimal("0.29"), true, true,
                BigDecimal.ZERO, false, false, null, false, null, false, false, false, null);
        assertThat(ClassificationCalculator.classify(QD366, fewExceeding).level()).isEqualTo(ClassificationLevel.GOOD);
    }

    @Test
    void aCollectiveWithTooManyLateTasksDropsBelowCompleted() {
        assertThat(ClassificationCalculator.classify(QD366, collective("60", "0.20")).level()).isEqualTo(ClassificationLevel.COMPLETED);
        assertThat(ClassificationCalculator.classify(QD366, collective("60", "0.21")).level()).isEqualTo(ClassificationLevel.NOT_COMPLETED);
        assertThat(ClassificationCalculator.classify(QD366, collective("75", "0.50")).level()).isEqualTo(ClassificationLevel.GOOD);
    }

    @Test
    void disciplineInTheYearIsAnAutomaticFailUnlessSelfDetectedAndCorrected() {
        Input disciplined = new Input(false, new BigDecimal("95"), List.of(), true, new BigDecimal("0.5"), true, true,
                BigDecimal.ZERO, true, false, null, false, null, false, false, false, null);
        var result = ClassificationCalculator.classify(QD366, disciplined);
        assertThat(result.level()).isEqualTo(ClassificationLevel.NOT_COMPLETED);
        assertThat(result.reasons()).containsExactly("classification.auto.disciplined");
        Input selfCorrected = new Input(false, new BigDecimal("95"), List.of(), true, new BigDecimal("0.5"), true, true,
                BigDecimal.ZERO, true, true, null, false, null, false, false, false, null);
        assertThat(ClassificationCalculator.classify(QD366, selfCorrected).level()).isEqualTo(ClassificationLevel.EXCELLENT);
    }

    @Test
    void collectiveAutomaticFailures() {
        Input fewTargets = new Input(true, new BigDecimal("80"), List.of(), true, BigDecimal.ZERO, true, true,
                BigDecimal.ZERO, false, false, new BigDecimal("0.49"), false, BigDecimal.ZERO, false, false, false, null);
        assertThat(ClassificationCalculator.classify(QD366, fewTargets).reasons()).contains("classification.auto.targetsMet");
        Input manyDisciplined = new Input(true, new BigDecimal("80"), List.of(), true, BigDecimal.ZERO, true, true,
                BigDecimal.ZERO, false, false, new BigDecimal("0.5"), false, new BigDecimal("0.21"), false, false, false, null);
        assertThat(ClassificationCalculator.classify(QD366, manyDisciplined).level()).isEqualTo(ClassificationLevel.NOT_COMPLETED);
        Input atThreshold = new Input(true, new BigDecimal("80"), List.of(), true, BigDecimal.ZERO, true, true,
                BigDecimal.ZERO, false, false, new BigDecimal("0.5"), false, new BigDecimal("0.20"), false, false, false, null);
        assertThat(ClassificationCalculator.classify(QD366, atThreshold).level()).isEqualTo(ClassificationLevel.GOOD);
    }

    @Test
    void suspendedAndRecentlyAdmittedMembersAreExempt() {
        Input suspended = new Input(false, new BigDecimal("95"), List.of(), true, BigDecimal.ONE, true, true,
                BigDecimal.ZERO, false, false, null, false, null, false, false, true, null);
        assertThat(ClassificationCalculator.classify(QD366, suspended).exempt()).isTrue();
        Input fiveMonths = new Input(false, new BigDecimal("95"), List.of(), true, BigDecimal.ONE, true, true,
                BigDecimal.ZERO, false, false, null, false, null, false, false, false, 5);
        assertThat(ClassificationCalculator.classify(QD366, fiveMonths).exempt()).isTrue();
        Input sixMonths = new Input(false, new BigDecimal("95"), List.of(), true, BigDecimal.ONE, true, true,
                BigDecimal.ZERO, false, false, null, false, null, false, false, false, 6);
        assertThat(ClassificationCalculator.classify(QD366, sixMonths).level()).isEqualTo(ClassificationLevel.EXCELLENT);
    }

    @Test
    void regulation124ClassifiesFromCriterionRatings() {
        assertThat(level124(ClassificationLevel.EXCELLENT, ClassificationLevel.EXCELLENT, ClassificationLevel.GOOD,
                ClassificationLevel.GOOD)).isEqualTo(ClassificationLevel.EXCELLENT);
        assertThat(level124(ClassificationLevel.EXCELLENT, ClassificationLevel.GOOD, ClassificationLevel.GOOD,
                ClassificationLevel.GOOD)).isEqualTo(ClassificationLevel.GOOD);
        assertThat(level124(ClassificationLevel.EXCELLENT, ClassificationLevel.EXCELLENT, ClassificationLevel.EXCELLENT,
                ClassificationLevel.COMPLETED)).isEqualTo(ClassificationLevel.GOOD);
        assertThat(level124(ClassificationLevel.COMPLETED, ClassificationLevel.COMPLETED, ClassificationLevel.GOOD,
                ClassificationLevel.COMPLETED)).isEqualTo(ClassificationLevel.COMPLETED);
        assertThat(level124(ClassificationLevel.GOOD, ClassificationLevel.NOT_COMPLETED, ClassificationLevel.GOOD,
                ClassificationLevel.GOOD)).isEqualTo(ClassificationLevel.NOT_COMPLETED);
    }

    private static ClassificationLevel level124(ClassificationLevel... ratings) {
        Input input = new Input(true, null, List.of(ratings), null, null, null, null, null, false, false,
                new BigDecimal("0.9"), false, BigDecimal.ZERO, false, false, false, null);
        return ClassificationCalculator.classify(QD124, input).level();
    }

    @Test
    void theQuotaAllowsAtMostTwentyPercentOfGood() {
        var withinQuota = ClassificationCalculator.quota(QD366, 4, 16);
        assertThat(withinQuota.allowed()).isEqualTo(4);
        assertThat(withinQuota.exceeded()).isFalse();
        var overQuota = ClassificationCalculator.quota(QD366, 5, 15);
        assertThat(overQuota.allowed()).isEqualTo(4);
        assertThat(overQuota.exceeded()).isTrue();
        assertThat(ClassificationCalculator.quota(QD366, 1, 3).allowed()).isZero();
    }
}
