package vn.chibo.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
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
 * Keeps signed-in sessions true to the account: when an administrator changes the role, scope or
 * password, or the scope organization moves, the session's user is reloaded on its next request;
 * a disabled or locked account is signed out. One indexed lookup per request.
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

    private record State(long version, boolean enabled, Instant lockedUntil, String scopePath) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ChiboUser user) {
            Optional<State> state = jdbc.sql("""
                            select a.version, a.enabled, a.locked_until, o.path
                            from account a left join organization o on o.id = a.scope_org_id where a.id = :id""")
                    .param("id", user.accountId())
                    .query((rs, n) -> new State(rs.getLong(1), rs.getBoolean(2),
                            rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                    .optional();
            if (state.isEmpty() || !state.get().enabled()
                    || (state.get().lockedUntil() != null && state.get().lockedUntil().isAfter(clock.instant()))) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return;
            }
            if (state.get().version() != user.accountVersion()
                    || !Objects.equals(state.get().scopePath(), user.loadedScopePath())) {
                reload(user, authentication, request, response);
            }
        }
        chain.doFilter(request, response);
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
