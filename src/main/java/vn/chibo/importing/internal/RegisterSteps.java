package vn.chibo.importing.internal;

import java.util.Map;
import java.util.function.LongSupplier;

/** The changes a register row makes at commit: a record created through the owning module's façade, or none. */
final class RegisterSteps {

    private RegisterSteps() {
    }

    /** Creates one record; {@code write} returns its id. */
    record Create(int row, String entityType, LongSupplier write) implements Plan.Step {
        public Plan.Action action() {
            return Plan.Action.CREATE;
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            return new Plan.Written(entityType, write.getAsLong());
        }
    }

    /** The row is a record already in the register (matched, not duplicated). */
    record Matched(int row, long id) implements Plan.Step {
        public Plan.Action action() {
            return Plan.Action.UNCHANGED;
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            return null;
        }
    }
}
