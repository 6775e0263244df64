package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Everyone reads and marks only his own notifications: another person's is not found (404), "mark all read" touches
 * only one's own, and an account without a person has none. Preference changes are audited.
 */
@IntegrationTest
class NotificationScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    private long members;
    private long secretarys;

    @BeforeEach
    void oneNotificationEach() {
        SecurityContextHolder.clearContext();
        members = add(demo.personOf("dangvien"), "Chỉ của đảng viên " + System.nanoTime());
        secretarys = add(demo.personOf("bithu"), "Chỉ của bí thư " + System.nanoTime());
    }

    private long add(long personId, String title) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification (person_id, kind, message_key, args, link, event_key, created_at)
                        values (:p, 'MATERIAL_POSTED', 'notification.materialPosted', :args, '/meetings/1', :k, :at)""")
                .param("p", personId).param("args", "#meeting.kind.REGULAR\u001F06/12/2026\u001F" + title)
                .param("k", "TEST:" + title).param("at", Timestamp.from(demo.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private boolean isRead(long id) {
        return jdbc.sql("select read_at is not null from notification where id = :id").param("id", id).query(Boolean.class).single();
    }

    @Test
    void theListShowsOnlyOnesOwnNotificationsInVietnamese() throws Exception {
        String own = jdbc.sql("select args from notification where id = :id").param("id", members).query(String.class).single();
        String others = jdbc.sql("select args from notification where id = :id").param("id", secretarys).query(String.class).single();
        mvc.perform(get("/notifications").with(user(demo.user("dangvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(own.substring(own.lastIndexOf('\u001F') + 1))))
                .andExpect(content().string(containsString("Tài liệu mới cho Sinh hoạt thường kỳ ngày 06/12/2026")))
                .andExpect(content().string(not(containsString(others.substring(others.lastIndexOf('\u001F') + 1)))));
    }

    @Test
    void anotherPersonsNotificationIsNotFound() throws Exception {
        mvc.perform(post("/notifications/" + secretarys + "/open").with(user(demo.user("dangvien"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + secretarys + "/read").with(user(demo.user("dangvien"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + members + "/open").with(user(demo.user("admin"))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(isRead(secretarys)).isFalse();
        assertThat(isRead(members)).isFalse();
    }

    @Test
    void openingOnesOwnMarksItReadAndGoesToTheRecord() throws Exception {
        mvc.perform(post("/notifications/" + members + "/open").with(user(demo.user("dangvien"))).with(csrf()))
                .andExpect(redirectedUrl("/meetings/1"));
        assertThat(isRead(members)).isTrue();
    }

    @Test
    void markingAllReadTouchesOnlyOnesOwn() throws Exception {
        mvc.perform(post("/notifications/read-all").with(user(demo.user("dangvien"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(isRead(members)).isTrue();
        assertThat(isRead(secretarys)).isFalse();
        mvc.perform(get("/notifications/bell").with(user(demo.user("dangvien"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"bellCount\""))));
        mvc.perform(get("/notifications/bell").with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bellCount\"")));
    }

    @Test
    void anAccountWithoutAPersonHasNoNotifications() throws Exception {
        if (jdbc.sql("select count(*) from account where username = 'vanthu.test'").query(Long.class).single() == 0) {
            jdbc.sql("insert into account (username, password_hash, role, person_id, scope_org_id, enabled, created_at)"
                            + " values ('vanthu.test', '{noop}x', 'OFFICER', null, :o, true, :at)")
                    .param("o", demo.division()).param("at", Timestamp.from(demo.now())).update();
        }
        var noPerson = demo.user("vanthu.test");
        mvc.perform(get("/notifications").with(user(noPerson)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không gắn với một đảng viên")));
        mvc.perform(get("/notifications/settings").with(user(noPerson))).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + members + "/open").with(user(noPerson)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void emailChoicesAreSavedForOneselfAndAudited() throws Exception {
        long person = demo.personOf("bithu");
        long version = jdbc.sql("select coalesce(max(version), -1) from notification_settings where person_id = :p")
                .param("p", person).query(Long.class).single();
        mvc.perform(post("/notifications/settings").with(user(demo.user("bithu"))).with(csrf())
                        .param("email", "khong-hop-le").param("kinds", "MEETING_INVITED").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/notifications/settings"))
                .andExpect(flash().attribute("errorKey", "notification.error.email"));
        mvc.perform(post("/notifications/settings").with(user(demo.user("bithu"))).with(csrf())
                        .param("email", "bithu@chibo.vn").param("kinds", "MEETING_INVITED", "ACTION_OVERDUE")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(jdbc.sql("select email || ' ' || email_kinds from notification_settings where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("bithu@chibo.vn ACTION_OVERDUE,MEETING_INVITED");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'NotificationSettings' and entity_id = :p")
                .param("p", person).query(Long.class).single()).isPositive();
        // the same version again: someone else saved in between
        mvc.perform(post("/notifications/settings").with(user(demo.user("bithu"))).with(csrf())
                        .param("email", "bithu@chibo.vn").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/notifications/settings"))
                .andExpect(flash().attribute("errorKey", "error.concurrentEdit"));
    }
}
