package vn.chibo.meeting;

/** Published for bulk loaders that write meetings directly (the demo generator): scores what they wrote. */
public interface MeetingScoring {

    /**
     * Scores every held meeting that has no rubric yet with the rubric in force at its date, and refreshes its
     * counts, in grouped queries and JDBC batches. Runs in the caller's transaction.
     *
     * @return how many meetings were scored
     */
    int scoreUnscored();
}
