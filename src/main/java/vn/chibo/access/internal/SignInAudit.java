package vn.chibo.access.internal;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;

/**
 * Audit records of sign-in attempts, each in a transaction of its own: a record that cannot be written is logged
 * and never undoes the failure count or turns the answer into a server error.
 */
@Component
class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final ApplicationEventPublisher events;

    SignInAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * @param action  LOGIN, LOGIN_FAILED, LOGIN_THROTTLED...
     * @param actor   the account's own username, or the normalized typed name when there is no such account
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, Long accountId, String orgPath, String actor, String address) {
        String name = Usernames.forAudit(actor);
        events.publishEvent(new AuditRecord(action, "Account", accountId, orgPath,
                name + (address == null ? "" : " @ " + address), Map.of(), name));
    }

    /** Calls {@link #record} through its proxy and swallows what fails. */
    static void quietly(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Sign-in audit record not written: {}", e.toString());
        }
    }
}
