package vn.chibo.development.internal;

import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;

/**
 * Who may read, act and decide in party development. A candidate's record is read inside the account's subtree, and by
 * the candidate; masses and sympathisers are put into the pipeline by the roles that change people, inside their
 * subtree; the cell's steps are recorded by those who develop members (administrators, officers, secretaries), the
 * committee's resolutions and decisions by those who decide admissions (administrators, officers), in their subtree.
 */
public final class DevelopmentAccess {

    private DevelopmentAccess() {
    }

    public static boolean mayRead(ChiboUser user, Candidate candidate) {
        return user.canSeePerson(candidate.getPersonId(), candidate.getOrgPath());
    }

    /** Opens a development record for a person of the organization with this path. */
    public static boolean mayOpen(ChiboUser user, String orgPath) {
        return user.canSee(orgPath) && user.mayChangePeople();
    }

    /** Records a step into the stage: the committee's steps need the right to decide admissions. */
    public static boolean mayRecord(ChiboUser user, Candidate candidate, Stage next) {
        if (!user.canSee(candidate.getOrgPath())) {
            return false;
        }
        return user.may(next.byCommittee() ? Permission.DECIDE_ADMISSIONS : Permission.DEVELOP_MEMBERS);
    }

    /** Names an introducer the account may see (never the candidate, checked with the step). */
    static boolean mayNameIntroducer(ChiboUser user, PersonRef introducer) {
        return user.canSeePerson(introducer.id(), introducer.orgPath());
    }

    /** The pipeline board of the account's own organization: everybody with a scope but members. */
    public static boolean hasBoard(ChiboUser user) {
        return user.role() != Role.MEMBER && user.scopeOrganizationId() != null;
    }

    /** Resolutions waiting for a decision are the to-do of those who decide admissions (not administrators). */
    static boolean decidesAdmissionsInScope(ChiboUser user) {
        return !user.isAdmin() && user.may(Permission.DECIDE_ADMISSIONS) && user.scopePath() != null;
    }

    /** Deadlines of candidates are the to-do of those who develop members but do not decide (secretaries). */
    static boolean watchesCandidateDeadlines(ChiboUser user) {
        return !user.isAdmin() && user.may(Permission.DEVELOP_MEMBERS) && !user.may(Permission.DECIDE_ADMISSIONS)
                && user.scopePath() != null;
    }
}
