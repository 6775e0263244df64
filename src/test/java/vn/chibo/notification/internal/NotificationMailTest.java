package vn.chibo.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A notification is e-mailed through an SMTP server only when e-mail is enabled, a server is configured, and the
 * person gave an address and chose that kind; the mail is in Vietnamese and links to the record.
 */
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Notice INVITED = new Notice(NotificationKind.MEETING_INVITED, "notification.meetingInvited",
            List.of("#meeting.kind.REGULAR", "12/12/2026", "07:30", "Hội trường đại đội"), "/meetings/42", "MEETING_INVITED:42");

    private final NotificationText text = new NotificationText(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private NotificationMail mail(boolean enabled, boolean serverConfigured) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (serverConfigured) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(SMTP.getSmtp().getPort());
            beans.registerSingleton("mailSender", sender);
        }
        return new NotificationMail(beans.getBeanProvider(JavaMailSender.class),
                new MailSettings(enabled, "chibo@donvi.vn", "https://chibo.donvi.vn/"), text);
    }

    private static NotificationStore.Settings chose(String email, NotificationKind... kinds) {
        EnumSet<NotificationKind> chosen = EnumSet.noneOf(NotificationKind.class);
        chosen.addAll(List.of(kinds));
        return new NotificationStore.Settings(email, chosen, 0);
    }

    @Test
    void aChosenKindIsMailedInVietnameseWithTheLinkWhenEnabled() throws Exception {
        assertThat(mail(true, true).send(chose("dangvien@donvi.vn", NotificationKind.MEETING_INVITED), INVITED)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dangvien@donvi.vn");
        assertThat(received[0].getSubject()).isEqualTo("ChiBo — Mời dự sinh hoạt");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(received[0].getContent().toString())
                .contains("Mời dự Sinh hoạt thường kỳ ngày 12/12/2026 lúc 07:30, tại Hội trường đại đội.")
                .contains("https://chibo.donvi.vn/meetings/42");
        assertThat(body).isNotBlank();
    }

    @Test
    void aKindNotChosenIsNotMailed() {
        assertThat(mail(true, true).send(chose("dangvien@donvi.vn", NotificationKind.ACTION_OVERDUE), INVITED)).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void nothingIsMailedWhenEmailIsDisabled() {
        NotificationMail disabled = mail(false, true);
        assertThat(disabled.available()).isFalse();
        assertThat(disabled.send(chose("dangvien@donvi.vn", NotificationKind.MEETING_INVITED), INVITED)).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void nothingIsMailedWithoutAnSmtpServerOrWithoutAnAddress() {
        assertThat(mail(true, false).available()).isFalse();
        assertThat(mail(true, false).send(chose("dangvien@donvi.vn", NotificationKind.MEETING_INVITED), INVITED)).isFalse();
        assertThat(mail(true, true).send(chose(null, NotificationKind.MEETING_INVITED), INVITED)).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
