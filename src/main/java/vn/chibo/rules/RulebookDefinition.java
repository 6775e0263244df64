package vn.chibo.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The content of a rulebook, stored as JSON: criteria with their indicators and the recognition
 * rule (emulation models), or the level rules, automatic failures, exemptions and quota (annual
 * classification). Everything a unit may adapt lives here, not in code.
 */
public record RulebookDefinition(Recognition recognition, ReviewFrequency reviewFrequency, DecidingBody decidedBy,
                                 List<Criterion> criteria, Classification classification) {

    public RulebookDefinition {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A text in Vietnamese and English. */
    public record Text(String vi, String en) {

        public String in(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
        }
    }

    public enum RecognitionRule {
        /** Every criterion met (and no veto). */
        ALL_CRITERIA,
        /** Total points at least {@code minPoints} (and no veto). */
        MIN_POINTS,
        /** At least {@code atLeast} criteria met (and no veto). */
        AT_LEAST_CRITERIA
    }

    public enum ReviewFrequency { MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }

    /** Who recognises: the standing committee of the superior committee, or the grassroots committee for its own cells. */
    public enum DecidingBody { SUPERIOR_STANDING_COMMITTEE, GRASSROOTS_COMMITTEE }

    public record Recognition(RecognitionRule rule, BigDecimal minPoints, Integer atLeast) {
    }

    /** A criterion (tiêu chí); {@code adaptable} marks content the unit is expected to set itself. */
    public record Criterion(String code, Text name, boolean adaptable, List<Indicator> indicators) {

        public Criterion {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    public enum IndicatorKind {
        /** Đạt / không đạt. */
        MET,
        /** Points up to {@code maxPoints}; met when at least {@code threshold} (if set). */
        POINTS,
        /** A number compared with {@code threshold}. */
        NUMBER
    }

    public enum Comparison { AT_LEAST, GREATER_THAN, AT_MOST, LESS_THAN }

    /**
     * An indicator (chỉ tiêu). {@code veto}: not meeting it prevents recognition whatever the rest.
     * {@code source}: key of an automatic value ({@link vn.chibo.rules.IndicatorSource}).
     */
    public record Indicator(String code, Text name, IndicatorKind kind, BigDecimal maxPoints, BigDecimal threshold,
                            Comparison comparison, String unit, boolean veto, String source) {
    }

    public enum ClassificationMethod {
        /** Quy định 366: a score out of 100 with level boundaries and extra conditions. */
        SCORE_100,
        /** Quy định 124: levels from the ratings of each criterion. */
        CRITERIA_RATINGS
    }

    /** Extra conditions a level may require. */
    public enum Condition {
        /** 100% of tasks done on time. */
        ALL_TASKS_ON_TIME,
        /** At least {@code exceedingShareMin} of tasks exceed requirements. */
        EXCEEDING_SHARE,
        /** No subordinate organization or member disciplined in the year. */
        NO_DISCIPLINED_SUBORDINATES,
        /** Every shortcoming pointed out before has been remedied. */
        PAST_SHORTCOMINGS_FIXED,
        /** Collectives: at most {@code maxLateShare} of tasks late. */
        LATE_SHARE_WITHIN_LIMIT
    }

    /** How to reach a level: a minimum score (SCORE_100) or criterion ratings (CRITERIA_RATINGS), plus conditions. */
    public record LevelRule(ClassificationLevel level, BigDecimal minScore, ClassificationLevel allCriteriaAtLeast,
                            ShareAtLeast shareAtLeast, List<Condition> conditions, boolean collectivesOnlyConditions) {

        public LevelRule {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    public record ShareAtLeast(ClassificationLevel rating, BigDecimal share) {
    }

    /**
     * The quota: at most {@code maxShare} of those rated GOOD may be EXCELLENT within a group of
     * comparable organizations; {@code includeExcellentInBase} counts the excellent ones in that base.
     */
    public record Quota(boolean enabled, BigDecimal maxShare, boolean includeExcellentInBase, boolean exceptionWithJustification) {
    }

    /** Automatic 'Không hoàn thành nhiệm vụ' thresholds for collectives. */
    public record AutomaticFailure(BigDecimal targetsMetBelow, BigDecimal disciplinedSubordinatesAbove) {
    }

    public record Exemptions(Integer admittedWithinMonths) {
    }

    /** How strictly an order rule holds: refuse the decision, warn the decider, or not at all. */
    public enum Enforcement { ENFORCE, WARN, OFF }

    /**
     * Thứ tự đánh giá: collectives before their members, lower levels before higher. Missing
     * settings enforce both, as the regulations say.
     */
    public record OrderRules(Enforcement collectivesBeforeMembers, Enforcement lowerLevelsFirst) {

        public OrderRules {
            collectivesBeforeMembers = collectivesBeforeMembers == null ? Enforcement.ENFORCE : collectivesBeforeMembers;
            lowerLevelsFirst = lowerLevelsFirst == null ? Enforcement.ENFORCE : lowerLevelsFirst;
        }
    }

    /**
     * {@code collectiveCriteria} and {@code memberCriteria}: the criteria rated one by one under
     * CRITERIA_RATINGS (Quy định 124); when empty a single overall rating is asked for.
     */
    public record Classification(ClassificationMethod method, List<LevelRule> levels, BigDecimal exceedingShareMin,
                                 BigDecimal maxLateShare, Quota quota, AutomaticFailure automaticFailure,
                                 Exemptions exemptions, OrderRules order, List<Text> collectiveCriteria,
                                 List<Text> memberCriteria) {

        public Classification {
            levels = levels == null ? List.of() : List.copyOf(levels);
            order = order == null ? new OrderRules(null, null) : order;
            collectiveCriteria = collectiveCriteria == null ? List.of() : List.copyOf(collectiveCriteria);
            memberCriteria = memberCriteria == null ? List.of() : List.copyOf(memberCriteria);
        }

        /** The criteria a subject rates (collective or member); at least one line. */
        public List<Text> ratedCriteria(boolean collective) {
            List<Text> criteria = collective ? collectiveCriteria : memberCriteria;
            return criteria.isEmpty() ? List.of(new Text("Đánh giá chung", "Overall")) : criteria;
        }
    }

    /** All indicators of all criteria, in order. */
    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }
}
