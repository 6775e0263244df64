package vn.chibo.classification.internal;

import vn.chibo.rules.RulebookDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.rules.ClassificationLevel;
import vn.chibo.rules.RulebookDefinition.Classification;
import vn.chibo.rules.RulebookDefinition.Condition;
import vn.chibo.rules.RulebookDefinition.LevelRule;

/**
 * Annual classification (xếp loại chất lượng) by a classification rulebook: exemptions first, then
 * the automatic 'Không hoàn thành nhiệm vụ' cases, then the best level whose rule is satisfied.
 * Scores compare exactly (BigDecimal): 89.99 is below 90.
 */
public final class ClassificationCalculator {

    private ClassificationCalculator() {
    }

    /**
     * What the classification looks at. Shares are fractions (0.30 = 30%). Unknown values may be
     * {@code null}; a condition that needs an unknown value is not satisfied.
     */
    public record Input(boolean collective, BigDecimal score, List<ClassificationLevel> criterionRatings,
                        Boolean allTasksOnTime, BigDecimal exceedingShare, Boolean noDisciplinedSubordinates,
                        Boolean pastShortcomingsFixed, BigDecimal lateTaskShare,
                        boolean disciplinedInYear, boolean disciplineSelfDetectedAndCorrected,
                        BigDecimal targetsMetShare, boolean leadershipDisciplined, BigDecimal disciplinedSubordinatesShare,
                        boolean internalDisunity, boolean memberDegradation,
                        boolean activitySuspended, Integer monthsSinceAdmission) {

        public static Input individualWithScore(String score) {
            return new Input(false, new BigDecimal(score), List.of(), true, new BigDecimal("0.30"), true, true,
                    BigDecimal.ZERO, false, false, null, false, null, false, false, false, null);
        }
    }

    /** {@code level} is null when the subject is exempt; {@code reasons} are message keys explaining the result. */
    public record Result(ClassificationLevel level, boolean exempt, List<String> reasons) {
    }

    public static Result classify(Classification rules, Input input) {
        List<String> reasons = new ArrayList<>();
        if (input.activitySuspended()) {
            return new Result(null, true, List.of("classification.exempt.suspended"));
        }
        Integer within = rules.exemptions() == null ? null : rules.exemptions().admittedWithinMonths();
        if (!input.collective() && within != null && input.monthsSinceAdmission() != null
                && input.monthsSinceAdmission() < within) {
            return new Result(null, true, List.of("classification.exempt.recentlyAdmitted"));
        }
        automaticFailures(rules, input, reasons);
        if (!reasons.isEmpty()) {
            return new Result(ClassificationLevel.NOT_COMPLETED, false, reasons);
        }
        for (LevelRule rule : rules.levels()) {
            if (satisfies(rules, rule, input, reasons)) {
                return new Result(rule.level(), false, reasons);
            }
        }
        reasons.add("classification.reason.belowAllLevels");
        return new Result(ClassificationLevel.NOT_COMPLETED, false, reasons);
    }

    private static void automaticFailures(Classification rules, Input input, List<String> reasons) {
        if (!input.collective()) {
            if (input.disciplinedInYear() && !input.disciplineSelfDetectedAndCorrected()) {
                reasons.add("classification.auto.disciplined");
            }
            return;
        }
        var thresholds = rules.automaticFailure();
        if (thresholds != null && thresholds.targetsMetBelow() != null && input.targetsMetShare() != null
                && input.targetsMetShare().compareTo(thresholds.targetsMetBelow()) < 0) {
            reasons.add("classification.auto.targetsMet");
        }
        if (input.leadershipDisciplined()) {
            reasons.add("classification.auto.leadershipDisciplined");
        }
        if (thresholds != null && thresholds.disciplinedSubordinatesAbove() != null && input.disciplinedSubordinatesShare() != null
                && input.disciplinedSubordinatesShare().compareTo(thresholds.disciplinedSubordinatesAbove()) > 0) {
            reasons.add("classification.auto.disciplinedSubordinates");
        }
        if (input.internalDisunity()) {
            reasons.add("classification.auto.disunity");
        }
        if (input.memberDegradation()) {
            reasons.add("classification.auto.degradation");
        }
    }

    private static boolean satisfies(Classification rules, LevelRule rule, Input input, List<String> reasons) {
        if (rules.method() == RulebookDefinition.ClassificationMethod.SCORE_100) {
            if (rule.minScore() != null && (input.score() == null || input.score().compareTo(rule.minScore()) < 0)) {
                return false;
            }
        } else if (!ratingsSatisfy(rule, input.criterionRatings())) {
            return false;
        }
        if (rule.collectivesOnlyConditions() && !input.collective()) {
            return true;
        }
        for (Condition condition : rule.conditions()) {
            if (!holds(rules, condition, input)) {
                reasons.add("classification.reason.missing." + condition.name());
                return false;
            }
        }
        return true;
    }

    private static boolean ratingsSatisfy(LevelRule rule, List<ClassificationLevel> ratings) {
        if (ratings == null || ratings.isEmpty()) {
            return rule.allCriteriaAtLeast() == null && rule.shareAtLeast() == null;
        }
        if (rule.allCriteriaAtLeast() != null && !ratings.stream().allMatch(r -> r.atLeast(rule.allCriteriaAtLeast()))) {
            return false;
        }
        if (rule.shareAtLeast() != null && rule.shareAtLeast().share() != null && rule.shareAtLeast().rating() != null) {
            long count = ratings.stream().filter(r -> r.atLeast(rule.shareAtLeast().rating())).count();
            BigDecimal share = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(ratings.size()), 6, RoundingMode.HALF_UP);
            return share.compareTo(rule.shareAtLeast().share()) >= 0;
        }
        return true;
    }

    private static boolean holds(Classification rules, Condition condition, Input input) {
        return switch (condition) {
            case ALL_TASKS_ON_TIME -> Boolean.TRUE.equals(input.allTasksOnTime());
            case EXCEEDING_SHARE -> input.exceedingShare() != null && rules.exceedingShareMin() != null
                    && input.exceedingShare().compareTo(rules.exceedingShareMin()) >= 0;
            case NO_DISCIPLINED_SUBORDINATES -> Boolean.TRUE.equals(input.noDisciplinedSubordinates());
            case PAST_SHORTCOMINGS_FIXED -> Boolean.TRUE.equals(input.pastShortcomingsFixed());
            case LATE_SHARE_WITHIN_LIMIT -> input.lateTaskShare() != null && rules.maxLateShare() != null
                    && input.lateTaskShare().compareTo(rules.maxLateShare()) <= 0;
        };
    }

    /** Quota use in a group of comparable subjects: how many may be EXCELLENT, given the counts proposed. */
    public record QuotaStatus(boolean enabled, long excellent, long allowed, boolean exceeded) {
    }

    public static QuotaStatus quota(Classification rules, long excellent, long good) {
        var quota = rules.quota();
        if (quota == null || !quota.enabled()) {
            return new QuotaStatus(false, excellent, Long.MAX_VALUE, false);
        }
        long base = good + (quota.includeExcellentInBase() ? excellent : 0);
        long allowed = quota.maxShare().multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.FLOOR).longValueExact();
        return new QuotaStatus(true, excellent, allowed, excellent > allowed);
    }
}
