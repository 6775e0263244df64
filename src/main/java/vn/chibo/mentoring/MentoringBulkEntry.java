package vn.chibo.mentoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a bulk loader (the Excel import of a region's mentoring register) needs: the assignment rules of the
 * mentoring rulebook in force checked without writing, the assignment a row already is, and creation through the
 * module's own service (groups of the rulebook's size, mentor registration, audit). An assignment with an end date
 * is past history: it is recorded ended, and the rules about current mentoring (one mentor at a time, a mentor's
 * load, a mass as mentee) do not apply to it.
 */
public interface MentoringBulkEntry {

    /**
     * One mentoring assignment; {@code organizationId} is the unit whose mentoring it is (the mentee's own
     * organization when null).
     */
    record NewAssignment(long mentorPersonId, long menteePersonId, Long organizationId, LocalDate start, LocalDate end,
                         String goals) {
    }

    /** A broken rule: the field it concerns and the message key (with its arguments). */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /**
     * The form's rules for the assignment; {@code earlierForMentor} counts the current assignments the same file
     * gives this mentor in rows before it (they count towards his maximum). Empty when it may be recorded.
     */
    Optional<Problem> check(NewAssignment assignment, int earlierForMentor);

    /** The assignment already recorded: the same mentor and mentee from the same start, or mentoring him now. */
    Optional<Long> existing(NewAssignment assignment);

    long create(NewAssignment assignment);
}
