package vn.chibo.notification.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's text in the reader's language, arguments that are message keys included. */
@Component
class NotificationText {

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    String render(String messageKey, List<String> args, Locale locale) {
        Object[] resolved = args.stream()
                .map(a -> a.startsWith(Notice.KEY_ARG) ? messages.getMessage(a.substring(1), null, a.substring(1), locale) : a)
                .toArray();
        return messages.getMessage(messageKey, resolved, messageKey, locale);
    }

    String label(NotificationKind kind, Locale locale) {
        return messages.getMessage(kind.labelKey(), null, kind.name(), locale);
    }
}
