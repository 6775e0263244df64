package vn.chibo.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.internal.AwardInput;
import vn.chibo.recognition.internal.AwardLevel;
import vn.chibo.recognition.internal.AwardRecord;
import vn.chibo.recognition.internal.AwardService;
import vn.chibo.recognition.internal.AwardType;
import vn.chibo.recognition.internal.BulkReport;
import vn.chibo.recognition.internal.DisciplineInput;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.DisciplineRecord;
import vn.chibo.recognition.internal.DisciplineService;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The award and discipline registers: exactly one recipient or subject, measures that fit the
 * subject, bulk entry all or nothing with its report, scope and roles, filters, audit.
 */
@IntegrationTest
@Transactional
class RecognitionTest {

    @Autowired
    AwardService awards;
    @Autowired
    DisciplineService discipline;
    @Autowired
    RegisterQuery registers;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static AwardInput award(LocalDate today, Long personId, Long organizationId, String decision) {
        AwardInput input = new AwardInput();
        input.setPersonId(personId);
        input.setOrganizationId(organizationId);
        input.setType(AwardType.COMMENDATION);
        input.setLevel(AwardLevel.GRASSROOTS);
        input.setDecisionNumber(decision);
        input.setDecisionDate(today);
        input.setIssuedBy("Đảng ủy Trung đoàn 1");
        input.setReason("Hoàn thành xuất sắc nhiệm vụ dìu dắt quần chúng");
        input.setCampaign("Mô hình Cán bộ, đảng viên dìu dắt quần chúng và cấp dưới");
        return input;
    }

    static DisciplineInput discipline(LocalDate today, Long personId, Long organizationId, DisciplineMeasure measure) {
        DisciplineInput input = new DisciplineInput();
        input.setPersonId(personId);
        input.setOrganizationId(organizationId);
        input.setMeasure(measure);
        input.setDecisionNumber("45-QĐ/UBKT");
        input.setDecisionDate(today);
        input.setReason("Vi phạm quy định về chế độ sinh hoạt đảng");
        return input;
    }

    String memberName(String username) {
        return jdbc.sql("select full_name from person where id = :id").param("id", demo.personOf(username))
                .query(String.class).single();
    }

    String cellName() {
        return jdbc.sql("select name from organization where id = :id").param("id", demo.sampleCell()).query(String.class).single();
    }

    @Test
    void anAwardGoesToExactlyOneRecipient() {
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> awards.create(award(demo.today(), demo.personOf("dangvien"), demo.sampleCell(), "1/QĐ-ĐU")))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("recognition.error.exactlyOneRecipient");
        assertThatThrownBy(() -> awards.create(award(demo.today(), null, null, "1/QĐ-ĐU")))
                .extracting("messageKey").isEqualTo("recognition.error.exactlyOneRecipient");
        AwardRecord toPerson = awards.create(award(demo.today(), demo.personOf("dangvien"), null, "1/QĐ-ĐU"));
        AwardRecord toCell = awards.create(award(demo.today(), null, demo.sampleCell(), "1/QĐ-ĐU"));
        assertThat(toPerson.getRecipientKind()).isEqualTo(SubjectType.PERSON);
        assertThat(toPerson.getOrganizationId()).isEqualTo(demo.sampleCell());
        assertThat(toCell.getRecipientKind()).isEqualTo(SubjectType.ORGANIZATION);
        assertThat(toCell.getPersonId()).isNull();
        assertThatThrownBy(() -> awards.create(award(demo.today(), demo.personOf("dangvien"), null, "1/QĐ-ĐU")))
                .extracting("messageKey").isEqualTo("recognition.error.alreadyInDecision");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'AwardRecord' and entity_id = :id")
                .param("id", toPerson.getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesARecordWithBothOrNoRecipient() {
        String insert = "insert into award_record (recipient_kind, person_id, recipient_org_id, organization_id, org_path,"
                + " recipient_name, search_key, sort_key, award_form, issuing_level, decision_number, decision_date, reason,"
                + " created_by, created_at, updated_at) values ('PERSON', :p, :o, :o2, '/1/', 'x', 'x', 'x', 'COMMENDATION',"
                + " 'GRASSROOTS', '1', :today, 'x', 'test', :now, :now)";
        assertThatThrownBy(() -> jdbc.sql(insert).param("today", demo.today())
                .param("now", java.sql.Timestamp.valueOf(demo.today().atTime(9, 0))).param("p", demo.personOf("dangvien")).param("o", demo.sampleCell())
                .param("o2", demo.sampleCell()).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aDisciplineSubjectIsExactlyOneAndTheMeasureMustFitIt() {
        signIn("kiemtra");
        assertThatThrownBy(() -> discipline.create(discipline(demo.today(), demo.personOf("dangvien"), demo.sampleCell(),
                DisciplineMeasure.REPRIMAND))).extracting("messageKey").isEqualTo("recognition.error.exactlyOneSubject");
        assertThatThrownBy(() -> discipline.create(discipline(demo.today(), demo.personOf("dangvien"), null, DisciplineMeasure.DISSOLUTION)))
                .extracting("messageKey").isEqualTo("recognition.error.measure.PERSON");
        assertThatThrownBy(() -> discipline.create(discipline(demo.today(), null, demo.sampleCell(), DisciplineMeasure.EXPULSION)))
                .extracting("messageKey").isEqualTo("recognition.error.measure.ORGANIZATION");
        DisciplineInput future = discipline(demo.today(), demo.personOf("dangvien"), null, DisciplineMeasure.REPRIMAND);
        future.setDecisionDate(demo.today().plusDays(2));
        assertThatThrownBy(() -> discipline.create(future)).extracting("messageKey").isEqualTo("validation.date.notFuture");
        DisciplineInput input = discipline(demo.today(), demo.personOf("dangvien"), null, DisciplineMeasure.WARNING);
        input.setSelfDetected(true);
        input.setLeadershipCollective(true);
        DisciplineRecord record = discipline.create(input);
        assertThat(record.isSelfDetected()).isTrue();
        assertThat(record.isLeadershipCollective()).as("only organizations have a leadership collective").isFalse();
    }

    @Test
    void aCorrectionNeedsTheVersionItWasReadAt() {
        signIn("kiemtra");
        DisciplineRecord record = discipline.create(discipline(demo.today(), demo.personOf("dangvien"), null, DisciplineMeasure.REPRIMAND));
        DisciplineInput change = DisciplineInput.of(record);
        change.setReason("Vi phạm  quy định về   sinh hoạt đảng (đính chính)");
        discipline.update(record.getId(), change);
        assertThat(discipline.get(record.getId()).getReason()).isEqualTo("Vi phạm quy định về sinh hoạt đảng (đính chính)");
        DisciplineInput stale = DisciplineInput.of(record);
        stale.setVersion(record.getVersion() - 1);
        assertThatThrownBy(() -> discipline.update(record.getId(), stale)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void onlyOfficersAndInspectorsRecordAndOnlyInTheirScope() {
        signIn("bithu");
        assertThatThrownBy(() -> discipline.create(discipline(demo.today(), demo.personOf("dangvien"), null, DisciplineMeasure.REPRIMAND)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> awards.create(award(demo.today(), demo.personOf("dangvien"), null, "2/QĐ")))
                .isInstanceOf(ForbiddenException.class);
        signIn("kiemtra");
        assertThatThrownBy(() -> awards.create(award(demo.today(), demo.personOf("dangvien"), null, "2/QĐ")))
                .isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> discipline.create(discipline(demo.today(), null, demo.cellOutsideDivision(), DisciplineMeasure.REPRIMAND)))
                .isInstanceOf(NotFoundException.class);
        signIn("canbo");
        DisciplineRecord outside = discipline.create(discipline(demo.today(), null, demo.cellOutsideDivision(), DisciplineMeasure.REPRIMAND));
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> discipline.get(outside.getId())).isInstanceOf(NotFoundException.class);
        signIn("dangvien");
        assertThatThrownBy(() -> discipline.get(outside.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMemberSeesOnlyHisOwnRecords() {
        signIn("canbo.sudoan");
        awards.create(award(demo.today(), demo.personOf("dangvien"), null, "3/QĐ-ĐU"));
        awards.create(award(demo.today(), demo.personOf("bithu"), null, "3/QĐ-ĐU"));
        signIn("dangvien");
        RegisterQuery.Page<RegisterQuery.Row> page = registers.search(RegisterQuery.Register.AWARD, RegisterFilter.all());
        assertThat(page.rows()).isNotEmpty().allMatch(r -> demo.personOf("dangvien") == r.personId());
    }

    @Test
    void aDecisionListingManyRecipientsIsSavedOnlyWhenEveryLineIsGood() {
        signIn("canbo.sudoan");
        AwardInput input = award(demo.today(), null, null, "77/QĐ-ĐU");
        input.setScopeOrganizationId(regimentOfSampleCell());
        input.setRecipients(cellName() + "\n" + memberName("dangvien") + "; Dìu dắt 2 quần chúng được kết nạp\n\n"
                + "Không Có Ai Tên Này\n" + memberName("dangvien").toUpperCase() + "\n");
        long before = jdbc.sql("select count(*) from award_record").query(Long.class).single();
        BulkReport report = awards.preview(input);
        assertThatThrownBy(() -> awards.bulk(input)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(report.lines()).extracting(BulkReport.Line::number).containsExactly(1, 2, 4, 5);
            assertThat(report.lines()).extracting(BulkReport.Line::errorKey).containsExactly(null, null,
                    "recognition.bulk.line.notFound", "recognition.bulk.line.duplicate");
            assertThat(report.lines().get(0).kind()).isEqualTo(SubjectType.ORGANIZATION);
            assertThat(report.lines().get(1).kind()).isEqualTo(SubjectType.PERSON);
            assertThat(report.accepted()).isEqualTo(2);
            assertThat(e.problems()).hasSize(2);
        });
        assertThat(jdbc.sql("select count(*) from award_record").query(Long.class).single()).isEqualTo(before);

        input.setRecipients(cellName() + "\n" + memberName("dangvien") + "; Dìu dắt 2 quần chúng được kết nạp\n"
                + memberName("bithu") + " (" + cellName() + ")");
        BulkReport saved = awards.bulk(input);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.accepted()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from award_record where decision_number = '77/QĐ-ĐU'").query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select reason from award_record where decision_number = '77/QĐ-ĐU' and person_id = :p")
                .param("p", demo.personOf("dangvien")).query(String.class).single()).isEqualTo("Dìu dắt 2 quần chúng được kết nạp");
        assertThatThrownBy(() -> awards.bulk(input)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.problems()).hasSize(3));
        assertThat(awards.preview(input).lines()).allMatch(l -> "recognition.bulk.line.alreadyInDecision".equals(l.errorKey()));
    }

    long regimentOfSampleCell() {
        return jdbc.sql("select b.parent_id from organization c join organization b on b.id = c.parent_id where c.id = :c")
                .param("c", demo.sampleCell()).query(Long.class).single();
    }

    @Test
    void namesakesUnderTheChosenOrganizationAreReportedAsAmbiguous() {
        signIn("canbo.sudoan");
        AwardInput input = award(demo.today(), null, null, "79/QĐ-SĐ");
        input.setScopeOrganizationId(demo.division());
        input.setRecipients(cellName());
        assertThatThrownBy(() -> awards.bulk(input)).isInstanceOf(BusinessRuleException.class);
        assertThat(awards.preview(input).lines()).extracting(BulkReport.Line::errorKey)
                .containsExactly("recognition.bulk.line.ambiguous");
    }

    @Test
    void bulkEntryFindsNoOneOutsideTheChosenOrganization() {
        signIn("canbo.sudoan");
        AwardInput input = award(demo.today(), null, null, "78/QĐ-ĐU");
        input.setScopeOrganizationId(demo.cellOutsideDivision());
        input.setRecipients("x");
        assertThatThrownBy(() -> awards.bulk(input)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRegistersFilterByNameFormYearAndCampaignAccentInsensitively() {
        signIn("canbo.sudoan");
        awards.create(award(demo.today(), demo.personOf("dangvien"), null, "5/QĐ-ĐU"));
        String name = memberName("dangvien");
        String plain = vn.chibo.shared.text.VietnameseText.searchKey(name);
        int year = demo.today().getYear();
        var filter = new RegisterFilter(plain, SubjectType.PERSON, "COMMENDATION", null, year, year, "diu dat", null, 0);
        assertThat(registers.search(RegisterQuery.Register.AWARD, filter).rows())
                .anyMatch(r -> r.subjectName().equals(name) && r.decisionNumber().equals("5/QĐ-ĐU"));
        var other = new RegisterFilter(plain, SubjectType.ORGANIZATION, null, null, null, null, null, null, 0);
        assertThat(registers.search(RegisterQuery.Register.AWARD, other).rows()).noneMatch(r -> r.subjectName().equals(name));
    }

    @Test
    void theDemoHasAwardsOverThreeYearsAndRareDiscipline() {
        signIn("canbo");
        int year = demo.today().getYear();
        long years = jdbc.sql("select count(distinct extract(year from decision_date)) from award_record").query(Long.class).single();
        assertThat(years).isGreaterThanOrEqualTo(2);
        long members = jdbc.sql("select count(*) from person where party_status in ('PROBATIONARY', 'OFFICIAL')")
                .query(Long.class).single();
        long disciplined = jdbc.sql("select count(*) from discipline_record where subject_kind = 'PERSON' and decision_date >= :d")
                .param("d", LocalDate.of(year - 2, 1, 1)).query(Long.class).single();
        assertThat(disciplined).isLessThan(members / 50);
        assertThat(jdbc.sql("select count(*) from discipline_record where organization_id = :c").param("c", demo.sampleCell())
                .query(Long.class).single()).isZero();
    }
}
