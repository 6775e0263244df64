package vn.chibo.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail of notifications ({@code chibo.notifications.mail.*}): off unless enabled, and then only when Spring Mail has
 * an SMTP server ({@code spring.mail.host}).
 *
 * @param enabled whether notifications may be e-mailed at all
 * @param from    the sender address
 * @param baseUrl ChiBo's address as users reach it (e.g. {@code https://chibo.example}), to make the links absolute
 */
@ConfigurationProperties("chibo.notifications.mail")
public record MailSettings(boolean enabled, String from, String baseUrl) {

    public MailSettings {
        from = from == null || from.isBlank() ? "chibo@localhost" : from.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }
}
