package vn.chibo.importing.internal;

import java.util.Map;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.NewPerson;

/** The changes a people row makes at commit, each through the people module's façade. */
final class PersonSteps {

    private static final String ENTITY = "Person";

    private PersonSteps() {
    }

    record Create(PersonBulkEntry people, PeopleImport.PersonRow source) implements Plan.Step {
        public int row() {
            return source.number();
        }

        public Plan.Action action() {
            return Plan.Action.CREATE;
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            long id = people.create(source.person()).id();
            if (source.role() != null) {
                people.assignRole(id, source.person().organizationId(), source.role(), source.roleFrom());
            }
            return new Plan.Written(ENTITY, id);
        }
    }

    record Update(PersonBulkEntry people, int row, long id, NewPerson details, long version) implements Plan.Step {
        public Plan.Action action() {
            return Plan.Action.UPDATE;
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            people.updateDetails(id, details, version);
            return new Plan.Written(ENTITY, id);
        }
    }

    record Unchanged(int row, long id) implements Plan.Step {
        public Plan.Action action() {
            return Plan.Action.UNCHANGED;
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            return null;
        }
    }
}
