package vn.chibo.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;

/**
 * Interactive (form) sign-ins: the last sign-in time and an audit record. Failures and HTTP Basic sign-ins are
 * counted by {@link ThrottledAuthenticationProvider}.
 */
@Component
class LoginEvents {

    private final AccountService accounts;
    private final SignInAudit audit;

    LoginEvents(AccountService accounts, SignInAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof ChiboUser user) {
            String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : null;
            SignInAudit.quietly(() -> accounts.recordSignIn(user.accountId()));
            SignInAudit.quietly(() -> audit.record("LOGIN", user.accountId(), user.loadedScopePath(), user.getUsername(),
                    address));
        }
    }
}
