package vn.chibo.inspection.internal;

import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Who sees and does what in inspections. Visible: the subject's organization or the inspecting
 * organization lies in the account's scope, or the account is the member inspected. The inspecting
 * side (admins, officers, inspectors, and a secretary for his own cell's self-inspection) records,
 * concludes and verifies; the inspected side (the subject's secretary or officers in scope, or the
 * member himself) uploads the self-report and plans and reports remediation. The worklist and the board are for those
 * who oversee inspections. The static rules take the account.
 */
@Component
public class InspectionAccess {

    private final OrganizationDirectory organizations;
    private final PersonDirectory people;

    InspectionAccess(OrganizationDirectory organizations, PersonDirectory people) {
        this.organizations = organizations;
        this.people = people;
    }

    static boolean visible(ChiboUser user, String orgPath, String inspectingOrgPath, Long personId) {
        return user.canSee(orgPath) || user.canSee(inspectingOrgPath) || (personId != null && personId.equals(user.personId()));
    }

    /** Roles that may run inspections at all (within the scope of the inspecting organization). */
    public static boolean inspectorRole(ChiboUser user) {
        return user.may(Permission.INSPECT);
    }

    /** The inspecting side of the organization with this path: records, concludes, verifies, plans. */
    public static boolean mayInspect(ChiboUser user, String inspectingOrgPath) {
        return inspectorRole(user) && user.canSee(inspectingOrgPath);
    }

    /** The inspected side: the subject's secretary or officers in scope, or the member himself. */
    public static boolean mayRespond(ChiboUser user, String orgPath, Long personId) {
        return (user.may(Permission.RESPOND_TO_INSPECTION) && user.canSee(orgPath)) || (personId != null && personId.equals(user.personId()));
    }

    public static boolean mayInspect(ChiboUser user, Inspection inspection) {
        return mayInspect(user, inspection.getInspectingOrgPath());
    }

    public static boolean mayRespond(ChiboUser user, Inspection inspection) {
        return mayRespond(user, inspection.getOrgPath(), inspection.getPersonId());
    }

    /** Verifies a finding's remediation: the inspecting side. */
    public static boolean mayVerify(ChiboUser user, Finding finding) {
        return mayInspect(user, finding.getInspectingOrgPath());
    }

    /** Plans and reports a finding's remediation: the inspected side. */
    public static boolean mayRemediate(ChiboUser user, Finding finding) {
        return mayRespond(user, finding.getOrgPath(), finding.getPersonId());
    }

    /** The worklist and board of inspections (overseeing them in the subtree). */
    public static boolean mayUseWorklist(ChiboUser user) {
        return user.may(Permission.OVERSEE_INSPECTIONS);
    }

    /** Remediation due is the to-do of the inspected side (not administrators nor those who oversee). */
    static boolean respondsInScope(ChiboUser user) {
        return !user.isAdmin() && user.may(Permission.RESPOND_TO_INSPECTION) && !user.may(Permission.OVERSEE_INSPECTIONS)
                && user.scopePath() != null;
    }

    /** Inspections running and findings to verify are the to-do of those who oversee inspections (not administrators). */
    static boolean overseesInScope(ChiboUser user) {
        return !user.isAdmin() && user.may(Permission.OVERSEE_INSPECTIONS) && user.scopePath() != null;
    }

    static void requireInspector(ChiboUser user, String inspectingOrgPath) {
        if (!mayInspect(user, inspectingOrgPath)) {
            throw new ForbiddenException("inspect");
        }
    }

    static void requireRespondent(ChiboUser user, String orgPath, Long personId) {
        if (!mayRespond(user, orgPath, personId)) {
            throw new ForbiddenException("respond to an inspection");
        }
    }

    /** Exactly one of the two ids; the subject must be visible (404 otherwise). */
    Subject subject(Long personId, Long organizationId) {
        if ((personId == null) == (organizationId == null)) {
            throw new BusinessRuleException("personId", "inspection.error.exactlyOneSubject");
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

    PersonRef person(long id) {
        return people.requireVisible(id);
    }

    /**
     * The SQL condition limiting a list to what the account sees, on the alias' org_path,
     * inspecting_org_path and person_id: the subtree of {@code path} when given (already checked), else the scope.
     */
    static String scopeCondition(ChiboUser user, String alias, String path) {
        if (path != null) {
            return subtree(alias + ".org_path", path);
        }
        if (user.isAdmin()) {
            return "1 = 1";
        }
        if (user.canSee(user.scopePath())) {
            return "(" + subtree(alias + ".org_path", user.scopePath()) + " or "
                    + subtree(alias + ".inspecting_org_path", user.scopePath()) + ")";
        }
        return alias + ".person_id = " + (user.personId() == null ? -1L : user.personId());
    }

    /** A subtree condition with the validated path written into the SQL (digits and slashes only). */
    static String subtree(String column, String path) {
        return Subtree.of(path).sql(column);
    }

    static ChiboUser user() {
        return CurrentUser.get();
    }
}
