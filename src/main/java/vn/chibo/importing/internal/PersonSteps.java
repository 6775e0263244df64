package vn.chibo.importing.internal;

import java.util.Map;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.NewPerson;

/** The changes a people row makes at commit, each through the people module's façade. */
final class PersonSteps {

    private static final String ENTITY = "Person";

    private PersonSteps() {
    }

    /** Creates the people of consecutive rows in one go through the people façade's bulk path. */
    record BulkCreate(PersonBulkEntry people) implements Plan.BatchWriter {
        public java.util.List<Plan.Written> writeAll(java.util.List<Plan.Step> steps, Map<Integer, Long> createdByRow,
                                                     String source) {
            java.util.List<Create> creates = steps.stream().map(Create.class::cast).toList();
            java.util.List<Long> ids;
            try {
                ids = people.createAll(creates.stream().map(c -> new PersonBulkEntry.NewPersonWithRole(c.source().person(),
                        c.source().role(), c.source().roleFrom())).toList(), source);
            } catch (PersonBulkEntry.Refused refused) {
                PersonBulkEntry.Problem problem = refused.problem();
                throw new Plan.RowRefused(creates.get(refused.index()).row(), PersonRowMatcher.column(problem.field()),
                        problem.messageKey(), problem.arguments());
            }
            return ids.stream().map(id -> new Plan.Written(ENTITY, id)).toList();
        }
    }

    record Create(PersonBulkEntry people, PeopleImport.PersonRow source) implements Plan.BatchStep {
        public Plan.BatchWriter writer() {
            return new BulkCreate(people);
        }

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
