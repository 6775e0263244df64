package vn.chibo.people.internal;

import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Who may read and change person records. A person is read inside the account's subtree, and everybody reads their own
 * record; records are changed by the roles that change people, inside their subtree only (one's own record outside it
 * is read, never changed); and nobody records their own admission, recognition, removal or party position.
 */
public final class PeopleAccess {

    private PeopleAccess() {
    }

    /** The person (by id and organization path) is in the account's scope, or is the account's own person. */
    public static boolean mayRead(ChiboUser user, long personId, String orgPath) {
        return user.canSeePerson(personId, orgPath);
    }

    /** The role changes people (where: see {@link #mayChangeIn}). */
    public static boolean mayChange(ChiboUser user) {
        return user.mayChangePeople();
    }

    /** People of the organization with this path may be changed by the account: the role, and the subtree. */
    public static boolean mayChangeIn(ChiboUser user, String orgPath) {
        return user.canSee(orgPath) && mayChange(user);
    }

    /** The party status or positions of this person may be changed by the account: never its own. */
    public static boolean mayChangeStatusOf(ChiboUser user, long personId) {
        return user.personId() == null || !user.personId().equals(personId);
    }

    static void requireMayChange(ChiboUser user) {
        if (!mayChange(user)) {
            throw new ForbiddenException("change people");
        }
    }

    /** After {@link #requireMayChange}: the person's organization lies in the subtree (seeing one's own record is not enough). */
    static void requireInScope(ChiboUser user, String orgPath) {
        if (!user.canSee(orgPath)) {
            throw new ForbiddenException("change a person outside the scope");
        }
    }

    static void requireNotSelf(ChiboUser user, long personId) {
        if (!mayChangeStatusOf(user, personId)) {
            throw new ForbiddenException("change own party status or position");
        }
    }
}
