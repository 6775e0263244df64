package vn.chibo.evaluation;

import java.time.LocalDate;

/**
 * A decision about a person or an organization: recognised or not under an emulation model, or a classification grade.
 *
 * @param outcomeKey message key of the outcome ({@code assessment.recognised}, {@code classificationLevel.GOOD}...)
 */
public record EvaluationDecided(EvaluationStep step, long recordId, String link, String orgPath, Long personId,
                                Long organizationId, String subjectName, int year, String outcomeKey, String decisionNumber,
                                LocalDate decisionDate) {
}
