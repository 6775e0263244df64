package vn.chibo.recognition.internal;

import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Resolves the subject of a record (exactly one of a person and an organization, visible to the
 * signed-in account) and answers the scope questions every read of the registers asks.
 */
@Component
class Subjects {


    private final OrganizationDirectory organizations;
    private final PersonDirectory people;

    Subjects(OrganizationDirectory organizations, PersonDirectory people) {
        this.organizations = organizations;
        this.people = people;
    }

    /** Exactly one of the two ids must be given; the subject must be visible (404 otherwise). */
    Subject require(Long personId, Long organizationId, String errorKey) {
        if ((personId == null) == (organizationId == null)) {
            throw new BusinessRuleException("personId", errorKey);
        }
        if (personId != null) {
            PersonRef person = people.requireVisible(personId);
            return new Subject(SubjectType.PERSON, person.id(), null, person.organizationId(), person.orgPath(), person.fullName());
        }
        OrganizationRef organization = organizations.requireVisible(organizationId);
        return new Subject(SubjectType.ORGANIZATION, null, organization.id(), organization.id(), organization.path(),
                organization.name());
    }

    OrganizationRef organization(long id) {
        return organizations.requireVisible(id);
    }

    /**
     * The SQL condition limiting a register to what the account sees, on the alias' org_path and
     * person_id: the subtree of {@code path} when given (already checked visible), else the scope.
     */
    static String scopeCondition(ChiboUser user, String alias, String path) {
        if (path != null) {
            return subtree(alias, path);
        }
        if (user.isAdmin()) {
            return "1 = 1";
        }
        if (user.canSee(user.scopePath())) {
            return subtree(alias, user.scopePath());
        }
        return alias + ".person_id = " + (user.personId() == null ? -1L : user.personId());
    }

    /** A subtree condition with the validated path written into the SQL (digits and slashes only). */
    static String subtree(String alias, String path) {
        return Subtree.of(path).sql(alias + ".org_path");
    }
}
