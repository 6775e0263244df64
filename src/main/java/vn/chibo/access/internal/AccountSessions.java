package vn.chibo.access.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The account's sessions in the shared session store (Spring Session JDBC): ending one here ends it on every node,
 * since no node keeps a session of its own.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the username but {@code keptSessionId} (null: all of them); returns how many ended. */
    int endAllBut(String username, String keptSessionId) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
