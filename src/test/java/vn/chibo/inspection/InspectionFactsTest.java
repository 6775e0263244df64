package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingStatus;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.inspection.internal.Verification;
import vn.chibo.inspection.internal.VerificationInput;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Findings feed the models' indicators: open violations of the subject, and remediation verified effective on time. */
@IntegrationTest
@Transactional
class InspectionFactsTest {

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;
    @Autowired
    DemoFixture demo;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    Optional<BigDecimal> fact(String key, SubjectKind kind, long id, YearMonth from, YearMonth to) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().value(kind, id, from, to);
    }

    static VerificationInput verified(LocalDate on, long version) {
        VerificationInput input = new VerificationInput();
        input.setResult(Verification.EFFECTIVE);
        input.setVerifiedOn(on);
        input.setVersion(version);
        return input;
    }

    @Autowired
    vn.chibo.classification.internal.ClassificationService classification;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anOpenViolationMeansPastShortcomingsAreNotAllFixedInTheClassification() {
        LocalDate today = demo.today();
        long member = demo.personOf("dangvien");
        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(member, null, demo.division(), today.minusDays(20)));
        findings.record(inspection.getId(), InspectionTest.finding(FindingType.VIOLATION, null));
        long entryId = jdbc.sql("select e.id from classification_entry e join classification_round r on r.id = e.round_id"
                        + " where r.round_year = :y and e.subject_kind = 'MEMBER' and e.subject_id = :p")
                .param("y", today.getYear()).param("p", member).query(Long.class).single();
        signIn("dangvien");
        var entry = classification.entry(entryId);
        var form = vn.chibo.classification.internal.ClassificationForm.of(null, null, null, entry.getVersion());
        form.setScore("95");
        form.setExceedingShare("40");
        var classified = classification.selfClassify(entryId, form);
        assertThat(classified.getComputedGrade()).isEqualTo(vn.chibo.classification.internal.ClassificationGrade.GOOD);
        assertThat(classified.reasonKeys()).contains("classification.reason.missing.PAST_SHORTCOMINGS_FIXED");
    }

    @Test
    void aMembersOpenViolationCountsUntilClosedAndActionsVerifiedAfterTheirDueDateAreLate() {
        LocalDate today = demo.today();
        YearMonth from = YearMonth.from(today.minusDays(20));
        YearMonth to = YearMonth.from(today);
        long member = demo.personOf("dangvien");
        assertThat(fact("inspection.openViolations", SubjectKind.MEMBER, member, from, to)).contains(BigDecimal.ZERO);
        assertThat(fact("inspection.remediationOnTimeRate", SubjectKind.MEMBER, member, from, to)).as("nothing due").isEmpty();

        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(member, null, demo.division(), today.minusDays(20)));
        Finding violation = findings.record(inspection.getId(), InspectionTest.finding(FindingType.VIOLATION, null));
        findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, null));
        assertThat(fact("inspection.openViolations", SubjectKind.MEMBER, member, from, to)).contains(BigDecimal.ONE);
        assertThat(fact("inspection.openViolations", SubjectKind.MEMBER, member, from.minusMonths(3), from.minusMonths(1)))
                .as("found outside the period").contains(BigDecimal.ZERO);

        signIn("bithu");
        RemediationAction early = findings.addAction(violation.getId(), InspectionTest.action(member, today.minusDays(10)));
        RemediationAction late = findings.addAction(violation.getId(), InspectionTest.action(member, today.minusDays(5)));
        findings.markHandled(violation.getId(), violation.getVersion());

        signIn("kiemtra");
        findings.verify(early.getId(), verified(today.minusDays(12), early.getVersion()));
        findings.verify(late.getId(), verified(today, late.getVersion()));
        assertThat(fact("inspection.remediationOnTimeRate", SubjectKind.MEMBER, member, from, to)).contains(new BigDecimal("50.0"));
        Finding handled = findings.get(violation.getId());
        assertThat(findings.close(handled.getId(), handled.getVersion()).getStatus()).isEqualTo(FindingStatus.CLOSED);
        assertThat(fact("inspection.openViolations", SubjectKind.MEMBER, member, from, to)).contains(BigDecimal.ZERO);
    }

    @Test
    void anOrganizationsViolationsCountForItselfByOrganizationId() {
        LocalDate today = demo.today();
        YearMonth year = YearMonth.of(today.getYear(), 1);
        YearMonth end = YearMonth.of(today.getYear(), 12);
        long cell = demo.sampleCell();
        BigDecimal before = fact("inspection.openViolations", SubjectKind.CELL, cell, year, end).orElseThrow();
        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(null, cell, demo.division(), today));
        findings.record(inspection.getId(), InspectionTest.finding(FindingType.VIOLATION, null));
        findings.record(inspection.getId(), InspectionTest.finding(FindingType.STRENGTH, null));
        assertThat(fact("inspection.openViolations", SubjectKind.CELL, cell, year, end)).contains(before.add(BigDecimal.ONE));
        assertThat(fact("inspection.openViolations", SubjectKind.ORGANIZATION, cell, year, end)).contains(before.add(BigDecimal.ONE));
        assertThat(fact("inspection.openViolations", SubjectKind.COMMITTEE, demo.division(), year, end))
                .as("the division itself, not its subtree").contains(BigDecimal.ZERO);
        assertThat(fact("inspection.openViolations", SubjectKind.UNIT, cell, year, end)).isEmpty();
    }
}
