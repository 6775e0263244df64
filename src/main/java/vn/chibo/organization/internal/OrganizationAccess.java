package vn.chibo.organization.internal;

import java.util.Objects;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Who may read and change the organization tree. An organization is read inside the account's subtree (administrators:
 * all); the tree is changed by the roles that change organizations, inside their subtree; root organizations are
 * created by administrators only, and an account's own scope root is moved or dissolved only from above it.
 */
public final class OrganizationAccess {

    private OrganizationAccess() {
    }

    /** The organization (by its path) lies in the account's scope. */
    public static boolean mayRead(ChiboUser user, String path) {
        return user.canSee(path);
    }

    /** The role changes organizations (where: inside the scope, checked by {@link #mayRead}). */
    public static boolean mayChange(ChiboUser user) {
        return user.mayChangeOrganizations();
    }

    /** A new organization without a parent: administrators only. */
    public static boolean mayCreateRoot(ChiboUser user) {
        return user.isAdmin();
    }

    /** Moving or dissolving: never the account's own scope root, except by an administrator. */
    public static boolean mayMoveOrDissolve(ChiboUser user, long organizationId) {
        return user.isAdmin() || !Objects.equals(organizationId, user.scopeOrganizationId());
    }

    static void requireMayChange(ChiboUser user) {
        if (!mayChange(user)) {
            throw new ForbiddenException("change organizations");
        }
    }
}
