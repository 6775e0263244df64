package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;
import vn.chibo.todo.Urgency;

/**
 * The meeting module's to-do items, computed from the meetings as they change: the secretary's regular meeting not
 * planned, materials not posted, minutes not approved; the member's next invitation. Only the account's own cell counts.
 */
@IntegrationTest
@Transactional
class MeetingTodosTest {

    @Autowired
    TodoList todos;
    @Autowired
    MeetingService meetings;
    @Autowired
    MaterialService materials;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long cell;
    LocalDate today;

    @BeforeEach
    void setUp() {
        cell = demo.sampleCell();
        today = demo.today();
        withoutMeetingsOf(cell);
    }

    ChiboUser signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (ChiboUser) user;
    }

    List<TodoItem> itemsOf(String username, String kind) {
        return todos.itemsFor(signIn(username)).stream().filter(i -> i.kind().equals(kind)).toList();
    }

    /** Removes the demo's meetings of a cell (inside the test's transaction) so that a test sees only its own. */
    void withoutMeetingsOf(long organizationId) {
        String meetingsOf = "(select id from meeting where organization_id = " + organizationId + ")";
        for (String table : List.of("meeting_contribution", "meeting_material", "meeting_action_item", "meeting_attendee")) {
            jdbc.sql("delete from " + table + " where meeting_id in " + meetingsOf).update();
        }
        jdbc.sql("delete from meeting where organization_id = :c").param("c", organizationId).update();
    }

    Meeting plan(long organizationId, MeetingKind kind, LocalDate date) {
        var organization = organizations.find(organizationId).orElseThrow();
        Long[] defaults = meetings.defaultChairAndMinuteTaker(organization, date);
        return meetings.create(organizationId, new MeetingForm(kind, false, null, date, LocalTime.of(7, 30), null,
                "Hội trường đại đội", defaults[0], defaults[1], "1. Điểm danh\n2. Thảo luận"));
    }

    void setStatus(Meeting meeting, String status) {
        jdbc.sql("update meeting set status = :s where id = :id").param("s", status).param("id", meeting.id()).update();
    }

    @Test
    void theSecretaryIsToldToPlanThisMonthsRegularMeetingUntilItIsPlanned() {
        List<TodoItem> items = itemsOf("bithu", "meeting.regularNotPlanned");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/organizations/" + cell + "/meetings/new?kind=REGULAR");
            assertThat(item.due()).isEqualTo(YearMonth.from(today).atEndOfMonth());
            assertThat(item.args()).containsExactly(String.format("%02d/%d", today.getMonthValue(), today.getYear()));
        });

        signIn("bithu");
        plan(cell, MeetingKind.REGULAR, today.plusDays(3));
        assertThat(itemsOf("bithu", "meeting.regularNotPlanned")).isEmpty();
    }

    @Test
    void aPlannedMeetingWithoutMaterialsIsDueTheDayBeforeUntilMaterialsArePosted() {
        signIn("bithu");
        Meeting meeting = plan(cell, MeetingKind.EXTRAORDINARY, today.plusDays(2));
        assertThat(itemsOf("bithu", "meeting.materialsMissing")).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/meetings/" + meeting.id() + "#materials");
            assertThat(item.due()).isEqualTo(today.plusDays(1));
            assertThat(item.urgency()).isEqualTo(Urgency.DUE_SOON);
            assertThat(item.args()).containsExactly(demo.today().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });

        byte[] pdf = "%PDF-1.4\n% du thao\n".getBytes(StandardCharsets.US_ASCII);
        materials.attach(meeting.id(), MeetingParts.MaterialPurpose.PREPARATION, "Dự thảo nghị quyết", "du-thao.pdf", pdf);
        assertThat(itemsOf("bithu", "meeting.materialsMissing")).isEmpty();
    }

    @Test
    void heldMinutesAreOverdueUntilTheMeetingIsClosed() {
        signIn("bithu");
        Meeting meeting = plan(cell, MeetingKind.EXTRAORDINARY, today.minusDays(2));
        setStatus(meeting, "HELD");
        assertThat(itemsOf("bithu", "meeting.minutesNotApproved")).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/meetings/" + meeting.id());
            assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
        });

        setStatus(meeting, "CLOSED");
        assertThat(itemsOf("bithu", "meeting.minutesNotApproved")).isEmpty();
    }

    @Test
    void theMemberSeesOnlyHisNextInvitationWithDateTimeAndPlace() {
        signIn("bithu");
        Meeting later = plan(cell, MeetingKind.EXTRAORDINARY, today.plusDays(9));
        Meeting next = plan(cell, MeetingKind.EXTRAORDINARY, today.plusDays(4));

        assertThat(itemsOf("dangvien", "meeting.invitation")).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/meetings/" + next.id());
            assertThat(item.args()).containsExactly(
                    today.plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "07:30", "Hội trường đại đội");
            assertThat(item.urgency()).isEqualTo(Urgency.DUE_SOON);
            assertThat(item.dateLabelKey()).as("the meeting's day, not a deadline").isEqualTo("todo.on");
        });

        setStatus(next, "CANCELLED");
        assertThat(itemsOf("dangvien", "meeting.invitation")).extracting(TodoItem::link).containsExactly("/meetings/" + later.id());
        setStatus(later, "CANCELLED");
        assertThat(itemsOf("dangvien", "meeting.invitation")).isEmpty();
    }

    @Test
    void aSecretarySeesNothingOfAnotherCellAndOfficersGetNoCellItems() {
        long other = demo.cellOutsideDivision();
        withoutMeetingsOf(other);
        signIn("admin");
        Meeting elsewhere = plan(other, MeetingKind.EXTRAORDINARY, today.plusDays(2));
        setStatus(plan(other, MeetingKind.COMMITTEE, today.minusDays(1)), "HELD");

        assertThat(todos.itemsFor(signIn("bithu"))).extracting(TodoItem::link)
                .noneMatch(link -> link.contains("/meetings/" + elsewhere.id()) || link.contains("/organizations/" + other + "/"));
        // an officer's only meeting item is about his subtree (cells that missed last month's meeting), never a cell's own
        assertThat(todos.itemsFor(signIn("canbo"))).extracting(TodoItem::kind)
                .noneMatch(k -> k.startsWith("meeting.") && !k.equals("meeting.lateCells"));
        assertThat(todos.itemsFor(signIn("admin"))).extracting(TodoItem::kind).noneMatch(k -> k.startsWith("meeting."));
    }
}
