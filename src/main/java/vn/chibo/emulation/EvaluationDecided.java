package vn.chibo.emulation;

import java.time.LocalDate;

/**
 * A decision about a person or an organization: recognised or not under an emulation model, or a classification grade.
 *
 * @param personId       the member decided about, or {@code null} for an organization
 * @param organizationId the organization decided about, or the member's cell (told of its member's recognition)
 * @param outcomeKey message key of the outcome ({@code assessment.recognised}, {@code classificationLevel.GOOD}...)
 */
public record EvaluationDecided(EvaluationStep step, long recordId, String link, String orgPath, Long personId,
                                Long organizationId, String subjectName, int year, String outcomeKey, String decisionNumber,
                                LocalDate decisionDate) {
}
