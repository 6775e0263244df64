package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.emulation.EvaluationDecided;
import vn.chibo.emulation.EvaluationReturned;
import vn.chibo.emulation.EvaluationStep;
import vn.chibo.inspection.InspectionNoticeSent;
import vn.chibo.inspection.RemediationActionAssigned;
import vn.chibo.inspection.RemediationActionOverdue;
import vn.chibo.meeting.MeetingInvited;
import vn.chibo.meeting.MeetingMaterialPosted;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PersonDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Each kind of event, published after a committed change as its module does, gives a notification to the persons it
 * concerns and to no one else: the invited, the member judged or his organization's secretary and deputies, the owner
 * of an action, the inspected side. A second delivery of the same event adds nothing.
 */
@IntegrationTest
class NotificationRecipientsTest {

    private static final AtomicLong IDS = new AtomicLong(8_000_000 + (System.nanoTime() % 100_000));

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PersonDirectory people;

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private Set<Long> recipientsOf(String eventKey, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> personsWith(eventKey).size() >= expected);
        return personsWith(eventKey);
    }

    private Set<Long> personsWith(String eventKey) {
        return new HashSet<>(jdbc.sql("select person_id from notification where event_key = :k").param("k", eventKey)
                .query(Long.class).list());
    }

    private String textOf(String eventKey, long personId) {
        return jdbc.sql("select message_key || ' ' || args from notification where event_key = :k and person_id = :p")
                .param("k", eventKey).param("p", personId).query(String.class).single();
    }

    private Set<Long> headsOfSampleCell() {
        return people.leadersAt(List.of(demo.sampleCell()), demo.today()).stream()
                .filter(l -> EnumSet.of(PartyPosition.SECRETARY, PartyPosition.DEPUTY_SECRETARY).contains(l.position()))
                .map(l -> l.personId()).collect(Collectors.toSet());
    }

    private long member() {
        return demo.personOf("dangvien");
    }

    private long secretary() {
        return demo.personOf("bithu");
    }

    @Test
    void anInvitationReachesTheInvitedAndNoOneElseOnceEvenIfDeliveredTwice() {
        long meeting = IDS.incrementAndGet();
        LocalDate date = demo.today().plusDays(5);
        MeetingInvited event = new MeetingInvited(meeting, demo.pathOf(demo.sampleCell()), "REGULAR", date, LocalTime.of(7, 30),
                "Hội trường", List.of(member()));
        publish(event);
        publish(event);
        String key = "MEETING_INVITED:" + meeting + ":" + date;
        assertThat(recipientsOf(key, 1)).containsExactly(member());
        assertThat(jdbc.sql("select count(*) from notification where event_key = :k").param("k", key).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select link from notification where event_key = :k").param("k", key).query(String.class).single())
                .isEqualTo("/meetings/" + meeting);
    }

    @Test
    void aMaterialPostedReachesEveryInviteeNamed() {
        long material = IDS.incrementAndGet();
        publish(new MeetingMaterialPosted(IDS.incrementAndGet(), material, demo.pathOf(demo.sampleCell()), "THEMATIC",
                demo.today().plusDays(2), "Dự thảo nghị quyết", List.of(member(), secretary())));
        assertThat(recipientsOf("MATERIAL_POSTED:" + material, 2)).containsExactlyInAnyOrder(member(), secretary());
    }

    @Test
    void aStepReturnedToAMemberReachesHimAlone() {
        long entry = IDS.incrementAndGet();
        Instant at = demo.now();
        publish(new EvaluationReturned(EvaluationStep.CLASSIFICATION, entry, "/classification/1", demo.pathOf(demo.sampleCell()),
                member(), null, "Nguyễn Văn A", 2026, "Thiếu minh chứng", at));
        String key = "STEP_RETURNED:CLASSIFICATION:" + entry + ":" + at.toEpochMilli();
        assertThat(recipientsOf(key, 1)).containsExactly(member());
        assertThat(textOf(key, member())).contains("Thiếu minh chứng");
    }

    @Test
    void aDecisionAboutAnOrganizationReachesItsSecretaryAndDeputiesOnly() {
        Set<Long> heads = headsOfSampleCell();
        assertThat(heads).contains(secretary()).doesNotContain(member());
        long registration = IDS.incrementAndGet();
        publish(new EvaluationDecided(EvaluationStep.RECOGNITION, registration, "/registrations/" + registration,
                demo.pathOf(demo.sampleCell()), null, demo.sampleCell(), "Chi bộ", 2026, "assessment.recognised", "12-QĐ/ĐU",
                demo.today()));
        assertThat(recipientsOf("DECISION_MADE:RECOGNITION:" + registration + ":12-QĐ/ĐU", heads.size())).isEqualTo(heads);
    }

    @Test
    void aDecisionAboutAMemberReachesHimAlone() {
        long entry = IDS.incrementAndGet();
        publish(new EvaluationDecided(EvaluationStep.CLASSIFICATION, entry, "/classification/1", demo.pathOf(demo.sampleCell()),
                member(), null, "Nguyễn Văn A", 2026, "classificationLevel.GOOD", "5-QĐ", demo.today()));
        assertThat(recipientsOf("DECISION_MADE:CLASSIFICATION:" + entry + ":5-QĐ", 1)).containsExactly(member());
    }

    @Test
    void anActionAssignedAndOverdueReachItsOwnerAlone() {
        long action = IDS.incrementAndGet();
        publish(new RemediationActionAssigned(action, 1, demo.pathOf(demo.sampleCell()), member(), "Bổ sung sổ sách",
                demo.today().plusDays(10)));
        publish(new RemediationActionOverdue(action, 1, demo.pathOf(demo.sampleCell()), member(), "Bổ sung sổ sách",
                demo.today().minusDays(1)));
        assertThat(recipientsOf("ACTION_ASSIGNED:" + action, 1)).containsExactly(member());
        assertThat(recipientsOf("ACTION_OVERDUE:" + action, 1)).containsExactly(member());
    }

    @Test
    void findingsNotifiedReachTheInspectedOrganizationsHeadsAndTheMembersNamed() {
        Set<Long> expected = new HashSet<>(headsOfSampleCell());
        expected.add(member());
        long inspection = IDS.incrementAndGet();
        publish(new InspectionNoticeSent(inspection, demo.pathOf(demo.sampleCell()), "Chi bộ", "01-TB/UBKT", demo.today(),
                demo.sampleCell(), List.of(member()), 3));
        assertThat(recipientsOf("FINDING_NOTIFIED:" + inspection, expected.size())).isEqualTo(expected);
    }
}
