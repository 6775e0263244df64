package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.Assessment;
import vn.chibo.emulation.internal.AssessmentService;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.emulation.internal.Registration;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.ReviewNotes;
import vn.chibo.support.IntegrationTest;

/** The year-end recognition workflow: self-assessment, proposal, decision, returns, conflicts, reasons. */
@IntegrationTest
@Transactional
class AssessmentsTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Registration registeredAndReviewed(boolean allMet) {
        signIn("canbo.sudoan");
        Rulebook rulebook = rulebooks.visible().stream().filter(r -> r.getCode().equals("CHI_BO_4_TOT")).findFirst().orElseThrow();
        Programme programme = programmes.create(rulebook.getId(), demo.today().getYear(), "4 tốt", demo.division(),
                List.of(demo.sampleCell()), new BigDecimal("50"));
        signIn("bithu");
        Registration registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "NQ tháng 1");
        Map<String, String> values = new HashMap<>();
        rulebooks.definition(rulebook).indicators().forEach(i -> values.put(i.code(), i.kind().name().equals("MET") ? "true" : "95"));
        if (!allMet) {
            values.put("C2.1", "80");
        }
        programmes.saveReview(registration.getId(), String.valueOf(programme.getYear()), values, ReviewNotes.forAll(values));
        return registration;
    }

    private long version(long registrationId) {
        entityManager.flush();
        return assessments.find(registrationId).orElseThrow().getVersion();
    }

    @Test
    void aCellIsRecognisedThroughTheThreeSteps() {
        Registration registration = registeredAndReviewed(true);
        assertThat(assessments.computed(registration.getId())).isTrue();
        assessments.selfAssess(registration.getId(), true, "Chi bộ đạt 4 tiêu chí", null);
        signIn("bithu");
        assertThatThrownBy(() -> assessments.propose(registration.getId(), true, null, version(registration.getId())))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThat(assessments.decidingOrganization(registration).name()).isEqualTo("Đảng bộ Trung đoàn 1");
        assessments.propose(registration.getId(), true, "Đề nghị công nhận", version(registration.getId()));
        Assessment decided = assessments.decide(registration.getId(), true, "15-QĐ/ĐU", demo.today(), null,
                version(registration.getId()));
        assertThat(decided.getStatus()).isEqualTo(Assessment.Status.DECIDED);
        assertThat(decided.getComputedRecognised()).isTrue();
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Assessment' and action = 'TRANSITION'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3L);
    }

    @Test
    void aDecisionAgainstTheRulebookResultNeedsAReason() {
        Registration registration = registeredAndReviewed(false);
        assertThat(assessments.computed(registration.getId())).isFalse();
        assessments.selfAssess(registration.getId(), true, "Tỷ lệ dự sinh hoạt thấp do làm nhiệm vụ", null);
        signIn("canbo.sudoan");
        assessments.propose(registration.getId(), true, null, version(registration.getId()));
        long version = version(registration.getId());
        assertThatThrownBy(() -> assessments.decide(registration.getId(), true, "16-QĐ/ĐU", demo.today(), null, version))
                .extracting("messageKey").isEqualTo("assessment.error.reasonRequired");
        Assessment decided = assessments.decide(registration.getId(), true, "16-QĐ/ĐU", demo.today(),
                "Tỷ lệ dự sinh hoạt thấp do làm nhiệm vụ phòng chống lụt bão", version);
        assertThat(decided.getDifferenceReason()).contains("lụt bão");
    }

    @Test
    void aSelfAssessmentAgainstTheRulebookResultNeedsAReason() {
        Registration registration = registeredAndReviewed(false);
        assertThat(assessments.computed(registration.getId())).isFalse();
        assertThatThrownBy(() -> assessments.selfAssess(registration.getId(), true, " ", null))
                .extracting("messageKey", "field").containsExactly("assessment.error.selfReasonRequired", "comment");
        assertThat(assessments.find(registration.getId())).as("nothing recorded by the refused attempt").isEmpty();
        Assessment agreeing = assessments.selfAssess(registration.getId(), false, null, null);
        assertThat(agreeing.getStatus()).isEqualTo(Assessment.Status.SELF_ASSESSED);
    }

    @Test
    void aSelfAssessmentAgainstTheRulebookIsKeptWithItsReason() {
        Registration registration = registeredAndReviewed(false);
        Assessment differing = assessments.selfAssess(registration.getId(), true, "Chỉ tiêu C2.1 thiếu do lụt bão", null);
        assertThat(differing.getSelfRecognised()).isTrue();
        assertThat(differing.getComputedRecognised()).isFalse();
    }

    @Test
    void aReviewerReturnsWithAReasonAndTheSubjectAssessesAgain() {
        Registration registration = registeredAndReviewed(true);
        assessments.selfAssess(registration.getId(), true, null, null);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> assessments.returnWithReason(registration.getId(), " ", version(registration.getId())))
                .extracting("messageKey").isEqualTo("assessment.error.returnReason");
        assessments.returnWithReason(registration.getId(), "Thiếu minh chứng tiêu chí 2", version(registration.getId()));
        signIn("bithu");
        Assessment again = assessments.selfAssess(registration.getId(), true, "Đã bổ sung", version(registration.getId()));
        assertThat(again.getStatus()).isEqualTo(Assessment.Status.SELF_ASSESSED);
        assertThat(again.getReturnedReason()).isNull();
    }

    @Test
    void twoReviewersAtOnceTheSecondGetsAConflict() {
        Registration registration = registeredAndReviewed(true);
        assessments.selfAssess(registration.getId(), true, null, null);
        signIn("canbo.sudoan");
        long seenByBoth = version(registration.getId());
        assessments.propose(registration.getId(), true, "Người thứ nhất", seenByBoth);
        entityManager.flush();
        signIn("canbo");
        assertThatThrownBy(() -> assessments.returnWithReason(registration.getId(), "Người thứ hai", seenByBoth))
                .isInstanceOf(ConcurrentEditException.class);
    }
}
