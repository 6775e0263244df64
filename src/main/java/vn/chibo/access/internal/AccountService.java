package vn.chibo.access.internal;

import java.time.Clock;
import java.time.Instant;
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

/** Accounts: sign-in lookup, password change and administration. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService, AccountProvisioning {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy policy;
    private final PasswordHistory history;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, OrganizationDirectory organizations,
                   PersonDirectory people, ApplicationEventPublisher events, PasswordPolicy policy,
                   PasswordHistory history, SignInThrottle throttle, Clock clock, AccountSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.policy = policy;
        this.history = history;
        this.throttle = throttle;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = Usernames.normalize(username);
        if (name.isEmpty() || name.length() > Usernames.MAX_LENGTH) {
            throw new UsernameNotFoundException("unknown");
        }
        Account account = accounts.findByUsernameIgnoreCase(name).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String scopePath = account.getScopeOrgId() == null ? null
                : organizations.find(account.getScopeOrgId()).map(OrganizationRef::path).orElse(null);
        String displayName = account.getPersonId() == null ? account.getUsername()
                : people.find(account.getPersonId()).map(PersonRef::fullName).orElse(account.getUsername());
        // Never locked: failed sign-ins make the next attempt wait (ThrottledAuthenticationProvider) instead.
        return new ChiboUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                true, account.getRole(), account.getPersonId(), account.getScopeOrgId(),
                scopePath, displayName, account.getVersion());
    }

    @Override
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    /** Creates an account without the password policy: demo accounts and the generated first administrator. */
    @Override
    @Transactional
    public long create(String username, String rawPassword, Role role, Long personId, Long scopeOrganizationId) {
        Account account = accounts.save(new Account(username, encoder.encode(rawPassword), role, personId,
                scopeOrganizationId, clock.instant()));
        events.publishEvent(AuditRecord.of("CREATE", "Account", account.getId(), scopePathOf(scopeOrganizationId),
                username, Changes.created(account.snapshot())));
        return account.getId();
    }

    /** The last interactive sign-in, as an atomic update (no version bump: parallel sign-ins cannot collide). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(long accountId) {
        accounts.recordSignIn(accountId, clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void logout(String username) {
        events.publishEvent(new AuditRecord("LOGOUT", "Account", null, null, username, Map.of(), username));
    }

    // ---- the signed-in user's own password --------------------------------------------------

    /** Changes the signed-in user's password; returns when it changed (the caller's session keeps that stamp). */
    @Transactional
    public Instant changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        ChiboUser user = CurrentUser.get();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "password.error.current");
        }
        setPassword(account, newPassword, confirmation, account.getRole());
        events.publishEvent(AuditRecord.of("PASSWORD_CHANGE", "Account", account.getId(),
                scopePathOf(account.getScopeOrgId()), account.getUsername(), Map.of()));
        return account.getPasswordChangedAt();
    }

    /**
     * Signs the user out everywhere else: every other session of the account ends at once, on every node (the
     * session store is shared); this one stays signed in. Returns how many sessions ended.
     */
    @Transactional
    public int endOtherSessions(String currentSessionId) {
        ChiboUser user = CurrentUser.get();
        int ended = sessions.endAllBut(user.getUsername(), currentSessionId);
        events.publishEvent(AuditRecord.of("SIGN_OUT_ELSEWHERE", "Account", user.accountId(), user.loadedScopePath(),
                user.getUsername(), Map.of("sessionsEnded", new Object[] {null, ended})));
        return ended;
    }

    /** Checks a password given by configuration (the first administrator's) against the policy. */
    void checkNewPassword(String username, Role role, String password) {
        policy.check(username, role, password, password);
    }

    private void setPassword(Account account, String newPassword, String confirmation, Role role) {
        policy.check(account.getUsername(), role, newPassword, confirmation);
        policy.checkNotReused(newPassword, account.getPasswordHash(), history.earlierHashes(account.getId()));
        Instant now = clock.instant();
        history.replaced(account.getId(), account.getPasswordHash(), now);
        account.changePassword(encoder.encode(newPassword), now);
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
        policy.check(username, form.getRole(), form.getPassword(), form.getPassword());
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
            setPassword(account, form.getPassword(), form.getPassword(), form.getRole());
        }
        events.publishEvent(AuditRecord.of("UPDATE", "Account", id, scopePathOf(account.getScopeOrgId()),
                account.getUsername(), Changes.between(before, account.snapshot())));
        return account;
    }

    /** Ends the account's wait after failed sign-ins, so that it may try again at once. */
    @Transactional
    public void unlock(long id) {
        Account account = get(id);
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("failedAttempts", account.getFailedAttempts());
        before.put("throttledUntil", account.getThrottledUntil());
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("failedAttempts", 0);
        after.put("throttledUntil", null);
        throttle.clear(id);
        events.publishEvent(AuditRecord.of("UNLOCK", "Account", id, scopePathOf(account.getScopeOrgId()),
                account.getUsername(), Changes.between(before, after)));
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
