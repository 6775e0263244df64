package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.people.PersonDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Planning a meeting announces the invitation to every member invited but the planner; posting a preparation material
 * announces it to the invitees; a material of the record (after the meeting) announces nothing.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class MeetingEventsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MaterialService materials;
    @Autowired
    PersonDirectory people;
    @Autowired
    DemoFixture demo;
    @Autowired
    ApplicationEvents events;

    private Meeting planAsSecretary(LocalDate date) {
        UserDetails user = demo.user("bithu");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return meetings.create(demo.sampleCell(), new MeetingForm(MeetingKind.THEMATIC, false, "Chuyên đề", date,
                LocalTime.of(8, 0), null, "Hội trường", null, null, "1. Quán triệt"));
    }

    @Test
    void planningAMeetingAnnouncesTheInvitationToTheMembersButThePlanner() {
        LocalDate date = demo.today().plusDays(4);
        Meeting meeting = planAsSecretary(date);
        Set<Long> members = people.partyMembersAt(demo.sampleCell(), date).stream().map(m -> m.id()).collect(Collectors.toSet());
        members.remove(demo.personOf("bithu"));
        assertThat(events.stream(MeetingInvited.class)).singleElement().satisfies(e -> {
            assertThat(e.meetingId()).isEqualTo(meeting.id());
            assertThat(e.kind()).isEqualTo("THEMATIC");
            assertThat(e.date()).isEqualTo(date);
            assertThat(e.place()).isEqualTo("Hội trường");
            assertThat(Set.copyOf(e.personIds())).isEqualTo(members);
        });
    }

    @Test
    void aPreparationMaterialIsAnnouncedToTheInviteesButNotARecordMaterial() {
        Meeting meeting = planAsSecretary(demo.today().plusDays(3));
        byte[] pdf = "%PDF-1.4\n% du thao\n".getBytes(StandardCharsets.US_ASCII);
        var posted = materials.attach(meeting.id(), MeetingParts.MaterialPurpose.PREPARATION, "Dự thảo nghị quyết", "du-thao.pdf", pdf);
        assertThat(events.stream(MeetingMaterialPosted.class)).singleElement().satisfies(e -> {
            assertThat(e.materialId()).isEqualTo(posted.id());
            assertThat(e.title()).isEqualTo("Dự thảo nghị quyết");
            assertThat(e.personIds()).contains(demo.personOf("dangvien")).doesNotContain(demo.personOf("bithu"));
        });
        materials.attach(meeting.id(), MeetingParts.MaterialPurpose.RECORD, "Ảnh", "bien-ban.pdf", pdf);
        assertThat(events.stream(MeetingMaterialPosted.class)).hasSize(1);
    }
}
