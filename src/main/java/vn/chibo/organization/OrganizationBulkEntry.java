package vn.chibo.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a bulk loader (the Excel import) needs from the organization module: the organizations the signed-in account
 * may place things in, the form's checks without writing, and creation through the module's own service (tree
 * rules, history, audit).
 */
public interface OrganizationBulkEntry {

    /**
     * A new organization as the form takes it. The parent is an existing organization ({@code parentId}) or one
     * created earlier in the same load (then {@code parentId} is null and {@code parentType} names its type).
     */
    record NewOrganization(String name, String shortName, String unitName, OrganizationType type,
                           OrganizationCategory category, Long parentId, LocalDate validFrom) {
    }

    /** A broken rule: the form field it concerns and the message key. */
    record Problem(String field, String messageKey) {
    }

    /** Active organizations the signed-in account may see (its subtree; everything for an administrator). */
    List<OrganizationRef> activeVisible();

    /**
     * The form's checks for a new organization, without writing: field formats, the account may change
     * organizations, the parent is active and inside the account's subtree (only an administrator creates a root),
     * and the type may sit under the parent's type. {@code parentType} is the type of a parent that does not exist
     * yet (created earlier in the same load); {@code null} when the parent is {@code parentId} or there is none.
     */
    Optional<Problem> check(NewOrganization organization, OrganizationType parentType, boolean parentInSameLoad);

    /** Creates the organization through the organization service (history, audit). */
    OrganizationRef create(NewOrganization organization);

    /**
     * Locks the rows of these organizations until the transaction ends, as a single record's creation locks its
     * organization, in one statement per thousand ids (in id order: two loads never deadlock); returns those the
     * signed-in account may see, by id. Ids already locked in the same transaction are read without locking them
     * again (a load placing its rows a run at a time locks each organization once).
     */
    java.util.Map<Long, OrganizationRef> lockVisible(java.util.Collection<Long> ids);

    /**
     * A new organization of a bulk load: under {@code organization.parentId()} (an existing organization, or none for
     * a root), or, when {@code parentIndex} is not negative, under the entry at that (earlier) index of the same load.
     */
    record NewOrganizationIn(NewOrganization organization, int parentIndex) {
    }

    /**
     * Creates many organizations at once under the rules of {@link #create} (the account may change organizations;
     * existing superiors locked, active and in its subtree; only an administrator creates a root; the type rule),
     * with their creation event, in JDBC batches; one audit record per batch of organizations names each of them and
     * {@code source}. The field formats are those {@link #check} checked. Returns the new ids in order. An entry
     * that breaks a rule throws {@link Refused} naming it; the caller's transaction then writes nothing.
     */
    List<Long> createAll(List<NewOrganizationIn> organizations, String source);

    /** After a large load: refreshes the planner's statistics of the organization tables (PostgreSQL). */
    void refreshStatistics();

    /** An entry of a bulk load broke a rule: its index in the list and the problem. */
    final class Refused extends RuntimeException {
        private final int index;
        private final transient Problem problem;

        public Refused(int index, Problem problem) {
            super("organization " + index + " refused: " + problem.messageKey(), null, false, false);
            this.index = index;
            this.problem = problem;
        }

        public int index() {
            return index;
        }

        public Problem problem() {
            return problem;
        }
    }
}
