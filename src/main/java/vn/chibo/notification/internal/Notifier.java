package vn.chibo.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.springframework.stereotype.Component;

/** Gives a notice to each recipient once (a redelivered event adds nothing) and e-mails it to those who chose so. */
@Component
class Notifier {

    private final NotificationStore store;
    private final NotificationMail mail;
    private final Clock clock;

    Notifier(NotificationStore store, NotificationMail mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    void deliver(Notice notice, Collection<Long> personIds) {
        Instant now = clock.instant();
        for (Long personId : new LinkedHashSet<>(personIds)) {
            if (personId == null) {
                continue;
            }
            store.add(personId, notice, now).ifPresent(id -> {
                if (mail.available() && mail.send(store.settings(personId), notice)) {
                    store.markEmailed(id, now);
                }
            });
        }
    }
}
