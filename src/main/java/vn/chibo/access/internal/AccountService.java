package vn.chibo.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.access.AccountProvisioning;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** Accounts: sign-in lookup, lockout, password change and administration. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService, AccountProvisioning {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, OrganizationDirectory organizations,
                   PersonDirectory people, SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.organizations = organizations;
        this.people = people;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(VietnameseText.clean(username) == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String scopePath = account.getScopeOrgId() == null ? null
                : organizations.find(account.getScopeOrgId()).map(OrganizationRef::path).orElse(null);
        String displayName = account.getPersonId() == null ? account.getUsername()
                : people.find(account.getPersonId()).map(PersonRef::fullName).orElse(account.getUsername());
        return new ChiboUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                !account.isLocked(clock.instant()), account.getRole(), account.getPersonId(), account.getScopeOrgId(),
                scopePath, displayName, account.getVersion());
    }

    @Override
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    @Override
    @Transactional
    public long create(String username, String rawPassword, Role role, Long personId, Long scopeOrganizationId) {
        Account account = accounts.save(new Account(username, encoder.encode(rawPassword), role, personId,
                scopeOrganizationId, clock.instant()));
        events.publishEvent(AuditRecord.of("CREATE", "Account", account.getId(), scopePathOf(scopeOrganizationId),
                username, Changes.created(account.snapshot())));
        return account.getId();
    }

    // ---- sign-in outcomes (own transactions: a failed login must be counted even though sign-in fails) ----

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginSucceeded(String username, String remoteAddress) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(account -> {
            account.recordSuccess(clock.instant());
            events.publishEvent(new AuditRecord("LOGIN", "Account", account.getId(), scopePathOf(account.getScopeOrgId()),
                    username + (remoteAddress == null ? "" : " @ " + remoteAddress), Map.of(), username));
        });
    }

    /** Counts the failure with atomic updates, so parallel attempts cannot slip past the lockout. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginFailed(String username, String remoteAddress) {
        String name = username == null ? "" : username.strip();
        var account = accounts.findByUsernameIgnoreCase(name);
        boolean locked = false;
        if (account.isPresent()) {
            accounts.incrementFailures(account.get().getId());
            locked = accounts.lockIfReached(account.get().getId(), properties.maxFailedLogins(),
                    clock.instant().plus(properties.lockout())) > 0;
        }
        events.publishEvent(new AuditRecord(locked ? "LOCKED" : "LOGIN_FAILED", "Account",
                account.map(Account::getId).orElse(null), null,
                username + (remoteAddress == null ? "" : " @ " + remoteAddress), Map.of(), username == null ? "?" : username));
    }

    /** Resets the failure count after a successful (e.g. HTTP Basic) sign-in; writes only when there is something to reset. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clearFailures(String username) {
        accounts.findByUsernameIgnoreCase(username)
                .filter(account -> account.getFailedAttempts() > 0)
                .ifPresent(account -> account.recordSuccess(clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void logout(String username) {
        events.publishEvent(new AuditRecord("LOGOUT", "Account", null, null, username, Map.of(), username));
    }

    // ---- the signed-in user's own password --------------------------------------------------

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        ChiboUser user = CurrentUser.get();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "password.error.current");
        }
        checkPasswordPolicy(account.getUsername(), newPassword, confirmation);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        events.publishEvent(AuditRecord.of("PASSWORD_CHANGE", "Account", account.getId(),
                scopePathOf(account.getScopeOrgId()), account.getUsername(), Map.of()));
    }

    static void checkPasswordPolicy(String username, String newPassword, String confirmation) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("newPassword", "password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.equalsIgnoreCase(username)) {
            throw new BusinessRuleException("newPassword", "password.error.sameAsUsername");
        }
        if (!newPassword.equals(confirmation)) {
            throw new BusinessRuleException("confirmation", "password.error.mismatch");
        }
    }

    // ---- administration (system administrators only) ----------------------------------------

    public List<Account> all() {
        requireAdmin();
        return accounts.findAllByOrderByUsername();
    }

    public Account get(long id) {
        requireAdmin();
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional
    public Account createAccount(AccountForm form) {
        requireAdmin();
        String username = VietnameseText.clean(form.getUsername());
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleException("username", "account.error.usernameTaken");
        }
        checkBinding(form);
        checkPasswordPolicy(username, form.getPassword(), form.getPassword());
        long id = create(username, form.getPassword(), form.getRole(), form.getPersonId(), form.getScopeOrgId());
        return accounts.findById(id).orElseThrow();
    }

    @Transactional
    public Account updateAccount(long id, AccountForm form) {
        Account account = get(id);
        checkBinding(form);
        if (form.getVersion() != null && form.getVersion() != account.getVersion()) {
            throw new vn.chibo.shared.web.ConcurrentEditException();
        }
        if (account.getId() == CurrentUser.get().accountId() && (form.getRole() != Role.ADMIN || !form.isEnabled())) {
            throw new BusinessRuleException("role", "account.error.selfDemote");
        }
        Map<String, Object> before = account.snapshot();
        account.configure(form.getRole(), form.getPersonId(), form.getScopeOrgId(), form.isEnabled());
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            checkPasswordPolicy(account.getUsername(), form.getPassword(), form.getPassword());
            account.changePassword(encoder.encode(form.getPassword()), clock.instant());
        }
        events.publishEvent(AuditRecord.of("UPDATE", "Account", id, scopePathOf(account.getScopeOrgId()),
                account.getUsername(), Changes.between(before, account.snapshot())));
        return account;
    }

    @Transactional
    public void unlock(long id) {
        Account account = get(id);
        Map<String, Object> before = account.snapshot();
        account.unlock();
        events.publishEvent(AuditRecord.of("UNLOCK", "Account", id, scopePathOf(account.getScopeOrgId()),
                account.getUsername(), Changes.between(before, account.snapshot())));
    }

    private void checkBinding(AccountForm form) {
        if (form.getRole() != Role.ADMIN && form.getScopeOrgId() == null && form.getRole() != Role.MEMBER) {
            throw new BusinessRuleException("scopeOrgId", "account.error.scopeRequired");
        }
        if (form.getRole() != Role.ADMIN && form.getPersonId() == null) {
            throw new BusinessRuleException("personId", "account.error.personRequired");
        }
        if (form.getPersonId() != null && people.find(form.getPersonId()).isEmpty()) {
            throw new BusinessRuleException("personId", "account.error.personRequired");
        }
        if (form.getScopeOrgId() != null && organizations.find(form.getScopeOrgId()).isEmpty()) {
            throw new BusinessRuleException("scopeOrgId", "account.error.scopeRequired");
        }
    }

    private String scopePathOf(Long organizationId) {
        return organizationId == null ? null : organizations.find(organizationId).map(OrganizationRef::path).orElse(null);
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw new ForbiddenException("administer accounts");
        }
    }
}
