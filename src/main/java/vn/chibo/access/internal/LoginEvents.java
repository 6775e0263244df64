package vn.chibo.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed logins towards the lockout, resets them on success, and audits interactive logins. */
@Component
class LoginEvents {

    private final AccountService accounts;

    LoginEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginEvents.class);

    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        quietly(() -> accounts.loginSucceeded(event.getAuthentication().getName(), remoteAddress(event.getAuthentication())));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        quietly(() -> accounts.loginFailed(String.valueOf(event.getAuthentication().getName()),
                remoteAddress(event.getAuthentication())));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        quietly(() -> accounts.clearFailures(event.getAuthentication().getName()));
    }

    /** Bookkeeping must never turn a sign-in answer into a server error. */
    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Sign-in bookkeeping failed: {}", e.toString());
        }
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
