package vn.chibo.access;

import vn.chibo.shared.security.Role;

/** Creates accounts from other modules (demo data, first start). */
public interface AccountProvisioning {

    boolean exists(String username);

    /** Creates an account with the given raw password (hashed here). */
    long create(String username, String rawPassword, Role role, Long personId, Long scopeOrganizationId);
}
