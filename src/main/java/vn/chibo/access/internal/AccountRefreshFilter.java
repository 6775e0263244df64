package vn.chibo.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.shared.security.ChiboUser;

/**
 * Keeps signed-in sessions true to the account: when an administrator changes the role or scope, or the scope
 * organization moves, the session's user is reloaded on its next request; a disabled account is signed out, and so
 * is a session that signed in before the password last changed. One indexed lookup per request. Failed sign-ins
 * by anyone else never end a session.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountRefreshFilter(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    private record State(long version, boolean enabled, Instant passwordChangedAt, String scopePath) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ChiboUser user) {
            // the scope's path by a lookup of its own: joined, PostgreSQL may merge-join the few accounts with the
            // organizations' primary key in order and read up to the scope's id, the national root's being the highest
            // (193 ms on every request of its officer with 312,655 organizations, docs/benchmarks.md)
            Optional<State> state = jdbc.sql("""
                            select a.version, a.enabled, a.password_changed_at,
                                   (select o.path from organization o where o.id = a.scope_org_id)
                            from account a where a.id = :id""")
                    .param("id", user.accountId())
                    .query((rs, n) -> new State(rs.getLong(1), rs.getBoolean(2), instant(rs.getObject(3, OffsetDateTime.class)),
                            rs.getString(4)))
                    .optional();
            if (state.isEmpty() || !state.get().enabled()) {
                signOut(request, response, authentication, "disabled");
                return;
            }
            if (passwordChangedSinceSignIn(request.getSession(false), state.get().passwordChangedAt())) {
                signOut(request, response, authentication, "expired");
                return;
            }
            if (state.get().version() != user.accountVersion()
                    || !Objects.equals(state.get().scopePath(), user.loadedScopePath())) {
                reload(user, authentication, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Sessions without a stamp (signed in before stamps existed) take the present moment as theirs. */
    private boolean passwordChangedSinceSignIn(HttpSession session, Instant changedAt) {
        if (session == null) {
            return false;
        }
        Instant signedIn = SignInStamp.of(session);
        if (signedIn == null) {
            SignInStamp.renew(session, clock.instant());
            return false;
        }
        return changedAt != null && changedAt.isAfter(signedIn);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                                String reason) throws IOException {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private void reload(ChiboUser user, Authentication old, HttpServletRequest request, HttpServletResponse response) {
        UserDetails fresh = accounts.loadUserByUsername(user.getUsername());
        UsernamePasswordAuthenticationToken replaced =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        replaced.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }

}
