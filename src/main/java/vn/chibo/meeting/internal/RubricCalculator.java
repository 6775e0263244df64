package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a meeting by a rubric: pure, exact ({@link BigDecimal} comparisons, so 85 is not above 85 and 89.99 stays
 * below 90).
 */
public final class RubricCalculator {

    private RubricCalculator() {
    }

    /** One item's outcome: points given, whether they are full marks, whether unknown facts decided it, or not yet scored (manual). */
    public record ItemScore(String code, BigDecimal points, BigDecimal maxPoints, boolean manual, boolean unknown,
                            boolean pending) {

        public boolean full() {
            return points.compareTo(maxPoints) >= 0;
        }
    }

    /**
     * @param grade             the grade code, {@code null} when the rubric has no grade for the total
     * @param missingFullMarks  items that kept a higher grade out of reach for want of full marks
     * @param pendingManual     manual items not scored yet (counted as 0)
     */
    public record Result(List<ItemScore> items, BigDecimal total, String grade, boolean flat, List<String> missingFullMarks,
                         List<String> pendingManual) {

        public ItemScore item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        }
    }

    public static Result score(RubricDefinition rubric, Map<Measure, BigDecimal> facts, boolean combinedThematic,
                               Map<String, BigDecimal> manualPoints) {
        List<ItemScore> items = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (RubricDefinition.Item item : rubric.items()) {
            ItemScore score;
            if (item.manual()) {
                BigDecimal given = manualPoints == null ? null : manualPoints.get(item.code());
                if (given == null) {
                    pending.add(item.code());
                    score = new ItemScore(item.code(), BigDecimal.ZERO, item.maxPoints(), true, false, true);
                } else {
                    BigDecimal clamped = given.max(BigDecimal.ZERO).min(item.maxPoints());
                    score = new ItemScore(item.code(), clamped, item.maxPoints(), true, false, false);
                }
            } else {
                score = automatic(item, facts, combinedThematic);
            }
            items.add(score);
            total = total.add(score.points());
        }
        List<String> missing = new ArrayList<>();
        String grade = null;
        for (RubricDefinition.Grade candidate : rubric.grades()) {
            if (total.compareTo(candidate.atLeast()) < 0) {
                continue;
            }
            List<String> lacking = candidate.fullMarksOn().stream().filter(code -> {
                ItemScore s = items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
                return s == null || !s.full();
            }).toList();
            if (lacking.isEmpty()) {
                grade = candidate.code();
                break;
            }
            missing.addAll(lacking);
        }
        boolean flat = rubric.flat() != null && rubric.flat().any().stream()
                .anyMatch(c -> c.holds(facts.get(c.measure()), combinedThematic));
        return new Result(List.copyOf(items), total, grade, flat, List.copyOf(missing), List.copyOf(pending));
    }

    private static ItemScore automatic(RubricDefinition.Item item, Map<Measure, BigDecimal> facts, boolean combinedThematic) {
        boolean unknown = item.bands().stream().flatMap(b -> b.when().stream())
                .anyMatch(c -> facts.get(c.measure()) == null);
        if (unknown) {
            BigDecimal points = item.whenUnknown().min(item.maxPoints());
            return new ItemScore(item.code(), points, item.maxPoints(), false, true, false);
        }
        for (RubricDefinition.Band band : item.bands()) {
            if (band.when().stream().allMatch(c -> c.holds(facts.get(c.measure()), combinedThematic))) {
                return new ItemScore(item.code(), band.points().min(item.maxPoints()), item.maxPoints(), false, false, false);
            }
        }
        return new ItemScore(item.code(), BigDecimal.ZERO, item.maxPoints(), false, false, false);
    }
}
