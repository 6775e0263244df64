package vn.chibo.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.internal.OrderProblem;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.shared.web.Problem;
import vn.chibo.classification.internal.ClassificationGrade;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.classification.internal.ClassificationService.Decision;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoConsistency;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Annual classification rounds: opening, the three steps by the right accounts only, the quota on
 * the decision, the order rules, reasons, returns, conflicts and exemptions.
 */
@IntegrationTest
@Transactional
class ClassificationRoundsTest {

    private int qd366Year() {
        return demo.today().getYear() + 1;
    }
    private static final int QD124_YEAR = 2024;

    @Autowired
    ClassificationService classification;
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

    ClassificationRound openForDivision(int year) {
        signIn("canbo.sudoan");
        return classification.open(demo.division(), year, null, null, null, null);
    }

    ClassificationEntry entryOf(ClassificationRound round, String kind, long subjectId) {
        entityManager.flush();
        long id = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = :k and subject_id = :s")
                .param("r", round.getId()).param("k", kind).param("s", subjectId).query(Long.class).single();
        entityManager.clear();
        return classification.entry(id);
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

    ClassificationEntry selfClassifiedCell(ClassificationRound round, String score) {
        signIn("bithu");
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        classification.selfClassify(cell.getId(), score(score, cell.getVersion()));
        return entryOf(round, "ORGANIZATION", demo.sampleCell());
    }

    ClassificationEntry proposed(ClassificationEntry entry, String proposer) {
        signIn(proposer);
        ClassificationEntry fresh = classification.entry(entry.getId());
        ClassificationForm form = ClassificationForm.of(fresh.declaredInputs(), null, "Thẩm định đạt", fresh.getVersion());
        classification.propose(fresh.getId(), form);
        entityManager.flush();
        entityManager.clear();
        return classification.entry(entry.getId());
    }

    @Test
    void anOfficerOpensARoundForEveryOrganizationBelowAndEveryMemberWithTheirDecidingLevel() {
        ClassificationRound round = openForDivision(qd366Year());
        assertThat(classification.rulebookOf(round).getCode()).isEqualTo("XEP_LOAI_QD366");
        String path = demo.pathOf(demo.division());
        long organizations = jdbc.sql("select count(*) from organization where path like :p and id <> :d and status = 'ACTIVE'"
                + " and type in ('UPPER_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE', 'CELL')")
                .param("p", path + "%").param("d", demo.division()).query(Long.class).single();
        long members = jdbc.sql("select count(*) from person where org_path like :p and party_status in ('PROBATIONARY', 'OFFICIAL')")
                .param("p", path + "%").query(Long.class).single();
        var figures = classification.figures(round);
        assertThat(figures.get("ORGANIZATION", "ALL")).isEqualTo(organizations);
        assertThat(figures.get("MEMBER", "ALL")).isEqualTo(members);
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        long parent = jdbc.sql("select parent_id from organization where id = :id").param("id", demo.sampleCell())
                .query(Long.class).single();
        assertThat(cell.getDecidingOrgId()).isEqualTo(parent);
        ClassificationEntry member = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        String decider = jdbc.sql("select type from organization where id = :id").param("id", member.getDecidingOrgId())
                .query(String.class).single();
        assertThat(decider).isEqualTo("GRASSROOTS_COMMITTEE");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ClassificationRound'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aRoundCoveringTheSameSubjectsInTheSameYearIsRefused() {
        signIn("canbo.sudoan");
        int thisYear = demo.today().getYear();
        // members recorded by earlier tests in the shared demo (imports) are not yet in a round: a first round takes them
        try {
            classification.open(demo.division(), thisYear, null, null, null, null);
        } catch (vn.chibo.shared.web.BusinessRuleException everyoneAlreadyCovered) {
            assertThat(everyoneAlreadyCovered.messageKey()).isEqualTo("classification.error.exists");
        }
        assertThatThrownBy(() -> classification.open(demo.division(), thisYear, null, null, null, null))
                .extracting("messageKey").isEqualTo("classification.error.exists");
    }

    @Test
    void aWiderRoundTakesOnlyTheSubjectsNotYetCoveredThatYear() {
        signIn("canbo.sudoan");
        long regiment = jdbc.sql("select parent_id from organization where id = (select parent_id from organization where id = :c)")
                .param("c", demo.sampleCell()).query(Long.class).single();
        ClassificationRound inner = classification.open(regiment, qd366Year(), null, null, null, null);
        ClassificationRound outer = classification.open(demo.division(), qd366Year(), null, null, null, null);
        entityManager.flush();
        long duplicates = jdbc.sql("select count(*) from (select subject_kind, subject_id from classification_entry"
                + " where round_year = :y group by subject_kind, subject_id having count(*) > 1) d").param("y", qd366Year())
                .query(Long.class).single();
        assertThat(duplicates).isZero();
        assertThat(jdbc.sql("select round_id from classification_entry where subject_kind = 'ORGANIZATION' and subject_id = :c"
                + " and round_year = :y").param("c", demo.sampleCell()).param("y", qd366Year()).query(Long.class).single())
                .isEqualTo(inner.getId());
        assertThat(jdbc.sql("select round_id from classification_entry where subject_kind = 'ORGANIZATION' and subject_id = :r"
                + " and round_year = :y").param("r", regiment).param("y", qd366Year()).query(Long.class).single())
                .isEqualTo(outer.getId());
    }

    @Test
    void closingNeedsAConfirmationAndARoundCanBeReopened() {
        ClassificationRound round = openForDivision(qd366Year());
        entityManager.flush();
        assertThatThrownBy(() -> classification.close(round.getId(), round.getVersion(), false))
                .extracting("messageKey").isEqualTo("classification.error.confirmClose");
        classification.close(round.getId(), round.getVersion(), true);
        entityManager.flush();
        signIn("bithu");
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        assertThatThrownBy(() -> classification.selfClassify(cell.getId(), score("80", cell.getVersion())))
                .extracting("messageKey").isEqualTo("classification.error.closed");
        signIn("canbo.sudoan");
        ClassificationRound closed = classification.round(round.getId());
        classification.reopen(closed.getId(), closed.getVersion());
        entityManager.flush();
        signIn("bithu");
        ClassificationEntry again = entryOf(round, "ORGANIZATION", demo.sampleCell());
        classification.selfClassify(again.getId(), score("80", again.getVersion()));
    }

    @Test
    void nobodyProposesOrDecidesHisOwnClassification() {
        ClassificationRound round = openForDivision(qd366Year());
        long secretary = demo.personOf("bithu");
        signIn("bithu");
        ClassificationEntry own = entryOf(round, "MEMBER", secretary);
        classification.selfClassify(own.getId(), score("85", own.getVersion()));
        ClassificationEntry selfClassified = entryOf(round, "MEMBER", secretary);
        assertThat(classification.mayPropose(selfClassified)).isFalse();
        assertThatThrownBy(() -> classification.propose(selfClassified.getId(),
                ClassificationForm.of(selfClassified.declaredInputs(), null, null, selfClassified.getVersion())))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThat(classification.mayPropose(selfClassified)).isTrue();
    }

    @Test
    void onlyOfficersOpenRoundsAndOnlyInTheirScope() {
        signIn("bithu");
        assertThatThrownBy(() -> classification.open(demo.sampleCell(), qd366Year(), null, null, null, null))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> classification.open(demo.cellOutsideDivision(), qd366Year(), null, null, null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCellGoesThroughSelfClassificationProposalAndDecision() {
        ClassificationRound round = openForDivision(qd366Year());
        ClassificationEntry cell = selfClassifiedCell(round, "85,5");
        assertThat(cell.getComputedGrade()).isEqualTo(ClassificationGrade.GOOD);
        assertThat(cell.getSelfGrade()).isEqualTo(ClassificationGrade.GOOD);
        signIn("bithu");
        ClassificationEntry stale = cell;
        assertThatThrownBy(() -> classification.propose(stale.getId(), ClassificationForm.of(stale.declaredInputs(), null, null,
                stale.getVersion()))).isInstanceOf(ForbiddenException.class);
        cell = proposed(cell, "canbo.sudoan");
        assertThat(cell.getProposedGrade()).isEqualTo(ClassificationGrade.GOOD);
        int decided = classification.decideGroup(round.getId(), cell.getQuotaGroup(),
                List.of(new Decision(cell.getId(), cell.getVersion(), "GOOD", null)), "12-QĐ/ĐU", demo.today(), null);
        assertThat(decided).isEqualTo(1);
        entityManager.flush();
        entityManager.clear();
        ClassificationEntry done = classification.entry(cell.getId());
        assertThat(done.getStatus()).isEqualTo(ClassificationEntry.Status.DECIDED);
        assertThat(done.getDecidedGrade()).isEqualTo(ClassificationGrade.GOOD);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ClassificationEntry' and entity_id = :id")
                .param("id", cell.getId()).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void scoreBoundariesAreExact() {
        ClassificationRound round = openForDivision(qd366Year());
        assertThat(selfClassifiedCell(round, "89,99").getComputedGrade()).isEqualTo(ClassificationGrade.GOOD);
        ClassificationRound other = round;
        signIn("canbo.sudoan");
        ClassificationEntry cell = entryOf(other, "ORGANIZATION", demo.sampleCell());
        classification.returnWithReason(cell.getId(), "Xem lại điểm", cell.getVersion());
        signIn("bithu");
        cell = entryOf(other, "ORGANIZATION", demo.sampleCell());
        assertThat(cell.getReturnedReason()).isEqualTo("Xem lại điểm");
        classification.selfClassify(cell.getId(), score("90", cell.getVersion()));
        assertThat(entryOf(other, "ORGANIZATION", demo.sampleCell()).getComputedGrade()).isEqualTo(ClassificationGrade.EXCELLENT);
    }

    @Test
    void exceedingTheQuotaNeedsAJustificationWhereTheRulebookAllowsIt() {
        ClassificationRound round = openForDivision(qd366Year());
        ClassificationEntry cell = proposed(selfClassifiedCell(round, "95"), "canbo.sudoan");
        assertThat(cell.getProposedGrade()).isEqualTo(ClassificationGrade.EXCELLENT);
        List<Decision> excellent = List.of(new Decision(cell.getId(), cell.getVersion(), "EXCELLENT", null));
        assertThatThrownBy(() -> classification.decideGroup(round.getId(), cell.getQuotaGroup(), excellent, "13-QĐ/ĐU",
                demo.today(), null)).extracting("messageKey").isEqualTo("classification.error.quotaJustification");
        classification.decideGroup(round.getId(), cell.getQuotaGroup(), excellent, "13-QĐ/ĐU", demo.today(),
                "Đơn vị hoàn thành xuất sắc nhiệm vụ diễn tập");
        entityManager.flush();
        entityManager.clear();
        assertThat(classification.entry(cell.getId()).getQuotaJustification()).contains("diễn tập");
    }

    @Test
    void theQuotaIsRefusedWhereTheRulebookAllowsNoException() {
        // the demo holds the region's decided round of that year (issue 12): this test opens its own, in its transaction
        jdbc.sql("delete from classification_entry where round_year = :y").param("y", QD124_YEAR).update();
        jdbc.sql("delete from classification_round where round_year = :y").param("y", QD124_YEAR).update();
        ClassificationRound round = openForDivision(QD124_YEAR);
        assertThat(classification.rulebookOf(round).getCode()).isEqualTo("XEP_LOAI_QD124");
        signIn("bithu");
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        ClassificationForm form = ClassificationForm.of(null, null, null, cell.getVersion());
        form.setRatings(List.of("EXCELLENT", "EXCELLENT", "EXCELLENT", "GOOD"));
        form.setTargetsMetShare("100");
        classification.selfClassify(cell.getId(), form);
        cell = proposed(entryOf(round, "ORGANIZATION", demo.sampleCell()), "canbo.sudoan");
        assertThat(cell.getComputedGrade()).isEqualTo(ClassificationGrade.EXCELLENT);
        List<Decision> excellent = List.of(new Decision(cell.getId(), cell.getVersion(), "EXCELLENT", null));
        String group = cell.getQuotaGroup();
        assertThatThrownBy(() -> classification.decideGroup(round.getId(), group, excellent, "14-QĐ/ĐU", demo.today(),
                "Giải trình")).extracting("messageKey").isEqualTo("classification.error.quotaExceeded");
    }

    @Test
    void theDecisionScreenNamesTheCellToDecideBeforeItsMember() {
        ClassificationRound round = openForDivision(qd366Year());
        signIn("dangvien");
        ClassificationEntry member = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        classification.selfClassify(member.getId(), score("80", member.getVersion()));
        member = proposed(member, "bithu");
        String cellName = jdbc.sql("select name from organization where id = :id")
                .param("id", member.getOrganizationId()).query(String.class).single();
        signIn("canbo.sudoan");
        assertThat(classification.group(round.getId(), member.getQuotaGroup()).orderProblems().get(member.getId()))
                .containsExactly(new OrderProblem(Problem.of("classification.order.collectiveFirst", cellName),
                        RulebookDefinition.Enforcement.ENFORCE));
    }

    @Test
    void aMemberIsDecidedOnlyAfterHisCellAndADifferingGradeNeedsAReason() {
        ClassificationRound round = openForDivision(qd366Year());
        signIn("dangvien");
        ClassificationEntry member = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        classification.selfClassify(member.getId(), score("80", member.getVersion()));
        member = proposed(member, "bithu");
        ClassificationEntry pendingMember = member;
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> classification.decideGroup(round.getId(), pendingMember.getQuotaGroup(),
                List.of(new Decision(pendingMember.getId(), pendingMember.getVersion(), "GOOD", null)), "15-QĐ/ĐU",
                demo.today(), null)).extracting("messageKey").isEqualTo("classification.order.collectiveFirst.refused");
        ClassificationEntry cell = proposed(selfClassifiedCell(round, "80"), "canbo.sudoan");
        classification.decideGroup(round.getId(), cell.getQuotaGroup(),
                List.of(new Decision(cell.getId(), cell.getVersion(), "GOOD", null)), "15-QĐ/ĐU", demo.today(), null);
        ClassificationEntry again = classification.entry(pendingMember.getId());
        assertThatThrownBy(() -> classification.decideGroup(round.getId(), again.getQuotaGroup(),
                List.of(new Decision(again.getId(), again.getVersion(), "COMPLETED", null)), "16-QĐ/ĐU", demo.today(), null))
                .extracting("messageKey").isEqualTo("classification.error.reasonRequired");
        classification.decideGroup(round.getId(), again.getQuotaGroup(),
                List.of(new Decision(again.getId(), again.getVersion(), "COMPLETED", "Chưa gương mẫu trong sinh hoạt")),
                "16-QĐ/ĐU", demo.today(), null);
        entityManager.flush();
        entityManager.clear();
        assertThat(classification.entry(again.getId()).getDifferenceReason()).contains("gương mẫu");
    }

    @Test
    void aMemberSeesOnlyHisOwnEntryAndASecretaryOnlyHisCell() {
        ClassificationRound round = openForDivision(qd366Year());
        long other = jdbc.sql("select min(subject_id) from classification_entry where round_id = :r and subject_kind = 'MEMBER'"
                + " and organization_id = :c and subject_id <> :me").param("r", round.getId()).param("c", demo.sampleCell())
                .param("me", demo.personOf("dangvien")).query(Long.class).single();
        ClassificationEntry otherEntry = entryOf(round, "MEMBER", other);
        ClassificationEntry outside = entryOf(round, "ORGANIZATION", jdbc.sql("select min(id) from organization where type = 'CELL'"
                + " and path like :p and id <> :c").param("p", demo.pathOf(demo.division()) + "%").param("c", demo.sampleCell())
                .query(Long.class).single());
        signIn("dangvien");
        assertThat(classification.myEntries()).extracting(ClassificationEntry::getRoundId).contains(round.getId());
        assertThatThrownBy(() -> classification.entry(otherEntry.getId())).isInstanceOf(NotFoundException.class);
        assertThat(classification.entries(round, new ClassificationService.EntryFilter(null, null, null, null, 0)).total())
                .isEqualTo(1);
        signIn("bithu");
        assertThat(classification.entry(otherEntry.getId()).getSubjectId()).isEqualTo(other);
        assertThatThrownBy(() -> classification.entry(outside.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleFormIsToldSomeoneElseActedFirst() {
        ClassificationRound round = openForDivision(qd366Year());
        ClassificationEntry cell = selfClassifiedCell(round, "80");
        signIn("canbo.sudoan");
        long staleVersion = cell.getVersion();
        proposed(cell, "canbo.sudoan");
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> classification.returnWithReason(cell.getId(), "Xem lại", staleVersion))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        ClassificationRound round = openForDivision(qd366Year());
        signIn("bithu");
        ClassificationEntry cell = entryOf(round, "ORGANIZATION", demo.sampleCell());
        ClassificationForm form = score("chín mươi", cell.getVersion());
        form.setExceedingShare("150");
        assertThatThrownBy(() -> classification.selfClassify(cell.getId(), form))
                .isInstanceOfSatisfying(BusinessRuleException.class, p -> assertThat(p.problems())
                        .extracting(Problem::subject).containsOnly("score", "exceedingShare"));
        assertThat(entryOf(round, "ORGANIZATION", demo.sampleCell()).getStatus()).isEqualTo(ClassificationEntry.Status.PENDING);
    }

    @Test
    void aRecentlyAdmittedMemberIsExempt() {
        ClassificationRound round = openForDivision(qd366Year());
        ClassificationEntry member = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        jdbc.sql("update classification_entry set months_since_admission = 4 where id = :id").param("id", member.getId()).update();
        signIn("dangvien");
        ClassificationEntry fresh = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        classification.selfClassify(fresh.getId(), score("92", fresh.getVersion()));
        ClassificationEntry done = entryOf(round, "MEMBER", demo.personOf("dangvien"));
        assertThat(done.getComputedGrade()).isEqualTo(ClassificationGrade.EXEMPT);
        assertThat(done.reasonKeys()).containsExactly("classification.exempt.recentlyAdmitted");
    }

    @Test
    void theDemoDecidedLastYearWithinTheQuotaOfEveryGroup() {
        signIn("canbo");
        long roundId = jdbc.sql("select id from classification_round where round_year = :y").param("y", demo.today().getYear() - 1)
                .query(Long.class).single();
        List<long[]> groups = jdbc.sql("select sum(case when decided_grade = 'EXCELLENT' then 1 else 0 end),"
                + " sum(case when decided_grade in ('EXCELLENT', 'GOOD') then 1 else 0 end) from classification_entry"
                + " where round_id = :r group by quota_group").param("r", roundId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        assertThat(groups).isNotEmpty().allSatisfy(g -> assertThat(g[0]).isLessThanOrEqualTo((long) Math.floor(0.2 * g[1] + 1e-9)));
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).classification());
        var figures = classification.figures(classification.round(roundId));
        assertThat(figures.goodOrBetterPercent("ORGANIZATION")).isBetween(85L, 99L);
    }
}
