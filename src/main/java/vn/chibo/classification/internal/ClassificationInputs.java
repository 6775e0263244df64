package vn.chibo.classification.internal;

import vn.chibo.rules.RulebookJson;

import java.math.BigDecimal;
import java.util.List;
import vn.chibo.rules.ClassificationLevel;

/**
 * What a subject declares in its self-classification (and the advisory body may correct): the
 * score or criterion ratings and the facts behind the conditions, automatic failures and
 * exemptions. Shares are fractions (0.30 = 30%). Stored as JSON on the entry.
 */
public record ClassificationInputs(BigDecimal score, List<ClassificationLevel> ratings, boolean allTasksOnTime,
                                   BigDecimal exceedingShare, boolean noDisciplinedSubordinates,
                                   boolean pastShortcomingsFixed, BigDecimal lateTaskShare,
                                   boolean disciplinedInYear, boolean disciplineSelfCorrected,
                                   BigDecimal targetsMetShare, boolean leadershipDisciplined,
                                   BigDecimal disciplinedSubordinatesShare, boolean internalDisunity,
                                   boolean memberDegradation, boolean activitySuspended) {

    public ClassificationInputs {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    ClassificationCalculator.Input toInput(boolean collective, Integer monthsSinceAdmission) {
        return new ClassificationCalculator.Input(collective, score, ratings, allTasksOnTime, exceedingShare,
                noDisciplinedSubordinates, pastShortcomingsFixed, lateTaskShare, disciplinedInYear, disciplineSelfCorrected,
                targetsMetShare, leadershipDisciplined, disciplinedSubordinatesShare, internalDisunity, memberDegradation,
                activitySuspended, monthsSinceAdmission);
    }

    /** Percent for a form field (30 for 0.30), or empty. */
    public static String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    String toJson() {
        return RulebookJson.JSON.writeValueAsString(this);
    }

    static ClassificationInputs fromJson(String json) {
        return json == null ? null : RulebookJson.JSON.readValue(json, ClassificationInputs.class);
    }
}
