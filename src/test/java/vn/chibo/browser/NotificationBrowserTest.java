package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meeting.MeetingInvited;
import vn.chibo.meeting.MeetingMaterialPosted;
import vn.chibo.support.BrowserTest;

/**
 * On a phone, a member sees the bell with his unread count beside the menu button, opens the list, marks one read,
 * and reaches the meeting a notification is about in one tap.
 */
class NotificationBrowserTest extends BrowserTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private long unread(long person) {
        return jdbc.sql("select count(*) from notification where person_id = :p and read_at is null").param("p", person)
                .query(Long.class).single();
    }

    @Test
    void theMemberReadsHisNotificationsOnAPhone() {
        long member = demo.personOf("dangvien");
        long meeting = jdbc.sql("select id from meeting where organization_id = :c order by meeting_date desc, id desc limit 1")
                .param("c", demo.sampleCell()).query(Long.class).single();
        String path = demo.pathOf(demo.sampleCell());
        long before = unread(member);
        long material = 6_000_000 + (System.nanoTime() % 100_000);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // one after the other, so that the material is the newest
        transaction.executeWithoutResult(s -> events.publishEvent(new MeetingInvited(meeting, path, "THEMATIC",
                demo.today().plusDays(3), LocalTime.of(7, 30), "Hội trường đại đội", List.of(member))));
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(member) >= before + 1);
        transaction.executeWithoutResult(s -> events.publishEvent(new MeetingMaterialPosted(meeting, material, path, "THEMATIC",
                demo.today().plusDays(3), "Dự thảo nghị quyết chuyên đề", List.of(member))));
        await().atMost(Duration.ofSeconds(30)).until(() -> unread(member) >= before + 2);
        long count = unread(member);

        page.setViewportSize(390, 844);
        signIn("dangvien", "demo");
        assertThat(page.locator("#notificationBell")).isVisible();
        assertThat(page.locator("#bellCount")).hasText(count > 99 ? "99+" : String.valueOf(count));
        screenshot("95-notifications-bell-phone");

        page.locator("#notificationBell").click();
        page.waitForLoadState();
        assertThat(page.locator("h1")).hasText("Thông báo");
        assertThat(page.locator("#notificationList .notification-item").first()).containsText("Dự thảo nghị quyết chuyên đề");
        assertThat(page.locator("#notificationList .notification-item").nth(1)).containsText("Mời dự Sinh hoạt chuyên đề ngày");
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal scrolling on a phone").isEqualTo(false);
        screenshot("96-notifications-list-phone");

        page.locator("#notificationList .notification-item").nth(1).locator(".notification-read").click();
        page.waitForLoadState();
        assertThat(page.locator("#bellCount")).hasText(String.valueOf(count - 1));

        page.locator("#notificationList .notification-item").first().locator(".notification-open").click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/meetings/" + meeting);
        assertThat(page.locator("h1").first()).isVisible();
        if (count > 2) {
            assertThat(page.locator("#bellCount")).hasText(String.valueOf(count - 2));
        } else {
            assertThat(page.locator("#bellCount")).isHidden();
        }

        page.navigate(url("/notifications/settings"));
        assertThat(page.locator("h1")).hasText("Nhận thông báo qua thư điện tử");
        assertThat(page.locator("#mailOff")).isVisible();
        assertThat(page.locator("input[name=kinds]")).hasCount(7);
        screenshot("97-notification-settings-phone");
    }
}
