package vn.chibo.importing.internal;

import java.util.List;
import java.util.Map;

/** What a checked file would do, row by row; commit runs the steps in order in one transaction. */
record Plan(int rows, List<Step> steps) {

    enum Action { CREATE, UPDATE, UNCHANGED }

    /** A record written by a step, for the batch's link table (“which import created this person?”). */
    record Written(String entityType, long entityId) {
    }

    /** One row's change; {@code createdByRow} holds the ids created by earlier rows (a parent in the same file). */
    interface Step {
        int row();

        Action action();

        Written run(Map<Integer, Long> createdByRow);
    }

    long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }
}
