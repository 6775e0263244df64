package vn.chibo.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username/password sign-in (form and HTTP Basic) with one normalized username for lookup, counting and audit, and
 * growing waits instead of a lock: while the account or the client address must wait, the attempt is refused with
 * the answer of a wrong password, after a password hash of the same cost, and is not counted.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final SignInThrottle throttle;
    private final SignInAudit audit;
    private volatile String dummyHash;

    ThrottledAuthenticationProvider(AccountService accounts, PasswordEncoder encoder, JdbcClient jdbc,
                                    SignInThrottle throttle, SignInAudit audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        // Disabled is told only to whoever knows the password: checked after it, never before.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.audit = audit;
    }

    private record Known(long id, String username) {
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = Usernames.normalize(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<Known> account = find(name);
        Long accountId = account.map(Known::id).orElse(null);
        String actor = account.map(Known::username).orElse(name);
        if (throttle.mustWait(accountId, address)) {
            encoder.matches(password, dummyHash());
            SignInAudit.quietly(() -> audit.record("LOGIN_THROTTLED", accountId, null, actor, address));
            throw new BadCredentialsException("Bad credentials");
        }
        var normalized = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        normalized.setDetails(attempt.getDetails());
        try {
            Authentication result = passwords.authenticate(normalized);
            if (accountId != null) {
                safely(() -> throttle.succeeded(accountId));
            }
            return result;
        } catch (DisabledException e) {
            SignInAudit.quietly(() -> audit.record("LOGIN_FAILED", accountId, null, actor, address));
            throw e;
        } catch (AuthenticationException e) {
            safely(() -> throttle.failed(accountId, address));
            SignInAudit.quietly(() -> audit.record("LOGIN_FAILED", accountId, null, actor, address));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Optional<Known> find(String name) {
        if (name.isEmpty() || name.length() > Usernames.MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select id, username from account where upper(username) = upper(:n)").param("n", name)
                .query((rs, n) -> new Known(rs.getLong(1), rs.getString(2))).optional();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = encoder.encode(UUID.randomUUID().toString());
        }
        return dummyHash;
    }

    /** Counting must never turn a sign-in answer into a server error; its failure is logged. */
    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Sign-in count not recorded: {}", e.toString());
        }
    }
}
