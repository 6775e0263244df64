package vn.chibo.meeting;

import vn.chibo.shared.web.BusinessRuleException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.meeting.internal.Measure;
import vn.chibo.meeting.internal.RubricCalculator;
import vn.chibo.meeting.internal.RubricDefinition;
import vn.chibo.meeting.internal.RubricJson;

/**
 * The shipped rubric (Hướng dẫn 12-HD/BTCTW 2018, 42-HD/BTCTW 2025) computed exactly at its boundaries: attendance above
 * 85% with no unexcused absence, materials a full day ahead, 90 (120) minutes, 70% of members speaking, the grade
 * thresholds 90 / 70 / 50 and the full marks a 'Tốt' needs.
 */
class RubricCalculatorTest {

    static RubricDefinition rubric;

    @BeforeAll
    static void loadShippedRubric() throws IOException {
        try (InputStream in = RubricCalculatorTest.class.getResourceAsStream("/meeting-rubrics/sinh-hoat-chi-bo.json")) {
            rubric = RubricJson.parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)).definition();
        }
    }

    /** A meeting that earns full marks on every automatic item. */
    static Map<Measure, BigDecimal> perfect() {
        Map<Measure, BigDecimal> facts = new EnumMap<>(Measure.class);
        facts.put(Measure.ATTENDANCE_RATE, new BigDecimal("100"));
        facts.put(Measure.UNEXCUSED_ABSENCES, BigDecimal.ZERO);
        facts.put(Measure.DURATION_MINUTES, new BigDecimal("120"));
        facts.put(Measure.MATERIALS_LEAD_HOURS, new BigDecimal("48"));
        facts.put(Measure.SPEAKING_SHARE, new BigDecimal("80"));
        facts.put(Measure.MINUTES_COMPLETE, BigDecimal.ONE);
        facts.put(Measure.PREVIOUS_ITEMS_DONE_SHARE, new BigDecimal("100"));
        return facts;
    }

    static Map<String, BigDecimal> manual(String preparation, String order, String principles) {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put("PREPARATION", new BigDecimal(preparation));
        points.put("ORDER", new BigDecimal(order));
        points.put("PRINCIPLES", new BigDecimal(principles));
        return points;
    }

    static RubricCalculator.Result score(Map<Measure, BigDecimal> facts, Map<String, BigDecimal> manual) {
        return RubricCalculator.score(rubric, facts, false, manual);
    }

    @Test
    void theShippedRubricAddsUpToOneHundredAndIsValid() {
        assertThat(rubric.totalPoints()).isEqualByComparingTo("100");
        assertThat(RubricJson.problems(rubric)).isEmpty();
        assertThat(score(perfect(), manual("10", "10", "10")).total()).isEqualByComparingTo("100");
        assertThat(score(perfect(), manual("10", "10", "10")).grade()).isEqualTo("GOOD");
    }

    @ParameterizedTest(name = "attendance {0}%, {1} unexcused → {2} points")
    @CsvSource({"85.01, 0, 15", "85, 0, 5", "100, 1, 10", "85.01, 1, 10", "70, 0, 5", "69.99, 0, 0"})
    void attendanceMustBeAbove85PercentWithNoUnexcusedAbsence(String rate, int unexcused, int points) {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.ATTENDANCE_RATE, new BigDecimal(rate));
        facts.put(Measure.UNEXCUSED_ABSENCES, BigDecimal.valueOf(unexcused));
        assertThat(score(facts, manual("10", "10", "10")).item("ATTENDANCE").points()).isEqualByComparingTo(String.valueOf(points));
    }

    @ParameterizedTest(name = "{0} minutes, combined={1} → {2} points")
    @CsvSource({"90, false, 10", "89, false, 5", "60, false, 5", "59, false, 0", "120, true, 10", "119, true, 5", "90, true, 5",
            "89, true, 0"})
    void durationIsAtLeast90MinutesOr120WhenCombinedWithAThematicSession(int minutes, boolean combined, int points) {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.DURATION_MINUTES, BigDecimal.valueOf(minutes));
        assertThat(RubricCalculator.score(rubric, facts, combined, manual("10", "10", "10")).item("DURATION").points())
                .isEqualByComparingTo(String.valueOf(points));
    }

    @ParameterizedTest(name = "materials {0} hours ahead → {1} points")
    @CsvSource({"24, 10", "23.99, 5", "0, 5", "-0.5, 0"})
    void materialsArePostedAtLeastOneDayBefore(String hours, int points) {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.MATERIALS_LEAD_HOURS, new BigDecimal(hours));
        assertThat(score(facts, manual("10", "10", "10")).item("MATERIALS").points()).isEqualByComparingTo(String.valueOf(points));
    }

    @Test
    void noMaterialsAndNoEndTimeEarnNothingButNoPreviousItemsIsNoFault() {
        Map<Measure, BigDecimal> facts = perfect();
        facts.remove(Measure.MATERIALS_LEAD_HOURS);
        facts.remove(Measure.DURATION_MINUTES);
        facts.remove(Measure.PREVIOUS_ITEMS_DONE_SHARE);
        RubricCalculator.Result result = score(facts, manual("10", "10", "10"));
        assertThat(result.item("MATERIALS").points()).isEqualByComparingTo("0");
        assertThat(result.item("MATERIALS").unknown()).isTrue();
        assertThat(result.item("DURATION").points()).isEqualByComparingTo("0");
        assertThat(result.item("PREVIOUS_RESOLUTION").points()).isEqualByComparingTo("10");
    }

    @ParameterizedTest(name = "{0}% of members present spoke → {1} points, flat={2}")
    @CsvSource({"70, 15, false", "69.99, 10, false", "50, 10, false", "49.99, 5, false", "30, 5, false", "29.99, 0, true", "0, 0, true"})
    void manyMembersSpeakingAndTheFlatMeetingFlag(String share, int points, boolean flat) {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.SPEAKING_SHARE, new BigDecimal(share));
        RubricCalculator.Result result = score(facts, manual("10", "10", "10"));
        assertThat(result.item("SPEAKING").points()).isEqualByComparingTo(String.valueOf(points));
        assertThat(result.flat()).isEqualTo(flat);
    }

    @ParameterizedTest(name = "previous items {0}% done → {1} points")
    @CsvSource({"100, 10", "99.99, 7", "80, 7", "79.99, 4", "50, 4", "49.99, 0"})
    void previousResolutionItemsDone(String share, int points) {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.PREVIOUS_ITEMS_DONE_SHARE, new BigDecimal(share));
        assertThat(score(facts, manual("10", "10", "10")).item("PREVIOUS_RESOLUTION").points())
                .isEqualByComparingTo(String.valueOf(points));
    }

    @ParameterizedTest(name = "manual points {0}+{1}+{2} with full automatic marks → {3} points, {4}")
    @CsvSource({
            "10, 10, 10, 100, GOOD",
            "10, 10, 0, 90, GOOD",
            "10, 9.5, 0, 89.5, FAIR",
            "9.99, 10, 0, 89.99, FAIR",
            "5, 5, 5, 85, FAIR",
            "0, 0, 0, 70, FAIR"})
    void gradesAtTheirThresholds(String a, String b, String c, String total, String grade) {
        RubricCalculator.Result result = score(perfect(), manual(a, b, c));
        assertThat(result.total()).isEqualByComparingTo(total);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @Test
    void lowerGradeThresholdsAre70And50() {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.MATERIALS_LEAD_HOURS, new BigDecimal("-1"));     // 0 of 10
        facts.put(Measure.PREVIOUS_ITEMS_DONE_SHARE, new BigDecimal("0")); // 0 of 10
        // automatic: 15 + 0 + 10 + 15 + 10 + 0 = 50
        assertThat(score(facts, manual("10", "10", "0")).total()).isEqualByComparingTo("70");
        assertThat(score(facts, manual("10", "10", "0")).grade()).isEqualTo("FAIR");
        assertThat(score(facts, manual("10", "9.99", "0")).grade()).isEqualTo("AVERAGE");
        assertThat(score(facts, manual("0", "0", "0")).total()).isEqualByComparingTo("50");
        assertThat(score(facts, manual("0", "0", "0")).grade()).isEqualTo("AVERAGE");
        facts.put(Measure.MINUTES_COMPLETE, BigDecimal.ZERO);
        assertThat(score(facts, manual("9.99", "0", "0")).total()).isEqualByComparingTo("49.99");
        assertThat(score(facts, manual("9.99", "0", "0")).grade()).isEqualTo("POOR");
    }

    @Test
    void ninetyPointsWithoutFullMarksOnARequiredItemIsOnlyFair() {
        Map<Measure, BigDecimal> facts = perfect();
        facts.put(Measure.UNEXCUSED_ABSENCES, BigDecimal.ONE);           // attendance 10 of 15
        RubricCalculator.Result result = score(facts, manual("10", "10", "10"));
        assertThat(result.total()).isEqualByComparingTo("95");
        assertThat(result.grade()).isEqualTo("FAIR");
        assertThat(result.missingFullMarks()).containsExactly("ATTENDANCE");

        Map<Measure, BigDecimal> incomplete = perfect();
        incomplete.put(Measure.MINUTES_COMPLETE, BigDecimal.ZERO);        // minutes 0 of 10
        RubricCalculator.Result noMinutes = score(incomplete, manual("10", "10", "10"));
        assertThat(noMinutes.total()).isEqualByComparingTo("90");
        assertThat(noMinutes.grade()).isEqualTo("FAIR");
        assertThat(noMinutes.missingFullMarks()).containsExactly("MINUTES");
    }

    @Test
    void manualItemsNotScoredCountZeroAndAreReportedPending() {
        RubricCalculator.Result result = score(perfect(), Map.of("PREPARATION", new BigDecimal("10")));
        assertThat(result.total()).isEqualByComparingTo("80");
        assertThat(result.pendingManual()).containsExactlyInAnyOrder("ORDER", "PRINCIPLES");
        assertThat(result.grade()).isEqualTo("FAIR");
    }

    @Test
    void aBrokenRubricIsRejectedWithEveryProblemNamed() {
        String json = """
                {"code": "X", "nameVi": "Thử", "nameEn": "Test", "validFrom": "2026-01-01",
                 "definition": {"appliesTo": ["REGULAR"],
                   "items": [{"code": "A", "name": {"vi": "A"}, "maxPoints": 60, "bands": [{"points": 70, "when": []}]},
                             {"code": "A", "name": {"vi": "B"}, "maxPoints": 30, "manual": true}],
                   "grades": [{"code": "FAIR", "atLeast": 50}, {"code": "GOOD", "atLeast": 90, "fullMarksOn": ["Z"]}],
                   "strikeOff": {"unexcusedMonths": 3, "warnFrom": 2}, "memberContribution": {"minSpokenShare": 50}}}""";
        assertThatThrownBy(() -> RubricJson.parseDocument(json))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .contains("meeting.rubric.problem.code", "meeting.rubric.problem.points", "meeting.rubric.problem.noConditions",
                                "meeting.rubric.problem.itemCode", "meeting.rubric.problem.total", "meeting.rubric.problem.gradeOrder",
                                "meeting.rubric.problem.fullMarksOn", "meeting.rubric.problem.lowestGrade"));
    }
}
