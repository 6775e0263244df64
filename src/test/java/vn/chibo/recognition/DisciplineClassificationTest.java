package vn.chibo.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.internal.ClassificationGrade;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.recognition.internal.DisciplineInput;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.DisciplineRecord;
import vn.chibo.recognition.internal.DisciplineService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The discipline register drives the annual classification: a member disciplined in the round's
 * year is rated Không hoàn thành nhiệm vụ whatever he declares, unless the fault was self-detected
 * and corrected; a cell whose leadership collective was disciplined likewise.
 */
@IntegrationTest
@Transactional
class DisciplineClassificationTest {

    /** Rounds for this year and last year exist in the demo; next year's is free to open. */
    private int roundYear() {
        return demo.today().getYear() + 1;
    }

    @Autowired
    ClassificationService classification;
    @Autowired
    DisciplineService discipline;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    ClassificationEntry entryOf(ClassificationRound round, String kind, long subjectId) {
        entityManager.flush();
        long id = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = :k and subject_id = :s")
                .param("r", round.getId()).param("k", kind).param("s", subjectId).query(Long.class).single();
        entityManager.clear();
        return classification.entry(id);
    }

    /**
     * Records a discipline decision (dated today: decisions cannot be dated in the future) and then
     * moves its date into the round's year, as if the decision had been taken then.
     */
    void disciplined(Long personId, Long organizationId, boolean selfDetected, boolean leadership) {
        signIn("kiemtra");
        DisciplineInput input = new DisciplineInput();
        input.setPersonId(personId);
        input.setOrganizationId(organizationId);
        input.setMeasure(DisciplineMeasure.REPRIMAND);
        input.setDecisionNumber("21-QĐ/UBKT");
        input.setDecisionDate(demo.today());
        input.setReason("Vi phạm quy định về chế độ sinh hoạt đảng");
        input.setSelfDetected(selfDetected);
        input.setLeadershipCollective(leadership);
        DisciplineRecord record = discipline.create(input);
        entityManager.flush();
        jdbc.sql("update discipline_record set decision_date = :d where id = :id")
                .param("d", LocalDate.of(roundYear(), 3, 15)).param("id", record.getId()).update();
        entityManager.clear();
    }

    static ClassificationForm score(String score, long version) {
        ClassificationForm form = ClassificationForm.of(null, null, null, version);
        form.setScore(score);
        form.setExceedingShare("35");
        form.setLateTaskShare("0");
        form.setTargetsMetShare("95");
        form.setDisciplinedSubordinatesShare("0");
        return form;
    }

    ClassificationEntry memberSelfClassified(ClassificationRound round) {
        signIn("dangvien");
        ClassificationEntry member = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        classification.selfClassify(member.getId(), score("92", member.getVersion()));
        return entryOf(round, "MEMBER", demo.personOf("dangvien"));
    }

    ClassificationRound round() {
        signIn("canbo.sudoan");
        return classification.open(demo.division(), roundYear(), null, null, null, null);
    }

    @Test
    void aMemberDisciplinedInTheYearDoesNotCompleteHisTasksWhateverHeDeclares() {
        ClassificationRound round = round();
        disciplined(demo.personOf("dangvien"), null, false, false);
        ClassificationEntry member = memberSelfClassified(round);
        assertThat(member.getComputedGrade()).isEqualTo(ClassificationGrade.NOT_COMPLETED);
        assertThat(member.reasonKeys()).contains("classification.auto.disciplined");
    }

    @Test
    void aDisciplineDecidedAfterTheProposalStillCountsAtTheDecision() {
        ClassificationRound round = round();
        ClassificationEntry member = memberSelfClassified(round);
        assertThat(member.getComputedGrade()).isEqualTo(ClassificationGrade.EXCELLENT);
        signIn("bithu");
        classification.propose(member.getId(), ClassificationForm.of(member.declaredInputs(), null, null, member.getVersion()));
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        signIn("bithu");
        classification.selfClassify(cell.getId(), score("80", cell.getVersion()));
        signIn("canbo.sudoan");
        cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        classification.propose(cell.getId(), ClassificationForm.of(cell.declaredInputs(), null, null, cell.getVersion()));
        cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        classification.decideGroup(round.getId(), cell.getQuotaGroup(), java.util.List.of(
                new ClassificationService.Decision(cell.getId(), cell.getVersion(), "GOOD", null)), "30-QĐ/ĐU", demo.today(), null);
        disciplined(demo.personOf("dangvien"), null, false, false);
        signIn("canbo.sudoan");
        ClassificationEntry proposed = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> classification.decideGroup(round.getId(),
                        proposed.getQuotaGroup(), java.util.List.of(new ClassificationService.Decision(proposed.getId(),
                                proposed.getVersion(), "EXCELLENT", null)), "31-QĐ/ĐU", demo.today(), "Giải trình"))
                .extracting("messageKey").isEqualTo("classification.error.reasonRequired");
    }

    @Test
    void aSelfDetectedAndCorrectedFaultDoesNotDecideTheClassification() {
        ClassificationRound round = round();
        disciplined(demo.personOf("dangvien"), null, true, false);
        ClassificationEntry member = memberSelfClassified(round);
        assertThat(member.reasonKeys()).doesNotContain("classification.auto.disciplined");
        assertThat(member.getComputedGrade()).isNotEqualTo(ClassificationGrade.NOT_COMPLETED);
    }

    @Test
    void disciplineOutsideTheRoundsYearDoesNotCount() {
        ClassificationRound round = round();
        signIn("kiemtra");
        DisciplineInput input = new DisciplineInput();
        input.setPersonId(demo.personOf("dangvien"));
        input.setMeasure(DisciplineMeasure.WARNING);
        input.setDecisionNumber("22-QĐ/UBKT");
        input.setDecisionDate(demo.today());
        input.setReason("Vi phạm kỷ luật quân đội");
        discipline.create(input);
        ClassificationEntry member = memberSelfClassified(round);
        assertThat(member.reasonKeys()).doesNotContain("classification.auto.disciplined");
        assertThat(classification.registerFacts(member, round))
                .containsEntry(ClassificationService.DISCIPLINED_IN_YEAR, java.math.BigDecimal.ZERO);
    }

    @Test
    void aCellWhoseLeadershipWasDisciplinedDoesNotCompleteItsTasks() {
        ClassificationRound round = round();
        disciplined(null, demo.sampleCell(), false, true);
        signIn("bithu");
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        classification.selfClassify(cell.getId(), score("92", cell.getVersion()));
        cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        assertThat(cell.getComputedGrade()).isEqualTo(ClassificationGrade.NOT_COMPLETED);
        assertThat(cell.reasonKeys()).contains("classification.auto.leadershipDisciplined");
    }

    @Test
    void theShareOfDisciplinedSubordinatesIsCountedOverDirectSubordinateOrganizations() {
        ClassificationRound round = round();
        long battalion = demo.sampleBattalion();
        long children = jdbc.sql("select count(*) from organization where parent_id = :b and status = 'ACTIVE'")
                .param("b", battalion).query(Long.class).single();
        disciplined(null, demo.sampleCell(), false, false);
        signIn("canbo.sudoan");
        ClassificationEntry entry = entryOf(round, "ORGANIZATION", battalion);
        java.math.BigDecimal share = classification.registerFacts(entry, round).get(ClassificationService.SUBORDINATES_DISCIPLINED_SHARE);
        assertThat(share).isEqualByComparingTo(java.math.BigDecimal.ONE.divide(java.math.BigDecimal.valueOf(children), 4,
                java.math.RoundingMode.HALF_UP));
    }
}
