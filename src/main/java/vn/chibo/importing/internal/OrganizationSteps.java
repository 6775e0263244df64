package vn.chibo.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationBulkEntry.NewOrganization;

/** The organizations an organizations file creates, through the organization module's bulk path. */
final class OrganizationSteps {

    private static final String ENTITY = "Organization";

    private OrganizationSteps() {
    }

    /**
     * Creates the organizations of consecutive rows in one go. A row's superior is an existing organization, one
     * created by an earlier run of rows ({@code createdByRow}) or one of this run (named to the module by its index).
     */
    record BulkCreate(OrganizationBulkEntry organizations) implements Plan.BatchWriter {
        public List<Plan.Written> writeAll(List<Plan.Step> steps, Map<Integer, Long> createdByRow, String source) {
            List<Create> creates = steps.stream().map(Create.class::cast).toList();
            Map<Integer, Integer> indexByRow = new HashMap<>();
            List<OrganizationBulkEntry.NewOrganizationIn> entries = new ArrayList<>(creates.size());
            for (int i = 0; i < creates.size(); i++) {
                Create create = creates.get(i);
                indexByRow.put(create.row(), i);
                if (create.parentRow() < 0) {
                    entries.add(new OrganizationBulkEntry.NewOrganizationIn(create.organization(), -1));
                } else if (indexByRow.containsKey(create.parentRow())) {
                    entries.add(new OrganizationBulkEntry.NewOrganizationIn(create.organization(), indexByRow.get(create.parentRow())));
                } else {
                    entries.add(new OrganizationBulkEntry.NewOrganizationIn(
                            create.under(createdByRow.get(create.parentRow())), -1));
                }
            }
            List<Long> ids;
            try {
                ids = organizations.createAll(entries, source);
            } catch (OrganizationBulkEntry.Refused refused) {
                throw new Plan.RowRefused(creates.get(refused.index()).row(),
                        OrganizationsImport.column(refused.problem().field()), refused.problem().messageKey());
            }
            return ids.stream().map(id -> new Plan.Written(ENTITY, id)).toList();
        }
    }

    /** Creates the organization under an existing superior or under the one an earlier row created. */
    record Create(OrganizationBulkEntry organizations, int row, NewOrganization organization, int parentRow)
            implements Plan.BatchStep {

        public Plan.BatchWriter writer() {
            return new BulkCreate(organizations);
        }

        public Plan.Action action() {
            return Plan.Action.CREATE;
        }

        NewOrganization under(Long parentId) {
            return new NewOrganization(organization.name(), organization.shortName(), organization.unitName(),
                    organization.type(), organization.category(), parentId, organization.validFrom());
        }

        public Plan.Written run(Map<Integer, Long> createdByRow) {
            long id = organizations.create(parentRow < 0 ? organization : under(createdByRow.get(parentRow))).id();
            createdByRow.put(row, id);
            return new Plan.Written(ENTITY, id);
        }
    }
}
