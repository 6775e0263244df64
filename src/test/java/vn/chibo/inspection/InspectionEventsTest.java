package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.inspection.InspectionTest.action;
import static vn.chibo.inspection.InspectionTest.finding;
import static vn.chibo.inspection.InspectionTest.inspectionOf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A remediation action assigned is announced to its owner; the conclusion notice sent announces the findings. */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class InspectionEventsTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;
    @Autowired
    DemoFixture demo;
    @Autowired
    ApplicationEvents events;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void anActionAssignedIsAnnouncedToItsOwner() {
        signIn("kiemtra");
        Inspection inspection = inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today().minusDays(2)));
        Finding shortcoming = findings.record(inspection.getId(), finding(FindingType.SHORTCOMING, "C2.3"));
        signIn("bithu");
        RemediationAction action = findings.addAction(shortcoming.getId(), action(demo.personOf("dangvien"), demo.today().plusDays(10)));
        assertThat(events.stream(RemediationActionAssigned.class)).singleElement().satisfies(e -> {
            assertThat(e.actionId()).isEqualTo(action.getId());
            assertThat(e.findingId()).isEqualTo(shortcoming.getId());
            assertThat(e.ownerPersonId()).isEqualTo(demo.personOf("dangvien"));
            assertThat(e.dueOn()).isEqualTo(demo.today().plusDays(10));
        });
    }

    @Test
    void theNoticeSentAnnouncesTheFindingsToTheInspectedOrganization() {
        signIn("kiemtra");
        Inspection inspection = inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today().minusDays(2)));
        findings.record(inspection.getId(), finding(FindingType.STRENGTH, "C1.1"));
        findings.record(inspection.getId(), finding(FindingType.VIOLATION, "C3.2"));
        Inspection concluded = inspections.conclude(inspection.getId(), "Chi ủy cần đổi mới nội dung sinh hoạt.", "15-TB/UBKT",
                inspections.get(inspection.getId()).getVersion());
        assertThat(events.stream(InspectionNoticeSent.class)).isEmpty();
        inspections.markNoticeSent(concluded.getId(), demo.today(), concluded.getVersion());
        assertThat(events.stream(InspectionNoticeSent.class)).singleElement().satisfies(e -> {
            assertThat(e.inspectionId()).isEqualTo(inspection.getId());
            assertThat(e.subjectOrganizationId()).isEqualTo(demo.sampleCell());
            assertThat(e.noticeNumber()).isEqualTo("15-TB/UBKT");
            assertThat(e.findings()).isEqualTo(2);
            assertThat(e.personIds()).isEmpty();
        });
    }
}
