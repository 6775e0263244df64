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

    /**
     * A step written together with the consecutive steps of the same writer (one JDBC batch for thousands of rows)
     * instead of one by one. Kinds whose owning module offers a bulk path implement it; others keep {@link Step#run}.
     */
    interface BatchStep extends Step {
        BatchWriter writer();
    }

    /**
     * Writes a run of steps at once, all or none; what each wrote, in the steps' order. {@code source} names the
     * import batch for the owning module's audit records. Writers of the same kind are equal (runs are grouped by it).
     */
    interface BatchWriter {
        List<Written> writeAll(List<Step> steps, Map<Integer, Long> createdByRow, String source);
    }

    /** A row refused while being written: the commit rolls back and reports it on the batch. */
    static final class RowRefused extends RuntimeException {
        final int row;
        final String column;
        final String messageKey;
        final transient Object[] arguments;

        RowRefused(int row, String column, String messageKey, Object... arguments) {
            super("row " + row + " refused: " + messageKey, null, false, false);
            this.row = row;
            this.column = column;
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }
}
