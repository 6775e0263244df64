package vn.chibo.access.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * When a session signed in, kept in the session: a password changed after it ends the session
 * ({@link AccountRefreshFilter}), on every node, since the account row holds the change time.
 */
public final class SignInStamp {

    static final String ATTRIBUTE = SignInStamp.class.getName();

    private SignInStamp() {
    }

    /** Marks the session as signed in at this moment, e.g. the user's own session after changing the password. */
    public static void renew(HttpSession session, Instant at) {
        if (session != null && at != null) {
            session.setAttribute(ATTRIBUTE, at);
        }
    }

    static Instant of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Instant at ? at : null;
    }
}
