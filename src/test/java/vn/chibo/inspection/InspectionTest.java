package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.ActionInput;
import vn.chibo.inspection.internal.ConclusionNotice;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingInput;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingStatus;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionInput;
import vn.chibo.inspection.internal.InspectionKind;
import vn.chibo.inspection.internal.InspectionRules;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.InspectionStatus;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.inspection.internal.Severity;
import vn.chibo.inspection.internal.TeamRole;
import vn.chibo.inspection.internal.Verification;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Inspections and remediation: the gating rules (no handling without a plan, no closing before
 * every action is verified effective, an ineffective action reopens the finding), repeat findings
 * within the rule set's window, the self-report checks, scope and roles, the conclusion notice
 * parsed back from DOCX and PDF, audit.
 */
@IntegrationTest
@Transactional
class InspectionTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;
    @Autowired
    InspectionRules rules;
    @Autowired
    ConclusionNotice notice;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static InspectionInput inspectionOf(Long personId, Long organizationId, long inspectingOrgId, LocalDate endsOn) {
        InspectionInput input = new InspectionInput();
        input.setPersonId(personId);
        input.setOrganizationId(organizationId);
        input.setInspectingOrgId(inspectingOrgId);
        input.setKind(InspectionKind.THEMATIC);
        input.setStartsOn(endsOn.minusDays(10));
        input.setEndsOn(endsOn);
        input.setContent("Kiểm tra việc thực hiện chế độ sinh hoạt chi bộ và mô hình Chi bộ 4 tốt");
        return input;
    }

    static FindingInput finding(FindingType type, String criterion) {
        FindingInput input = new FindingInput();
        input.setType(type);
        input.setSeverity(Severity.MEDIUM);
        input.setCriterionCode(criterion);
        input.setDescription("Tỷ lệ đảng viên phát biểu trong sinh hoạt còn thấp");
        return input;
    }

    static ActionInput action(long owner, LocalDate due) {
        ActionInput input = new ActionInput();
        input.setContent("Phân công đảng viên chuẩn bị ý kiến trước mỗi kỳ sinh hoạt");
        input.setOwnerPersonId(owner);
        input.setDueOn(due);
        return input;
    }

    static VerificationInput verification(LocalDate today, Verification result, String note, long version) {
        VerificationInput input = new VerificationInput();
        input.setResult(result);
        input.setNote(note);
        input.setVerifiedOn(today);
        input.setVersion(version);
        return input;
    }

    Inspection inspectSampleCell(LocalDate endsOn) {
        signIn("kiemtra");
        return inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), endsOn));
    }

    @Test
    void aShortcomingIsHandledOnlyWithAPlanAndClosesOnlyWhenEveryActionIsVerifiedEffective() {
        Inspection inspection = inspectSampleCell(demo.today().minusDays(20));
        Finding finding = findings.record(inspection.getId(), finding(FindingType.SHORTCOMING, "c2.3"));
        assertThat(finding.getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThat(finding.getCriterionCode()).isEqualTo("C2.3");

        signIn("bithu");
        assertThatThrownBy(() -> findings.markHandled(finding.getId(), finding.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.noRemediationPlan");
        RemediationAction first = findings.addAction(finding.getId(), action(demo.personOf("bithu"), demo.today().plusDays(10)));
        RemediationAction second = findings.addAction(finding.getId(), action(demo.personOf("dangvien"), demo.today().minusDays(1)));
        assertThat(second.isOverdue(demo.today())).isTrue();
        findings.markHandled(finding.getId(), finding.getVersion());
        assertThat(findings.get(finding.getId()).getStatus()).isEqualTo(FindingStatus.HANDLED);
        assertThatThrownBy(() -> findings.verify(first.getId(), verification(demo.today(), Verification.EFFECTIVE, null, first.getVersion())))
                .isInstanceOf(ForbiddenException.class);

        signIn("kiemtra");
        Finding handled = findings.get(finding.getId());
        assertThatThrownBy(() -> findings.close(handled.getId(), handled.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.unverifiedActions");
        findings.verify(first.getId(), verification(demo.today(), Verification.EFFECTIVE, "Đã thực hiện tốt", first.getVersion()));
        assertThatThrownBy(() -> findings.verify(second.getId(), verification(demo.today(), Verification.INEFFECTIVE, null, second.getVersion())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.noteRequired");
        findings.verify(second.getId(), verification(demo.today(), Verification.INEFFECTIVE, "Chưa có chuyển biến", second.getVersion()));
        assertThat(findings.get(finding.getId()).getStatus()).as("an ineffective action reopens the finding").isEqualTo(FindingStatus.OPEN);

        signIn("dangvien");
        assertThatThrownBy(() -> findings.get(finding.getId())).isInstanceOf(NotFoundException.class);
        signIn("bithu");
        RemediationAction redo = findings.action(second.getId());
        findings.complete(redo.getId(), demo.today(), redo.getVersion());
        Finding reopened = findings.get(finding.getId());
        findings.markHandled(reopened.getId(), reopened.getVersion());

        signIn("kiemtra");
        RemediationAction done = findings.action(second.getId());
        findings.verify(done.getId(), verification(demo.today(), Verification.EFFECTIVE, null, done.getVersion()));
        Finding ready = findings.get(finding.getId());
        Finding closed = findings.close(ready.getId(), ready.getVersion());
        assertThat(closed.getStatus()).isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.getDaysToClose()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type in ('Finding', 'RemediationAction') and entity_id in (:f, :a, :b)")
                .param("f", finding.getId()).param("a", first.getId()).param("b", second.getId()).query(Long.class).single())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void aStrengthNeedsNoRemediationAndCannotBeHandled() {
        Inspection inspection = inspectSampleCell(demo.today());
        Finding strength = findings.record(inspection.getId(), finding(FindingType.STRENGTH, "C1.1"));
        assertThat(strength.getStatus()).isEqualTo(FindingStatus.NOTED);
        signIn("bithu");
        assertThatThrownBy(() -> findings.addAction(strength.getId(), action(demo.personOf("bithu"), demo.today())))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aShortcomingOnTheSameSubjectAndCriterionWithinTheWindowIsARepeat() {
        Inspection earlier = inspectSampleCell(demo.today().minusMonths(5));
        Finding first = findings.record(earlier.getId(), finding(FindingType.SHORTCOMING, "C2.3"));
        assertThat(first.isRepeat()).isFalse();
        Inspection later = inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today()));
        Finding repeat = findings.record(later.getId(), finding(FindingType.VIOLATION, "C2.3"));
        assertThat(repeat.getRepeatOfId()).isEqualTo(first.getId());
        assertThat(findings.record(later.getId(), finding(FindingType.SHORTCOMING, "C3.1")).isRepeat()).isFalse();
        assertThat(findings.record(later.getId(), finding(FindingType.SHORTCOMING, null)).isRepeat()).isFalse();

        signIn("canbo.sudoan");
        rules.revise("KTGS", "Thời hạn xét lặp lại 3 tháng", new InspectionRules.Settings(3, 30), demo.today().getYear(), null,
                demo.division());
        signIn("kiemtra");
        assertThat(findings.record(later.getId(), finding(FindingType.SHORTCOMING, "C2.3")).getRepeatOfId())
                .as("the newest finding within the window is the one repeated").isEqualTo(repeat.getId());
        Inspection other = inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today()));
        jdbc.sql("update inspection_finding set found_on = :d where inspection_id = :i").param("d", demo.today().minusMonths(4))
                .param("i", later.getId()).update();
        assertThat(findings.record(other.getId(), finding(FindingType.SHORTCOMING, "C2.3")).isRepeat())
                .as("five and four months back lie outside the division's 3-month window").isFalse();
    }

    @Test
    void rulesRevisionsNeedAValidWindowAndAnOwnerForOfficers() {
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> rules.revise("KTGS", "x", new InspectionRules.Settings(0, 30), 2026, null, demo.division()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> rules.revise("KTGS", "x", new InspectionRules.Settings(6, 30), 2026, null, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> rules.revise("KTGS", "x", new InspectionRules.Settings(6, 30), 2026, null, demo.cellOutsideDivision()))
                .isInstanceOf(NotFoundException.class);
        signIn("kiemtra");
        assertThatThrownBy(() -> rules.revise("KTGS", "x", new InspectionRules.Settings(6, 30), 2026, null, demo.division()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theSubjectMustBeExactlyOneAndLieUnderTheInspectingOrganization() {
        signIn("kiemtra");
        assertThatThrownBy(() -> inspections.create(inspectionOf(demo.personOf("dangvien"), demo.sampleCell(), demo.division(), demo.today())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.exactlyOneSubject");
        assertThatThrownBy(() -> inspections.create(inspectionOf(null, demo.cellOutsideDivision(), demo.division(), demo.today())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inspections.create(inspectionOf(null, demo.division(), demo.sampleCell(), demo.today())))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.notAbove");
        signIn("bithu");
        assertThatThrownBy(() -> inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today())))
                .isInstanceOf(NotFoundException.class);
        Inspection selfInspection = inspections.create(inspectionOf(demo.personOf("dangvien"), null, demo.sampleCell(), demo.today()));
        assertThat(selfInspection.getSubjectName()).isNotBlank();
        signIn("dangvien");
        assertThat(inspections.get(selfInspection.getId()).getId()).isEqualTo(selfInspection.getId());
        assertThatThrownBy(() -> findings.record(selfInspection.getId(), finding(FindingType.SHORTCOMING, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theSelfReportIsCheckedBySizeAndContent() {
        Inspection inspection = inspectSampleCell(demo.today());
        signIn("bithu");
        assertThatThrownBy(() -> inspections.uploadSelfReport(inspection.getId(), "bao-cao.pdf", "not a pdf".getBytes()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.fileType");
        assertThatThrownBy(() -> inspections.uploadSelfReport(inspection.getId(), "bao-cao.exe", "%PDF-1.4".getBytes()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> inspections.uploadSelfReport(inspection.getId(), "bao-cao.pdf", new byte[InspectionService.MAX_BYTES + 1]))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.tooLarge");
        var report = inspections.uploadSelfReport(inspection.getId(), "Báo cáo tự kiểm tra.pdf", "%PDF-1.4 tự kiểm tra".getBytes());
        assertThat(inspections.download(inspection.getId(), report.id()).content()).startsWith("%PDF".getBytes());
        signIn("kiemtra");
        assertThatThrownBy(() -> inspections.uploadSelfReport(inspection.getId(), "x.pdf", "%PDF-1.4".getBytes()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(inspections.selfReports(inspection.getId())).hasSize(1);
    }

    @Test
    void theConclusionNoticeIsGeneratedAsDocxAndPdfAndMarkedSent() throws Exception {
        Inspection inspection = inspectSampleCell(demo.today().minusDays(2));
        inspections.addTeamMember(inspection.getId(), demo.personOf("kiemtra"), TeamRole.LEAD);
        assertThatThrownBy(() -> inspections.addTeamMember(inspection.getId(), demo.personOf("canbo.sudoan"), TeamRole.LEAD))
                .isInstanceOf(BusinessRuleException.class);
        findings.record(inspection.getId(), finding(FindingType.STRENGTH, "C1.1")).getId();
        findings.record(inspection.getId(), finding(FindingType.VIOLATION, "C3.2"));
        Inspection current = inspections.get(inspection.getId());
        assertThatThrownBy(() -> inspections.markNoticeSent(current.getId(), demo.today(), current.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.notConcluded");
        Inspection concluded = inspections.conclude(inspection.getId(),
                "Chi ủy cần đổi mới nội dung sinh hoạt, phát huy dân chủ để đảng viên hiến kế, góp ý.", "15-TB/UBKT",
                current.getVersion());
        String lead = jdbc.sql("select full_name from person where id = :p").param("p", demo.personOf("kiemtra")).query(String.class).single();

        byte[] docx = notice.docx(inspection.getId());
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("THÔNG BÁO KẾT LUẬN")
                    .contains("I. ƯU ĐIỂM").contains("II. KHUYẾT ĐIỂM, VI PHẠM").contains("Vi phạm: Tỷ lệ đảng viên phát biểu")
                    .contains("tiêu chí C3.2").contains("hiến kế, góp ý").contains("15-TB/UBKT").contains(lead);
        }
        byte[] pdf = notice.pdf(inspection.getId());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("THÔNG BÁO KẾT LUẬN").contains("Chuyên đề").contains("hiến kế, góp ý").contains("C3.2")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        }

        assertThatThrownBy(() -> inspections.markNoticeSent(concluded.getId(), demo.today().plusDays(1), concluded.getVersion()))
                .isInstanceOf(BusinessRuleException.class);
        Inspection sent = inspections.markNoticeSent(concluded.getId(), demo.today(), concluded.getVersion());
        assertThat(sent.getStatus()).isEqualTo(InspectionStatus.NOTIFIED);
        assertThat(sent.getNoticeSentBy()).isEqualTo("kiemtra");
        assertThatThrownBy(() -> findings.record(sent.getId(), finding(FindingType.SHORTCOMING, null)))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "inspection.error.alreadyNotified");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Inspection' and entity_id = :i and action = 'NOTICE_SENT'")
                .param("i", inspection.getId()).query(Long.class).single()).isEqualTo(1);
    }
}
