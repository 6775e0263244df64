package vn.chibo.people.internal;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationDissolving;
import vn.chibo.organization.OrganizationMerged;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationSplit;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Keeps people consistent with the organization tree, in the same transaction as the tree change:
 * members follow merges and splits, and an organization with members cannot be dissolved. (Paths follow
 * moves through the organization module's PathCopies, like every other copied path.)
 */
@Component
class OrganizationChangesListener {

    private final PersonRepository people;
    private final PersonChanges service;
    private final OrganizationDirectory organizations;
    private final LeadershipAssignmentRepository roles;
    private final MembershipRepository memberships;

    OrganizationChangesListener(PersonRepository people, PersonChanges service,
                                OrganizationDirectory organizations, LeadershipAssignmentRepository roles,
                                MembershipRepository memberships) {
        this.people = people;
        this.service = service;
        this.organizations = organizations;
        this.roles = roles;
        this.memberships = memberships;
    }

    /** An ended organization has no current leaders and hosts no temporary members. */
    private void closeOpenPositions(long organizationId, java.time.LocalDate on) {
        for (LeadershipAssignment role : roles.findByOrganizationIdAndToDateIsNull(organizationId)) {
            role.end(on);
        }
        for (Membership temporary : memberships.findByOrganizationIdAndKindAndToDateIsNull(organizationId, Membership.Kind.TEMPORARY)) {
            temporary.end(on);
        }
    }

    @EventListener
    void on(OrganizationMerged merged) {
        OrganizationRef into = organizations.find(merged.intoId()).orElseThrow();
        for (Person person : people.findByOrganizationId(merged.fromId())) {
            if (person.getPartyStatus().isCurrent()) {
                service.transferInternal(person, into, merged.effectiveOn(), null);
            }
        }
        closeOpenPositions(merged.fromId(), merged.effectiveOn());
    }

    @EventListener
    void on(OrganizationSplit split) {
        OrganizationRef target = organizations.find(split.newId()).orElseThrow();
        Set<Long> chosen = split.personIds();
        for (Person person : people.findAllById(chosen)) {
            if (person.getOrganizationId() != split.fromId()) {
                throw new BusinessRuleException("personIds", "person.error.notInOrganization");
            }
            service.transferInternal(person, target, split.effectiveOn(), null);
        }
    }

    @EventListener
    void on(OrganizationDissolving dissolving) {
        long count = people.countCurrentIn(dissolving.organizationId());
        if (count > 0) {
            throw new BusinessRuleException(null, "organization.error.dissolveMembers", count);
        }
        closeOpenPositions(dissolving.organizationId(), dissolving.effectiveOn());
    }
}
