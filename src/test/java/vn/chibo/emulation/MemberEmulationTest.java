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
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.ReviewNotes;
import vn.chibo.support.IntegrationTest;

/**
 * Đảng viên 5 tốt: a model judging members deployed to cells; members register and review
 * themselves (or their secretary does), the secretary proposes, the grassroots committee decides.
 */
@IntegrationTest
@Transactional
class MemberEmulationTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    OrganizationDirectory organizations;
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

    private Rulebook member5Good() {
        return rulebooks.visible().stream().filter(r -> r.getCode().equals("DANG_VIEN_5_TOT")).findFirst().orElseThrow();
    }

    /** Another cell of the division than the sample cell, taking part too. */
    private long otherCell() {
        return jdbc.sql("select min(id) from organization where type = 'CELL' and path like :p and id <> :c")
                .param("p", demo.pathOf(demo.division()) + "%").param("c", demo.sampleCell()).query(Long.class).single();
    }

    private Programme deploy() {
        signIn("canbo.sudoan");
        return programmes.create(member5Good().getId(), demo.today().getYear(), "Đảng viên 5 tốt — thí điểm", demo.division(),
                List.of(demo.sampleCell(), otherCell()), new BigDecimal("50"));
    }

    private long membersOf(long... cells) {
        long total = 0;
        for (long cell : cells) {
            total += jdbc.sql("select count(*) from person where organization_id = :c and party_status in ('PROBATIONARY', 'OFFICIAL')")
                    .param("c", cell).query(Long.class).single();
        }
        return total;
    }

    /** A party member of the sample cell other than the demo accounts' people. */
    private long anotherMemberOfSampleCell() {
        return jdbc.sql("select min(id) from person where organization_id = :c and party_status in ('PROBATIONARY', 'OFFICIAL')"
                        + " and id not in (:a, :b)")
                .param("c", demo.sampleCell()).param("a", demo.personOf("bithu")).param("b", demo.personOf("dangvien"))
                .query(Long.class).single();
    }

    private long memberOf(long cell) {
        return jdbc.sql("select min(id) from person where organization_id = :c and party_status in ('PROBATIONARY', 'OFFICIAL')")
                .param("c", cell).query(Long.class).single();
    }

    private Map<String, String> allMet() {
        Map<String, String> values = new HashMap<>();
        rulebooks.definition(member5Good()).indicators().forEach(i -> values.put(i.code(), "true"));
        return values;
    }

    @Test
    void aMembersModelIsDeployedToCellsAndCountsTheirMembers() {
        signIn("canbo.sudoan");
        assertThat(programmes.deployable(demo.today().getYear())).extracting(Rulebook::getCode).contains("DANG_VIEN_5_TOT");
        assertThat(programmes.candidates(member5Good().getId(), demo.division()))
                .allMatch(o -> o.type() == vn.chibo.organization.OrganizationType.CELL);
        Programme programme = deploy();
        assertThat(programmes.judgesMembers(programme)).isTrue();
        var summary = programmes.memberSummary(programme, demo.pathOf(demo.division()));
        assertThat(summary.subjects()).isEqualTo((int) membersOf(demo.sampleCell(), otherCell()));
        assertThat(summary.registered()).isZero();
        assertThat(summary.target()).isEqualTo((int) Math.ceil(summary.subjects() / 2.0));
        assertThat(programmes.currentYear()).filteredOn(f -> f.programmeId() == programme.getId())
                .singleElement().satisfies(f -> assertThat(f.subjects()).isEqualTo(summary.subjects()));
    }

    @Test
    void aMemberRegistersHimselfOnceAndNobodyElse() {
        Programme programme = deploy();
        long self = demo.personOf("dangvien");
        signIn("dangvien");
        Registration own = programmes.registerMember(programme.getId(), self, demo.today(), "Nghị quyết chi bộ tháng 1");
        assertThat(own.getPersonId()).isEqualTo(self);
        assertThat(own.getOrganizationId()).isEqualTo(demo.sampleCell());
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), self, demo.today(), "lần 2"))
                .extracting("messageKey").isEqualTo("programme.error.memberAlreadyRegistered");
        long comrade = anotherMemberOfSampleCell();
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), comrade, demo.today(), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "x"))
                .isInstanceOf(NotFoundException.class);

        signIn("bithu");
        assertThat(programmes.registerMember(programme.getId(), comrade, demo.today(), "NQ chi bộ tháng 1").getPersonId())
                .isEqualTo(comrade);
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), demo.massIn(demo.sampleCell()), demo.today(), "x"))
                .extracting("messageKey").isEqualTo("programme.error.notAMember");
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), memberOf(otherCell()), demo.today(), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "x"))
                .extracting("messageKey").isEqualTo("programme.error.membersRegister");

        signIn("kiemtra");
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), memberOf(otherCell()), demo.today(), "x"))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), memberOf(otherCell()), demo.today(), "x"))
                .isInstanceOf(ForbiddenException.class);
        long outside = jdbc.sql("select min(p.id) from person p join organization o on o.id = p.organization_id"
                        + " where p.party_status = 'OFFICIAL' and o.type = 'CELL' and o.path like :p and p.organization_id not in (:a, :b)")
                .param("p", demo.pathOf(demo.division()) + "%").param("a", demo.sampleCell()).param("b", otherCell())
                .query(Long.class).single();
        signIn("admin");
        assertThatThrownBy(() -> programmes.registerMember(programme.getId(), outside, demo.today(), "x"))
                .extracting("messageKey").isEqualTo("programme.error.cellNotASubject");
        entityManager.flush();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Registration' and action = 'REGISTER'"
                + " and entity_id = :id").param("id", own.getId()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aMemberSeesAndReviewsOnlyHisOwnRegistration() {
        Programme programme = deploy();
        signIn("bithu");
        Registration comrades = programmes.registerMember(programme.getId(), anotherMemberOfSampleCell(), demo.today(), "NQ");
        signIn("dangvien");
        Registration own = programmes.registerMember(programme.getId(), demo.personOf("dangvien"), demo.today(), "NQ");
        assertThat(programmes.get(programme.getId()).getId()).isEqualTo(programme.getId());
        assertThatThrownBy(() -> programmes.registration(comrades.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> programmes.saveReview(comrades.getId(), programmes.currentPeriod(programme), allMet(), Map.of()))
                .isInstanceOf(NotFoundException.class);
        String period = programmes.currentPeriod(programme);
        var sheet = programmes.saveReview(own.getId(), period, allMet(),
                ReviewNotes.forAll(allMet(), Map.of("D3.1", "Hoàn thành nhiệm vụ huấn luyện")));
        assertThat(sheet.outcome().recognised()).isTrue();
        programmes.addPlanItem(own.getId(), "D5", "Dìu dắt một quần chúng vào danh sách cảm tình Đảng", null, null);
        long stranger = demo.massIn(demo.cellOutsideDivision());
        assertThatThrownBy(() -> programmes.addPlanItem(own.getId(), "D5", "Dìu dắt", stranger, null))
                .extracting("messageKey").isEqualTo("programme.error.responsible");
        assertThatThrownBy(() -> programmes.addPlanItem(own.getId(), "D5", "Dìu dắt", 987_654_321L, null))
                .extracting("messageKey").isEqualTo("programme.error.responsible");
        assertThat(programmes.myProgrammes()).filteredOn(m -> m.programme().getId().equals(programme.getId()))
                .singleElement().satisfies(m -> assertThat(m.reviewedThisPeriod()).isTrue());

        signIn("bithu");
        Map<String, String> values = allMet();
        values.put("D4.1", "false");
        assertThat(programmes.saveReview(own.getId(), period, values, ReviewNotes.forAll(values)).outcome().recognised()).isFalse();
        signIn("canbo.sudoan");
        assertThat(programmes.registration(own.getId()).getId()).isEqualTo(own.getId());
        assertThatThrownBy(() -> programmes.saveReview(own.getId(), period, allMet(), Map.of()))
                .isInstanceOf(ForbiddenException.class);
        signIn("kiemtra");
        assertThatThrownBy(() -> programmes.saveReview(own.getId(), period, allMet(), Map.of()))
                .isInstanceOf(ForbiddenException.class);
    }

    private Registration selfAssessed(Programme programme, boolean allMet) {
        signIn("dangvien");
        Registration own = programmes.registerMember(programme.getId(), demo.personOf("dangvien"), demo.today(), "NQ");
        Map<String, String> values = allMet();
        if (!allMet) {
            values.put("D1.1", "false");
        }
        programmes.saveReview(own.getId(), String.valueOf(programme.getYear()), values, ReviewNotes.forAll(values));
        assessments.selfAssess(own.getId(), true, "Tự nhận đạt 5 tốt", null);
        return own;
    }

    private long version(long registrationId) {
        entityManager.flush();
        return assessments.find(registrationId).orElseThrow().getVersion();
    }

    @Test
    void theSecretaryProposesAndTheGrassrootsCommitteeDecides() {
        Registration own = selfAssessed(deploy(), false);
        assertThat(assessments.decidingOrganization(own).name()).isEqualTo("Đảng bộ Trung đoàn 1");
        assertThatThrownBy(() -> assessments.propose(own.getId(), true, null, version(own.getId())))
                .isInstanceOf(ForbiddenException.class);
        signIn("bithu");
        assertThat(assessments.mayPropose(own)).isTrue();
        assertThat(assessments.mayDecide(own)).isFalse();
        assessments.propose(own.getId(), true, "Chi bộ đề nghị công nhận", version(own.getId()));
        assertThatThrownBy(() -> assessments.decide(own.getId(), true, "1-QĐ/ĐU", demo.today(), null, version(own.getId())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> assessments.returnWithReason(own.getId(), "x", version(own.getId())))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        long version = version(own.getId());
        assertThatThrownBy(() -> assessments.decide(own.getId(), true, "1-QĐ/ĐU", demo.today(), null, version))
                .extracting("messageKey").isEqualTo("assessment.error.reasonRequired");
        Assessment decided = assessments.decide(own.getId(), true, "1-QĐ/ĐU", demo.today(),
                "Tiêu chí 1 chưa đạt do đi làm nhiệm vụ, đã khắc phục", version);
        assertThat(decided.getStatus()).isEqualTo(Assessment.Status.DECIDED);
        assertThat(decided.getComputedRecognised()).isFalse();
        entityManager.flush();
        signIn("dangvien");
        assertThat(programmes.mine()).filteredOn(m -> m.registrationId() != null && m.registrationId() == own.getId())
                .singleElement().satisfies(m -> {
                    assertThat(m.assessmentStatus()).isEqualTo("DECIDED");
                    assertThat(m.recognised()).isTrue();
                });
    }

    @Test
    void theSecretaryReturnsWithAReasonAndTwoReviewersConflict() {
        Registration own = selfAssessed(deploy(), true);
        signIn("bithu");
        assertThatThrownBy(() -> assessments.returnWithReason(own.getId(), "", version(own.getId())))
                .extracting("messageKey").isEqualTo("assessment.error.returnReason");
        long seen = version(own.getId());
        assessments.returnWithReason(own.getId(), "Bổ sung minh chứng dìu dắt quần chúng", seen);
        entityManager.flush();
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> assessments.propose(own.getId(), true, null, seen)).isInstanceOf(ConcurrentEditException.class);
        signIn("dangvien");
        Assessment again = assessments.selfAssess(own.getId(), true, "Đã bổ sung", version(own.getId()));
        assertThat(again.getStatus()).isEqualTo(Assessment.Status.SELF_ASSESSED);
    }

    @Test
    void theBoardCountsMembersPerOrganizationAndListsACellsMembers() {
        Programme programme = deploy();
        signIn("dangvien");
        programmes.registerMember(programme.getId(), demo.personOf("dangvien"), demo.today(), "NQ");
        signIn("canbo.sudoan");
        OrganizationRef division = organizations.requireVisible(demo.division());
        var top = programmes.memberBoard(programme, division, 0);
        assertThat(top.members()).isEmpty();
        assertThat(top.groups()).isNotEmpty();
        assertThat(top.groups().stream().mapToLong(ProgrammeService.MemberGroup::members).sum())
                .isEqualTo(membersOf(demo.sampleCell(), otherCell()));
        assertThat(top.groups().stream().mapToLong(ProgrammeService.MemberGroup::registered).sum()).isEqualTo(1);
        var cell = programmes.memberBoard(programme, organizations.requireVisible(demo.sampleCell()), 0);
        assertThat(cell.members()).hasSize((int) membersOf(demo.sampleCell()));
        assertThat(cell.members()).filteredOn(m -> m.person().id() == demo.personOf("dangvien"))
                .singleElement().satisfies(m -> assertThat(m.registration()).isNotNull());
        signIn("bithu");
        var own = programmes.memberBoard(programme, organizations.requireVisible(demo.sampleCell()), 0);
        assertThat(own.summary().subjects()).isEqualTo((int) membersOf(demo.sampleCell()));
        assertThat(programmes.memberSummary(programme, demo.pathOf(demo.sampleCell())).registered()).isEqualTo(1);
    }
}
