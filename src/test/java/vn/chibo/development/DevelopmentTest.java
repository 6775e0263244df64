package vn.chibo.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.development.internal.Candidate;
import vn.chibo.development.internal.DevelopmentService;
import vn.chibo.development.internal.DossierDocument;
import vn.chibo.development.internal.DossierItem;
import vn.chibo.development.internal.PipelineBoard;
import vn.chibo.development.internal.Stage;
import vn.chibo.development.internal.StepForm;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoConsistency;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The party development pipeline on the demo region: from a mass to an admitted and then official member. */
@IntegrationTest
@Transactional
class DevelopmentTest {

    @Autowired
    DevelopmentService development;
    @Autowired
    PipelineBoard board;
    @Autowired
    DossierDocument dossier;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    jakarta.persistence.EntityManager entities;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A mass of the demo cell who has a mentor now. */
    long mentoredMass() {
        return jdbc.sql("select min(p.id) from person p join mentoring_assignment a on a.mentee_person_id = p.id and a.end_date is null"
                        + " where p.organization_id = :c and p.party_status = 'MASS' and p.birth_date <= :adult")
                .param("c", demo.sampleCell()).param("adult", demo.today().minusYears(19)).query(Long.class).single();
    }

    List<Long> officialsWithTheCandidate() {
        return jdbc.sql("select id from person where organization_id = :c and party_status = 'OFFICIAL' order by id limit 2")
                .param("c", demo.sampleCell()).query(Long.class).list();
    }

    StepForm form(Candidate c) {
        StepForm form = StepForm.of(c, demo.today());
        form.setOn(demo.today());
        return form;
    }

    String status(long person) {
        entities.flush();
        return jdbc.sql("select party_status from person where id = :id").param("id", person).query(String.class).single();
    }

    Candidate toCandidate(long person) {
        signIn("bithu");
        Candidate c = development.open(person, null);
        assertThat(c.getStage()).isEqualTo(Stage.SOURCE);
        assertThat(c.getMentorPersonId()).isNotNull();
        StepForm sympathiser = form(c);
        sympathiser.setCertificateNumber("12/GCN-TTCT");
        sympathiser.setCertificateOn(demo.today().minusMonths(2));
        c = development.step(c.getId(), Stage.SYMPATHISER, sympathiser);
        assertThat(status(person)).isEqualTo("SYMPATHISER");
        StepForm dossierForm = form(c);
        List<Long> introducers = officialsWithTheCandidate();
        dossierForm.setIntroducer1Id(introducers.get(0));
        dossierForm.setIntroducer1Since(demo.today().minusMonths(20));
        dossierForm.setIntroducer2Id(introducers.get(1));
        dossierForm.setIntroducer2Since(demo.today().minusMonths(13));
        dossierForm.setDossier(EnumSet.of(DossierItem.FORM_1, DossierItem.FORM_2, DossierItem.FORM_3, DossierItem.FORM_4));
        return development.step(c.getId(), Stage.CANDIDATE, dossierForm);
    }

    @Test
    void aMassGoesThroughThePipelineToAdmissionAndOfficialMembership() {
        long person = mentoredMass();
        long mentor = jdbc.sql("select mentor_person_id from mentoring_assignment where mentee_person_id = :p and end_date is null")
                .param("p", person).query(Long.class).single();
        Candidate c = toCandidate(person);
        assertThat(development.eligibility(c, demo.today())).isEmpty();

        StepForm tooFew = form(c);
        tooFew.setVotesFor(5);
        tooFew.setOfficialMembers(9);
        assertThatThrownBy(() -> development.step(c.getId(), Stage.CELL_RESOLVED, tooFew))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("development.error.majority");
        StepForm votes = form(c);
        votes.setVotesFor(6);
        votes.setVotesAgainst(1);
        votes.setOfficialMembers(9);
        Candidate resolved = development.step(c.getId(), Stage.CELL_RESOLVED, votes);
        assertThat(development.deadlineOf(resolved).kind()).isEqualTo("decision");
        assertThat(development.deadlineOf(resolved).workingDaysLeft()).isEqualTo(60);

        assertThatThrownBy(() -> development.step(c.getId(), Stage.COMMITTEE_RESOLVED, form(resolved)))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        Candidate committee = development.step(c.getId(), Stage.COMMITTEE_RESOLVED, form(resolved));
        StepForm decision = form(committee);
        decision.setNumber("125-QĐ/ĐU");
        Candidate decided = development.step(c.getId(), Stage.DECIDED, decision);
        assertThat(decided.dossierItems()).contains(DossierItem.FORM_6, DossierItem.FORM_8, DossierItem.FORM_9);
        assertThat(development.deadlineOf(decided).kind()).isEqualTo("ceremony");

        IndicatorSource admitted = sources.stream().filter(s -> s.key().equals("mentoring.menteesAdmitted")).findFirst().orElseThrow();
        var before = admitted.value(SubjectKind.MEMBER, mentor, java.time.YearMonth.from(demo.today()), java.time.YearMonth.from(demo.today())).orElseThrow();
        signIn("bithu");
        StepForm ceremony = form(decided);
        ceremony.setHelperId(officialsWithTheCandidate().get(0));
        Candidate probation = development.step(c.getId(), Stage.PROBATION, ceremony);
        assertThat(status(person)).isEqualTo("PROBATIONARY");
        assertThat(jdbc.sql("select count(*) from party_status_change where person_id = :p and status = 'PROBATIONARY'")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
        assertThat(admitted.value(SubjectKind.MEMBER, mentor, java.time.YearMonth.from(demo.today()), java.time.YearMonth.from(demo.today())).orElseThrow())
                .isEqualByComparingTo(before.add(java.math.BigDecimal.ONE));
        assertThat(probation.getProbationEnd()).isEqualTo(demo.today().plusMonths(12));

        // a year later (moved back in the records): the cell votes and the committee recognises him
        LocalDate ceremonyDay = demo.today().minusMonths(12).minusDays(3);
        entities.flush();
        jdbc.sql("update development_candidate set ceremony_on = :c, probation_end = :e, stage_since = :c where id = :id")
                .param("c", ceremonyDay).param("e", ceremonyDay.plusMonths(12)).param("id", c.getId()).update();
        jdbc.sql("update party_status_change set effective_on = :c where person_id = :p and status = 'PROBATIONARY'")
                .param("c", ceremonyDay).param("p", person).update();
        jdbc.sql("update party_status_change set effective_on = :c where person_id = :p and status = 'SYMPATHISER'")
                .param("c", ceremonyDay.minusMonths(2)).param("p", person).update();
        entities.clear();
        Candidate reloaded = development.candidate(c.getId());
        StepForm recognition = form(reloaded);
        recognition.setSelfReview("Tôi luôn chấp hành nghiêm Điều lệ Đảng.");
        recognition.setHelperComment("Đồng chí đủ tư cách đảng viên chính thức.");
        recognition.setVotesFor(8);
        recognition.setOfficialMembers(9);
        Candidate proposed = development.step(c.getId(), Stage.RECOGNITION_RESOLVED, recognition);
        assertThat(development.deadlineOf(proposed).kind()).isEqualTo("recognitionDecision");
        signIn("canbo.sudoan");
        StepForm official = form(proposed);
        official.setNumber("301-QĐ/ĐU");
        Candidate done = development.step(c.getId(), Stage.OFFICIAL, official);
        assertThat(done.getStage()).isEqualTo(Stage.OFFICIAL);
        assertThat(status(person)).isEqualTo("OFFICIAL");
        assertThat(development.timeline(c.getId())).extracting(e -> e.getStage()).containsExactly(Stage.SOURCE, Stage.SYMPATHISER,
                Stage.CANDIDATE, Stage.CELL_RESOLVED, Stage.COMMITTEE_RESOLVED, Stage.DECIDED, Stage.PROBATION,
                Stage.RECOGNITION_RESOLVED, Stage.OFFICIAL);
        // issue 12: the pipeline's steps are the mentee's outcomes, and the admission ended his mentoring
        assertThat(jdbc.sql("select kind from mentoring_outcome where mentee_person_id = :p order by id").param("p", person)
                .query(String.class).list()).containsSubsequence("SYMPATHISER", "ADMITTED");
        assertThat(jdbc.sql("select count(*) from mentoring_assignment where mentee_person_id = :p and end_date is null")
                .param("p", person).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from development_candidate where person_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Candidate' and entity_id = :id")
                .param("id", c.getId()).query(Long.class).single()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theCellCannotVoteOnAnIncompleteOrIneligibleCandidate() {
        long person = mentoredMass();
        Candidate c = toCandidate(person);
        StepForm partial = form(c);
        partial.setIntroducer2Id(null);
        partial.setDossier(EnumSet.of(DossierItem.FORM_1));
        Candidate incomplete = development.step(c.getId(), Stage.CANDIDATE, partial);
        assertThat(development.eligibility(incomplete, demo.today())).extracting(p -> p.messageKey())
                .contains("development.eligibility.introducers", "development.eligibility.dossierMissing");
        StepForm votes = form(incomplete);
        votes.setVotesFor(9);
        votes.setOfficialMembers(9);
        assertThatThrownBy(() -> development.step(c.getId(), Stage.CELL_RESOLVED, votes)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> development.step(c.getId(), Stage.DECIDED, votes)).isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> development.step(c.getId(), Stage.DECIDED, votes))
                .extracting("messageKey").isEqualTo("development.error.order");
    }

    @Test
    void aStaleFormIsRefusedAndOutsidersDoNotSeeTheCandidate() {
        Candidate c = toCandidate(mentoredMass());
        StepForm stale = form(c);
        stale.setVersion(c.getVersion() - 1);
        assertThatThrownBy(() -> development.step(c.getId(), Stage.CANDIDATE, stale))
                .isInstanceOf(vn.chibo.shared.web.ConcurrentEditException.class);
        signIn("dangvien");
        assertThatThrownBy(() -> development.candidate(c.getId())).isInstanceOf(NotFoundException.class);
        long outside = jdbc.sql("select min(id) from development_candidate where org_path like :p")
                .param("p", demo.pathOf(demo.cellOutsideDivision()).replaceAll("\\d+/$", "") + "%").query(Long.class).single();
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> development.candidate(outside)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theBoardCountsStagesAndListsOverdueDecisions() {
        signIn("canbo.sudoan");
        long overdue = jdbc.sql("select min(id) from development_candidate where org_path like :p and stage = 'PROBATION'")
                .param("p", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        jdbc.sql("update development_candidate set stage = 'CELL_RESOLVED', cell_resolution_on = :d where id = :id")
                .param("d", demo.today().minusDays(120)).param("id", overdue).update();
        var result = board.board(demo.division());
        long raw = jdbc.sql("select count(*) from development_candidate where org_path like :p and stage = 'PROBATION'")
                .param("p", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        assertThat(result.count(Stage.PROBATION)).isEqualTo(raw);
        assertThat(result.rows().stream().mapToLong(r -> r.count(Stage.PROBATION)).sum()).isEqualTo(raw);
        assertThat(result.overdue()).extracting(PipelineBoard.DeadlineLine::candidateId).contains(overdue);
        assertThat(result.overdue()).allMatch(d -> d.deadline().overdue());
    }

    @Test
    void theDossierPrintsAsAWordDocumentInVietnamese() throws Exception {
        Candidate c = toCandidate(mentoredMass());
        byte[] docx = dossier.docx(c, development.timeline(c.getId()));
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("HỒ SƠ KẾT NẠP ĐẢNG VIÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", "1-KNĐ", "Đơn xin vào Đảng",
                    "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", "12/GCN-TTCT", "Người dìu dắt", "Cảm tình Đảng");
        }
    }

    @Test
    void theDemoAdmissionsAgreeWithThePipelineAndTheMentoringOutcomes() {
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).development());
        assertThat(jdbc.sql("select min(held_on) from mentoring_session").query(LocalDate.class).single())
                .isBefore(demo.today().minusYears(2));
    }
}
