package vn.chibo.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.shared.security.Role;

/** A login: bound to a person (except the first administrator), with a role and a scope organization. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long personId;
    private Long scopeOrgId;
    private boolean enabled = true;
    // Sign-in bookkeeping is written only by atomic SQL updates (SignInThrottle, recordSignIn), never by this entity,
    // so that saving an account cannot overwrite a count made meanwhile.
    @Column(insertable = false, updatable = false)
    private int failedAttempts;
    @Column(insertable = false, updatable = false)
    private Instant throttledUntil;
    @Column(insertable = false, updatable = false)
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    @Version
    private long version;
    private Instant createdAt;

    protected Account() {
    }

    Account(String username, String passwordHash, Role role, Long personId, Long scopeOrgId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.personId = personId;
        this.scopeOrgId = scopeOrgId;
        this.createdAt = now;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Sessions signed in before this moment end (AccountRefreshFilter); stored to the microsecond, like the column. */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    void configure(Role newRole, Long newPersonId, Long newScopeOrgId, boolean isEnabled) {
        this.role = newRole;
        this.personId = newPersonId;
        this.scopeOrgId = newScopeOrgId;
        this.enabled = isEnabled;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("role", role);
        values.put("personId", personId);
        values.put("scopeOrgId", scopeOrgId);
        values.put("enabled", enabled);
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getScopeOrgId() {
        return scopeOrgId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    /** Until when the next sign-in attempt must wait after failed ones (null: no wait). */
    public Instant getThrottledUntil() {
        return throttledUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
