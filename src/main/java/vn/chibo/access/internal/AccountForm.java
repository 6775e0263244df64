package vn.chibo.access.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.chibo.shared.security.Role;

/** Administrator's form for an account. */
public class AccountForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 100, message = "{validation.size.range}")
    @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{account.username.format}")
    private String username;
    private String password;
    @NotNull(message = "{validation.required}")
    private Role role;
    private Long personId;
    private Long scopeOrgId;
    private boolean enabled = true;
    private Long version;

    public static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.username = account.getUsername();
        form.role = account.getRole();
        form.personId = account.getPersonId();
        form.scopeOrgId = account.getScopeOrgId();
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getScopeOrgId() {
        return scopeOrgId;
    }

    public void setScopeOrgId(Long scopeOrgId) {
        this.scopeOrgId = scopeOrgId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
