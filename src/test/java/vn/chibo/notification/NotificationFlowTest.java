package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.inspection.internal.OverdueRemediation;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.people.PersonDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The modules' own changes, committed, reach the people concerned: planning a meeting, the daily overdue check. */
@IntegrationTest
class NotificationFlowTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    OverdueRemediation overdue;
    @Autowired
    PersonDirectory people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    private Long plannedMeeting;

    @AfterEach
    void removeThePlannedMeeting() {
        SecurityContextHolder.clearContext();
        if (plannedMeeting != null) {
            jdbc.sql("delete from meeting_attendee where meeting_id = :m").param("m", plannedMeeting).update();
            jdbc.sql("delete from meeting where id = :m").param("m", plannedMeeting).update();
        }
    }

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Set<Long> personsWith(String eventKey) {
        return new HashSet<>(jdbc.sql("select person_id from notification where event_key = :k").param("k", eventKey)
                .query(Long.class).list());
    }

    @Test
    void planningAMeetingNotifiesEveryInvitedMemberButNotThePlanner() {
        long cell = demo.sampleCell();
        LocalDate date = demo.today().plusDays(9);
        signIn("bithu");
        Meeting meeting = meetings.create(cell, new MeetingForm(MeetingKind.THEMATIC, false, "Chuyên đề chuyển đổi số", date,
                LocalTime.of(14, 0), null, "Hội trường đại đội", null, null, "1. Quán triệt"));
        plannedMeeting = meeting.id();
        Set<Long> expected = people.partyMembersAt(cell, date).stream().map(m -> m.id()).collect(Collectors.toSet());
        expected.remove(demo.personOf("bithu"));
        assertThat(expected).contains(demo.personOf("dangvien"));
        String key = "MEETING_INVITED:" + meeting.id() + ":" + date;
        await().atMost(Duration.ofSeconds(30)).until(() -> personsWith(key).size() >= expected.size());
        assertThat(personsWith(key)).isEqualTo(expected);
        assertThat(jdbc.sql("select args from notification where event_key = :k and person_id = :p").param("k", key)
                .param("p", demo.personOf("dangvien")).query(String.class).single())
                .contains(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()), "14:00");
    }

    @Test
    void theDailyCheckAnnouncesAnOverdueActionToItsOwnerOnce() {
        var action = jdbc.sql("select id, owner_person_id from remediation_action where completed_on is null and due_on < :today"
                        + " order by id limit 1")
                .param("today", demo.today()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        jdbc.sql("update remediation_action set overdue_notified_on = null where id = :id").param("id", action[0]).update();
        jdbc.sql("delete from notification where event_key = :k").param("k", "ACTION_OVERDUE:" + action[0]).update();

        assertThat(overdue.announce(demo.today())).isPositive();
        String key = "ACTION_OVERDUE:" + action[0];
        await().atMost(Duration.ofSeconds(30)).until(() -> !personsWith(key).isEmpty());
        assertThat(personsWith(key)).containsExactly(action[1]);

        assertThat(overdue.announce(demo.today())).isZero();
        assertThat(jdbc.sql("select overdue_notified_on from remediation_action where id = :id").param("id", action[0])
                .query(LocalDate.class).single()).isEqualTo(demo.today());
        assertThat(List.copyOf(personsWith(key))).hasSize(1);
    }
}
