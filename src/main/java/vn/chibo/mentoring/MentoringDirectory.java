package vn.chibo.mentoring;

import java.time.LocalDate;
import java.util.Optional;

/** Public façade of the mentoring module, for party development: who mentors a person, and recording his outcome. */
public interface MentoringDirectory {

    /** The person id of whoever mentors this person now, if anyone. Unscoped. */
    Optional<Long> currentMentorOf(long menteePersonId);

    /**
     * Records an outcome of the person's current assignment (or his last one), audited; an outcome that ends
     * mentoring (admission, transfer, discharge) ends the assignment. Returns false when he was never mentored.
     */
    boolean recordOutcome(long menteePersonId, MentoringOutcome outcome, LocalDate on, String note);
}
