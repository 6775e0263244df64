package vn.chibo.emulation;

import vn.chibo.shared.web.BusinessRuleException;
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
import vn.chibo.access.AccountProvisioning;
import vn.chibo.emulation.internal.PlanItem;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.emulation.internal.Registration;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.ReviewNotes;
import vn.chibo.support.IntegrationTest;

/** Deploying a model, registering for it, planning and self-reviewing each criterion. */
@IntegrationTest
@Transactional
class ProgrammesTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    DemoFixture demo;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    vn.chibo.organization.OrganizationDirectory organizations;

    /** Every subject the signed-in account sees, page after page from where its board starts. */
    private List<ProgrammeService.SubjectLine> subjectLines(Programme programme) {
        var me = vn.chibo.shared.security.CurrentUser.get();
        OrganizationRef organization = organizations.find(programme.getOrganizationId()).orElseThrow();
        OrganizationRef start = me.canSee(organization.path()) ? organization
                : organizations.find(me.scopeOrganizationId()).orElseThrow();
        List<ProgrammeService.SubjectLine> lines = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<ProgrammeService.SubjectLine> one = programmes.subjects(programme, start, page);
            lines.addAll(one);
            if (one.size() < ProgrammeService.SUBJECT_PAGE_SIZE) {
                return lines;
            }
        }
    }

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Rulebook cell4Good() {
        return rulebooks.visible().stream().filter(r -> r.getCode().equals("CHI_BO_4_TOT")).findFirst().orElseThrow();
    }

    private Programme deployToDivision(boolean pilot) {
        signIn("canbo.sudoan");
        int year = demo.today().getYear();
        List<OrganizationRef> candidates = programmes.candidates(cell4Good().getId(), demo.division());
        List<Long> chosen = candidates.stream().map(OrganizationRef::id)
                .filter(id -> !pilot || id == demo.sampleCell() || candidates.indexOf(candidates.stream().filter(c -> c.id() == id).findFirst().get()) < 5)
                .toList();
        return programmes.create(cell4Good().getId(), year, "Chi bộ 4 tốt — Sư đoàn 391", demo.division(), chosen,
                new BigDecimal("50"));
    }

    @Test
    void deployingToAWholeDivisionTakesEveryCellAndPutsTheRulebookInUse() {
        Programme programme = deployToDivision(false);
        long cells = jdbc.sql("select count(*) from organization where type = 'CELL' and status = 'ACTIVE' and path like :p")
                .param("p", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        assertThat(subjectLines(programme)).hasSize((int) cells);
        assertThat(programmes.summary(programme).subjects()).isEqualTo((int) cells);
        assertThat(programme.isPilot()).isFalse();
        assertThat(programmes.summary(programme).target()).isEqualTo((int) Math.ceil(cells / 2.0));
        entityManager.flush();
        assertThat(rulebooks.get(cell4Good().getId()).isInUse()).isTrue();
    }

    @Test
    void aPilotTakesOnlyTheChosenCells() {
        Programme programme = deployToDivision(true);
        assertThat(programme.isPilot()).isTrue();
        assertThat(subjectLines(programme)).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void onlyOfficersDeployAndOnlyEligibleOrganizations() {
        signIn("bithu");
        assertThatThrownBy(() -> programmes.create(cell4Good().getId(), demo.today().getYear(), "X", demo.sampleCell(),
                List.of(demo.sampleCell()), BigDecimal.TEN)).isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> programmes.create(cell4Good().getId(), demo.today().getYear(), "X", demo.division(),
                List.of(demo.division()), BigDecimal.TEN)).extracting("messageKey").isEqualTo("programme.error.notEligible");
        assertThatThrownBy(() -> programmes.create(cell4Good().getId(), 2020, "X", demo.division(),
                List.of(demo.sampleCell()), BigDecimal.TEN)).extracting("messageKey").isEqualTo("programme.error.year");
        assertThatThrownBy(() -> programmes.create(cell4Good().getId(), demo.today().getYear(), "X", demo.division(),
                List.of(demo.sampleCell()), new BigDecimal("101"))).extracting("messageKey").isEqualTo("programme.error.target");
    }

    @Test
    void aSecretaryRegistersItsCellOnceAndOnlyItsCell() {
        Programme programme = deployToDivision(false);
        signIn("bithu");
        Registration registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(),
                "Nghị quyết chi bộ tháng 1");
        assertThat(registration.getOrganizationId()).isEqualTo(demo.sampleCell());
        assertThatThrownBy(() -> programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "lần 2"))
                .extracting("messageKey").isEqualTo("programme.error.alreadyRegistered");
        long otherCell = subjectLines(programmeAs("canbo.sudoan", programme.getId())).stream()
                .map(l -> l.organization().id()).filter(id -> id != demo.sampleCell()).findFirst().orElseThrow();
        signIn("bithu");
        assertThatThrownBy(() -> programmes.register(programme.getId(), otherCell, demo.today(), "x"))
                .isInstanceOf(NotFoundException.class);
        signIn("kiemtra");
        assertThatThrownBy(() -> programmes.register(programme.getId(), otherCell, demo.today(), "x"))
                .isInstanceOf(ForbiddenException.class);
    }

    private Programme programmeAs(String username, long id) {
        signIn(username);
        return programmes.get(id);
    }

    @Test
    void theProgrammeIsSeenWhereItAppliesButNotBeside() {
        Programme programme = deployToDivision(false);
        signIn("bithu");
        assertThat(programmes.get(programme.getId()).getId()).isEqualTo(programme.getId());
        assertThat(subjectLines(programme)).extracting(l -> l.organization().id()).containsExactly(demo.sampleCell());
        signIn("canbo");
        assertThat(programmes.visible()).extracting(Programme::getId).contains(programme.getId());
        long communeCell = demo.cellOutsideDivision();
        accounts.create("bithu.xa.ct", "Mat-khau-dai-2026", Role.SECRETARY, demo.massIn(communeCell), communeCell);
        signIn("bithu.xa.ct");
        assertThatThrownBy(() -> programmes.get(programme.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSelfReviewIsSavedAllOrNothingAndJudgedByTheRulebook() {
        Programme programme = deployToDivision(false);
        signIn("bithu");
        Registration registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "NQ tháng 1");
        String period = programmes.currentPeriod(programme);
        Map<String, String> values = new HashMap<>();
        rulebooks.definition(cell4Good()).indicators().forEach(i -> values.put(i.code(),
                i.kind().name().equals("MET") ? "true" : "95"));
        values.put("C2.1", "85,5");
        values.put("C2.3", "nhiều");
        assertThatThrownBy(() -> programmes.saveReview(registration.getId(), period, values, Map.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.subject()).containsExactly("C2.3"));
        entityManager.flush();
        entityManager.clear();
        assertThat(programmes.sheet(registration.getId(), period).lines()).allMatch(l -> l.saved() == null);

        values.put("C2.3", "72");
        var sheet = programmes.saveReview(registration.getId(), period, values,
                ReviewNotes.forAll(values, Map.of("C1.1", "Theo nghị quyết tháng")));
        assertThat(sheet.outcome().recognised()).isTrue();
        assertThat(sheet.lines()).filteredOn(l -> l.indicator().code().equals("C2.1"))
                .allSatisfy(l -> assertThat(l.saved().getValue()).isEqualByComparingTo("85.5"));

        values.put("C3.2", "false");
        var vetoed = programmes.saveReview(registration.getId(), period, values, ReviewNotes.forAll(values));
        assertThat(vetoed.outcome().recognised()).isFalse();
        assertThat(vetoed.outcome().vetoes()).containsExactly("C3.2");
        assertThat(programmes.summary(programme).reviewed()).isEqualTo(1);
    }

    @Test
    void planItemsBelongToACriterionAndDetectStaleUpdates() {
        Programme programme = deployToDivision(false);
        signIn("bithu");
        Registration registration = programmes.register(programme.getId(), demo.sampleCell(), demo.today(), "NQ tháng 1");
        assertThatThrownBy(() -> programmes.addPlanItem(registration.getId(), "C9", "x", null, null))
                .extracting("messageKey").isEqualTo("programme.error.criterion");
        PlanItem item = programmes.addPlanItem(registration.getId(), "C2", "Phân công đảng viên chuẩn bị ý kiến trước mỗi kỳ sinh hoạt",
                demo.personOf("bithu"), demo.today().minusDays(1));
        entityManager.flush();
        assertThat(item.isOverdue(demo.today())).isTrue();
        programmes.updatePlanItem(registration.getId(), item.getId(), PlanItem.Status.DONE, "Đã làm", item.getVersion());
        entityManager.flush();
        assertThat(programmes.planItems(registration.getId()).get(0).isOverdue(demo.today())).isFalse();
        assertThatThrownBy(() -> programmes.updatePlanItem(registration.getId(), item.getId(), PlanItem.Status.IN_PROGRESS, null, 0L))
                .isInstanceOf(ConcurrentEditException.class);
    }

}
