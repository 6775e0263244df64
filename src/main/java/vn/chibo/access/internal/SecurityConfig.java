package vn.chibo.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API (HTTP Basic or the browser session, problem-details errors) and
 * the pages (form login, CSRF). Both send secure headers. Sign-in goes through {@link ThrottledAuthenticationProvider}.
 */
@Configuration
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountRefreshFilter accountRefreshFilter(JdbcClient jdbc, AccountService accounts, Clock clock) {
        return new AccountRefreshFilter(jdbc, accounts, clock);
    }

    /** The only sign-in provider (form and HTTP Basic): normalized names, counted failures, growing waits. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder encoder, JdbcClient jdbc,
                                                           SignInThrottle throttle, SignInAudit audit) {
        return new ThrottledAuthenticationProvider(accounts, encoder, jdbc, throttle, audit);
    }

    /** The refresh filter runs inside the security chains only, not a second time as a plain servlet filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<AccountRefreshFilter> accountRefreshFilterRegistration(
            AccountRefreshFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, LocaleResolver locales,
                                 AccountRefreshFilter refresh, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens, (request, response, e) ->
                                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized",
                                        messages, locales.resolveLocale(request), true)),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterBefore(refresh, org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized",
                                messages, locales.resolveLocale(request), true)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::basicWithoutSession))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthorized",
                                        messages, locales.resolveLocale(request), true))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, HttpServletResponse.SC_FORBIDDEN, "error.forbidden",
                                        messages, locales.resolveLocale(request), false)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AccountService accounts, AccountRefreshFilter refresh, Clock clock)
            throws Exception {
        http.addFilterBefore(refresh, org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(stampedLogin(clock))
                        .failureHandler(loginFailure()).permitAll())
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(SecurityConfig::signInAgain,
                        SecurityConfig::isHtmx)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                accounts.logout(authentication.getName());
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * CSRF is skipped only for a request that brings HTTP Basic credentials or an API token and no session at all: a
     * browser's session cookie with any Authorization header still needs the CSRF token.
     */
    static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6) || ApiTokenFilter.bearer(request))
                && request.getRequestedSessionId() == null && request.getSession(false) == null;
    }

    /**
     * Remembers only a page the user asked for as "where he was headed", never a fragment: a notification bell that
     * polls after the session has ended must not become the page shown after the next sign-in, nor open a session.
     */
    private static HttpSessionRequestCache pagesOnly() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !isHtmx(request)
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !request.getRequestURI().endsWith("/favicon.ico"));
        return cache;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /**
     * A fragment asked for without a session (it ended, or was signed out elsewhere) answers 401 and tells HTMX to
     * open the sign-in page, instead of following a redirect and swapping the whole sign-in page into the fragment.
     */
    private static void signInAgain(HttpServletRequest request, HttpServletResponse response,
                                    org.springframework.security.core.AuthenticationException e) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", request.getContextPath() + "/login?ended");
    }

    /** Goes where the user was headed (or home) and stamps the session with its sign-in time. */
    private static AuthenticationSuccessHandler stampedLogin(Clock clock) {
        var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            SignInStamp.renew(request.getSession(), clock.instant());
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** One answer for a wrong password, an unknown name and a wait; "disabled" only after the right password. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof DisabledException ? "disabled" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    private static void problem(HttpServletResponse response, int status, String titleKey, MessageSource messages,
                                Locale locale, boolean challenge) throws java.io.IOException {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ChiBo\"");
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = messages.getMessage(titleKey, null, locale).replace("\"", "'");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
    }
}
