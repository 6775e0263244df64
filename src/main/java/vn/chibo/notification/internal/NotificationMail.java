package vn.chibo.notification.internal;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail when e-mail is enabled, an SMTP server is configured and the person chose this kind.
 * A failing server is logged and never undoes the in-app notification.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final NotificationText text;

    NotificationMail(ObjectProvider<JavaMailSender> senders, MailSettings settings, NotificationText text) {
        this.senders = senders;
        this.settings = settings;
        this.text = text;
    }

    /** Whether e-mail can be sent at all (enabled, with an SMTP server). */
    boolean available() {
        return settings.enabled() && senders.getIfAvailable() != null;
    }

    /** @return whether the e-mail was handed to the SMTP server */
    boolean send(NotificationStore.Settings person, Notice notice) {
        if (!available() || !person.wants(notice.kind())) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(person.email());
        mail.setSubject("ChiBo — " + text.label(notice.kind(), VIETNAMESE));
        mail.setText(text.render(notice.messageKey(), notice.args(), VIETNAMESE) + "\n\n" + settings.baseUrl() + notice.link());
        try {
            senders.getObject().send(mail);
            return true;
        } catch (MailException e) {
            log.warn("Notification e-mail to person's address not sent ({}): {}", notice.kind(), e.getMessage());
            return false;
        }
    }
}
