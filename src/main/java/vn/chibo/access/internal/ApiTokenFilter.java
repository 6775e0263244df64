package vn.chibo.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer chibo_…} on an API request: the request acts as the token's account ({@link ApiTokens}),
 * for this request only (nothing is kept in a session). An unknown, expired or revoked token, or a disabled account,
 * gets the API's 401 problem; a request without a bearer token goes on to HTTP Basic or the browser session.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint refused;

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refused) {
        this.tokens = tokens;
        this.refused = refused;
    }

    static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            refused.commence(request, response, new BadCredentialsException("API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
