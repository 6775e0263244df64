package vn.chibo.access.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
    private int failedAttempts;
    private Instant lockedUntil;
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
        this.passwordChangedAt = createdAt;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void configure(Role newRole, Long newPersonId, Long newScopeOrgId, boolean isEnabled) {
        this.role = newRole;
        this.personId = newPersonId;
        this.scopeOrgId = newScopeOrgId;
        this.enabled = isEnabled;
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedAttempts = 0;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("role", role);
        values.put("personId", personId);
        values.put("scopeOrgId", scopeOrgId);
        values.put("enabled", enabled);
        values.put("lockedUntil", lockedUntil);
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

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
