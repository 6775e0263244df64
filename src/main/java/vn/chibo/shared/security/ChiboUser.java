package vn.chibo.shared.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account with its role and scope. Services ask it what the account may see
 * ({@link #canSee(String)}) and do; queries use {@link #scopePath()} as a subtree prefix.
 */
public class ChiboUser extends User {

    private final long accountId;
    private final Long personId;
    private final Role role;
    private final Long scopeOrganizationId;
    private final String scopePath;
    private final String displayName;
    private final long accountVersion;

    public ChiboUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
                     Role role, Long personId, Long scopeOrganizationId, String scopePath, String displayName) {
        this(accountId, username, passwordHash, enabled, nonLocked, role, personId, scopeOrganizationId, scopePath,
                displayName, 0);
    }

    /** @param accountVersion the account row's version when this user was loaded: a later change reloads it */
    public ChiboUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
                     Role role, Long personId, Long scopeOrganizationId, String scopePath, String displayName,
                     long accountVersion) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.accountId = accountId;
        this.personId = personId;
        this.role = role;
        this.scopeOrganizationId = scopeOrganizationId;
        this.scopePath = scopePath;
        this.displayName = displayName;
        this.accountVersion = accountVersion;
    }

    public long accountVersion() {
        return accountVersion;
    }

    /** The scope path as loaded, whatever the role (administrators ignore it). */
    public String loadedScopePath() {
        return scopePath;
    }

    public long accountId() {
        return accountId;
    }

    public Long personId() {
        return personId;
    }

    public Role role() {
        return role;
    }

    public Long scopeOrganizationId() {
        return scopeOrganizationId;
    }

    /** Materialized path of the scope root ('/1/4/'), or {@code null} for an administrator (everything). */
    public String scopePath() {
        return role == Role.ADMIN ? null : scopePath;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when an organization with this path lies in the account's organization scope. Members browse no organizations. */
    public boolean canSee(String organizationPath) {
        if (isAdmin()) {
            return true;
        }
        if (role == Role.MEMBER || scopePath == null || organizationPath == null) {
            return false;
        }
        return organizationPath.startsWith(scopePath);
    }

    /**
     * True when what an organization with this path deploys concerns the account: it is in scope, or the
     * account works below it (a programme or round of the division reaches its cells' officers).
     */
    public boolean canSeeOrWorksUnder(String organizationPath) {
        if (canSee(organizationPath)) {
            return true;
        }
        return role != Role.MEMBER && scopePath != null && organizationPath != null && scopePath.startsWith(organizationPath);
    }

    /** True when a person (in the organization with this path) is visible: in scope, or the account's own person. */
    public boolean canSeePerson(long id, String organizationPath) {
        return (personId != null && personId == id) || canSee(organizationPath);
    }

    /** Whether the role holds the permission (scope is checked separately, with {@link #canSee(String)}). */
    public boolean may(Permission permission) {
        return role.may(permission);
    }

    public boolean mayChangeOrganizations() {
        return may(Permission.CHANGE_ORGANIZATIONS);
    }

    public boolean mayChangePeople() {
        return may(Permission.CHANGE_PEOPLE);
    }
}
