package vn.chibo.meeting;

/** Published for bulk loaders that write meetings directly (the demo generator): scores what they wrote. */
public interface MeetingScoring {

    /**
     * Counts what a bulk loader wrote as scheduling and the roll call would have: the invitations of planned meetings, the
     * attendance and contributions of held ones; and scores every held meeting that has no rubric yet with the rubric in
     * force at its date. Grouped queries and JDBC batches, in the caller's transaction.
     *
     * @return how many meetings were counted
     */
    int countLoaded();
}
