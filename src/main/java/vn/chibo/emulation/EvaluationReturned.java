package vn.chibo.emulation;

/**
 * A self-assessment, self-classification or proposal sent back with a reason. Its subject is a person
 * ({@code personId}) or an organization ({@code organizationId}), whose leaders must act on it.
 *
 * @param link       the page where the step is done again
 * @param returnedAt when it was returned (a record may be returned more than once)
 */
public record EvaluationReturned(EvaluationStep step, long recordId, String link, String orgPath, Long personId,
                                 Long organizationId, String subjectName, int year, String reason, java.time.Instant returnedAt) {
}
