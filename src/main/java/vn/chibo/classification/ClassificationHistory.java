package vn.chibo.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Past classification results brought in from a region's records (the Excel import), stored as decided entries of
 * a closed round of the deciding organization and year, so that the review figures count them exactly like results
 * decided in ChiBo and a subject keeps one result per year. Grades are named by their codes ({@link #grades()}).
 */
public interface ClassificationHistory {

    /** One subject's result of a past year: exactly one of an organization and a person. */
    record PastResult(int year, Long organizationId, Long personId, String grade, String decisionNumber,
                      LocalDate decisionDate) {
    }

    /** A broken rule: the field it concerns and the message key (with its arguments). */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /** EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED, EXEMPT (message keys {@code classificationLevel.<code>}). */
    List<String> grades();

    /**
     * The rules without writing: a past year with a classification rulebook in force, a visible subject the account
     * may decide for (an organization of a classified type, a party member), no other result or open round entry for
     * the subject that year. Empty when it may be recorded (or when it is exactly the result already recorded).
     */
    Optional<Problem> check(PastResult result);

    /** The decided entry that already holds exactly this result (same year, subject and grade). */
    Optional<Long> existing(PastResult result);

    /** Records the result in the deciding organization's closed round of the year (created when missing), audited. */
    long record(PastResult result);
}
