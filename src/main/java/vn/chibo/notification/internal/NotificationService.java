package vn.chibo.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The signed-in account's own notifications and e-mail choices: always those of the person linked to the account,
 * whatever its role; another person's notification is not found (404). An account without a person has none.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    public static final int PAGE_SIZE = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record Line(long id, NotificationKind kind, String text, String link, Instant createdAt, boolean read) {
    }

    public record Page(List<Line> lines, long total, long unread, int page, boolean unreadOnly) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }
    }

    public record Choices(String email, Set<NotificationKind> emailKinds, long version, boolean mailAvailable) {
    }

    private final NotificationStore store;
    private final NotificationText text;
    private final NotificationMail mail;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationStore store, NotificationText text, NotificationMail mail, PersonDirectory people,
                        ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.text = text;
        this.mail = mail;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in account has a person to be notified. */
    public boolean hasPerson() {
        return CurrentUser.get().personId() != null;
    }

    public long unreadCount() {
        Long person = CurrentUser.get().personId();
        return person == null ? 0 : store.count(person, true);
    }

    public Page page(int page, boolean unreadOnly) {
        Long person = CurrentUser.get().personId();
        int p = Math.max(0, Math.min(page, 10_000));
        if (person == null) {
            return new Page(List.of(), 0, 0, 0, unreadOnly);
        }
        var locale = LocaleContextHolder.getLocale();
        List<Line> lines = store.page(person, unreadOnly, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(r -> new Line(r.id(), r.kind(), text.render(r.messageKey(), r.args(), locale), r.link(), r.createdAt(),
                        r.readAt() != null))
                .toList();
        return new Page(lines, store.count(person, unreadOnly), store.count(person, true), p, unreadOnly);
    }

    /** Marks the person's own notification read and answers the page it links to. */
    @Transactional
    public String open(long id) {
        NotificationStore.Row row = own(id);
        store.markRead(row.id(), row.personId(), clock.instant());
        // links are ChiBo's own paths: never redirect elsewhere
        return row.link().startsWith("/") && !row.link().startsWith("//") ? row.link() : "/notifications";
    }

    @Transactional
    public void markRead(long id) {
        NotificationStore.Row row = own(id);
        store.markRead(row.id(), row.personId(), clock.instant());
    }

    @Transactional
    public int markAllRead() {
        Long person = CurrentUser.get().personId();
        return person == null ? 0 : store.markAllRead(person, clock.instant());
    }

    public Choices choices() {
        long person = requirePerson();
        NotificationStore.Settings settings = store.settings(person);
        return new Choices(settings.email(), settings.emailKinds(), settings.version(), mail.available());
    }

    /** Saves the person's e-mail address and the kinds he wants by e-mail; audited. */
    @Transactional
    public void saveChoices(String email, Set<NotificationKind> kinds, long version) {
        long person = requirePerson();
        String address = VietnameseText.clean(email);
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new BusinessRuleException("email", "notification.error.email");
        }
        Set<NotificationKind> chosen = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(kinds);
        if (address == null && !chosen.isEmpty()) {
            throw new BusinessRuleException("email", "notification.error.emailRequired");
        }
        NotificationStore.Settings before = store.settings(person);
        if (before.version() != version) {
            throw new ConcurrentEditException();
        }
        if (!store.saveSettings(person, address, chosen, version, clock.instant())) {
            throw new ConcurrentEditException();
        }
        String orgPath = people.find(person).map(p -> p.orgPath()).orElse(null);
        events.publishEvent(AuditRecord.of("UPDATE", "NotificationSettings", person, orgPath, "email",
                Changes.between(snapshot(before.email(), before.emailKinds()), snapshot(address, chosen))));
    }

    private static Map<String, Object> snapshot(String email, Set<NotificationKind> kinds) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", email);
        values.put("emailKinds", kinds.stream().map(Enum::name).sorted().toList().toString());
        return values;
    }

    private NotificationStore.Row own(long id) {
        Long person = CurrentUser.get().personId();
        if (person == null) {
            throw new NotFoundException("Notification", id);
        }
        return store.own(id, person).orElseThrow(() -> new NotFoundException("Notification", id));
    }

    private long requirePerson() {
        Long person = CurrentUser.get().personId();
        if (person == null) {
            throw new NotFoundException("Person", 0L);
        }
        return person;
    }
}
