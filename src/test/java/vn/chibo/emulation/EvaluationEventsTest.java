package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.AssessmentService;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.emulation.internal.Registration;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Returning a cell's self-assessment and deciding its recognition announce both, about the cell, with a link to it. */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class EvaluationEventsTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    DemoFixture demo;
    @Autowired
    ApplicationEvents events;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Registration selfAssessedCell() {
        signIn("canbo.sudoan");
        Rulebook rulebook = rulebooks.visible().stream().filter(r -> r.getCode().equals("CHI_BO_4_TOT")).findFirst().orElseThrow();
        Programme programme = programmes.create(rulebook.getId(), demo.today().getYear(), "4 tốt", demo.division(),
                List.of(demo.sampleCell()), new BigDecimal("50"));
        signIn("bithu");
        Registration registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "NQ tháng 1");
        Map<String, String> values = new HashMap<>();
        rulebooks.definition(rulebook).indicators().forEach(i -> values.put(i.code(), i.kind().name().equals("MET") ? "true" : "95"));
        programmes.saveReview(registration.getId(), String.valueOf(programme.getYear()), values, Map.of());
        // with a reason: what the rulebook computes for the cell follows records other test classes commit (awards,
        // discipline), and claiming recognition against it needs one
        assessments.selfAssess(registration.getId(), true, "Chi bộ tự đánh giá đạt 4 tốt", null);
        return registration;
    }

    private long version(long registrationId) {
        entityManager.flush();
        return assessments.find(registrationId).orElseThrow().getVersion();
    }

    @Test
    void aReturnIsAnnouncedAboutTheCellWithItsReason() {
        Registration registration = selfAssessedCell();
        signIn("canbo.sudoan");
        assessments.returnWithReason(registration.getId(), "Thiếu minh chứng tiêu chí 2", version(registration.getId()));
        assertThat(events.stream(EvaluationReturned.class)).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo(EvaluationStep.RECOGNITION);
            assertThat(e.organizationId()).isEqualTo(demo.sampleCell());
            assertThat(e.personId()).isNull();
            assertThat(e.reason()).isEqualTo("Thiếu minh chứng tiêu chí 2");
            assertThat(e.link()).isEqualTo("/registrations/" + registration.getId());
            assertThat(e.year()).isEqualTo(demo.today().getYear());
            assertThat(e.subjectName()).as("the cell and the model it is judged by")
                    .isEqualTo(demo.nameOf(demo.sampleCell()) + " (4 tốt)");
        });
    }

    @Test
    void aDecisionIsAnnouncedAboutTheCellWithItsOutcome() {
        Registration registration = selfAssessedCell();
        signIn("canbo.sudoan");
        assessments.propose(registration.getId(), true, "Đề nghị công nhận", version(registration.getId()));
        assertThat(events.stream(EvaluationDecided.class)).isEmpty();
        assessments.decide(registration.getId(), true, "15-QĐ/ĐU", demo.today(), "Đủ điều kiện công nhận",
                version(registration.getId()));
        assertThat(events.stream(EvaluationDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.organizationId()).isEqualTo(demo.sampleCell());
            assertThat(e.outcomeKey()).isEqualTo("assessment.recognised");
            assertThat(e.decisionNumber()).isEqualTo("15-QĐ/ĐU");
            assertThat(e.decisionDate()).isEqualTo(demo.today());
        });
    }
}
