package vn.chibo.support;

import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;

/**
 * Accounts for unit tests of the access policies, on a small tree: region {@code /1/}, its division {@code /1/2/} with
 * the cell {@code /1/2/3/}, and another division {@code /1/4/} with the cell {@code /1/4/5/}.
 */
public final class Accounts {

    public static final String REGION = "/1/";
    public static final String DIVISION = "/1/2/";
    public static final String CELL = "/1/2/3/";
    public static final String OTHER_DIVISION = "/1/4/";
    public static final String OTHER_CELL = "/1/4/5/";

    /** The person of the secretary's and the member's accounts. */
    public static final long SECRETARY_PERSON = 30;
    public static final long MEMBER_PERSON = 31;

    private Accounts() {
    }

    public static ChiboUser admin() {
        return account(Role.ADMIN, null, null, null);
    }

    /** Officer of the division. */
    public static ChiboUser officer() {
        return account(Role.OFFICER, 2L, DIVISION, null);
    }

    /** Inspection commission of the division. */
    public static ChiboUser inspector() {
        return account(Role.INSPECTOR, 2L, DIVISION, null);
    }

    /** Secretary of the cell. */
    public static ChiboUser secretary() {
        return account(Role.SECRETARY, 3L, CELL, SECRETARY_PERSON);
    }

    /** Party member of the cell. */
    public static ChiboUser member() {
        return account(Role.MEMBER, 3L, CELL, MEMBER_PERSON);
    }

    public static ChiboUser account(Role role, Long scopeOrganizationId, String scopePath, Long personId) {
        return new ChiboUser(1, role.name().toLowerCase(), "x", true, true, role, personId, scopeOrganizationId, scopePath,
                role.name());
    }
}
