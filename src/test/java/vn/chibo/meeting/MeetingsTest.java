package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.meeting.internal.Attendance;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.ItemStatus;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Measure;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MeetingStatus;
import vn.chibo.meeting.internal.RubricService;
import vn.chibo.meeting.internal.SupervisionService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Cell meetings end to end on the demo region: invitations from the members at the meeting date, a meeting recorded live
 * and scored, open resolution items carried over, the strike-off alert, proposals before the meeting, materials in time,
 * supervision, rubric revisions and the indicator values published to the evaluation module.
 */
@IntegrationTest
@Transactional
class MeetingsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MaterialService materials;
    @Autowired
    MeetingReports reports;
    @Autowired
    SupervisionService supervision;
    @Autowired
    RubricService rubrics;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    PersonDirectory people;
    @Autowired
    List<IndicatorSource> indicators;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    long cell;
    LocalDate today;

    @BeforeEach
    void setUp() {
        cell = demo.sampleCell();
        today = demo.today();
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** An extraordinary meeting (a regular one already exists this month in the demo), chaired by the secretary. */
    Meeting plan(LocalDate date, LocalTime start) {
        var organization = organizations.find(cell).orElseThrow();
        Long[] defaults = meetings.defaultChairAndMinuteTaker(organization, date);
        return meetings.create(cell, new MeetingForm(MeetingKind.EXTRAORDINARY, false, null, date, start, null, "Hội trường đại đội",
                defaults[0], defaults[1], "1. Điểm danh\n2. Thảo luận\n3. Biểu quyết nghị quyết"));
    }

    /** Removes the demo's meetings of the sample cell (inside the test's transaction) so that a test sees only its own. */
    void withoutDemoMeetings() {
        String meetingsOfCell = "(select id from meeting where organization_id = " + cell + ")";
        jdbc.sql("delete from meeting_contribution where meeting_id in " + meetingsOfCell).update();
        jdbc.sql("delete from meeting_material where meeting_id in " + meetingsOfCell).update();
        jdbc.sql("delete from meeting_action_item where meeting_id in " + meetingsOfCell).update();
        jdbc.sql("delete from meeting_attendee where meeting_id in " + meetingsOfCell).update();
        jdbc.sql("delete from meeting where organization_id = :c").param("c", cell).update();
    }

    List<MeetingParts.Attendee> members(Meeting meeting) {
        return meetings.attendees(meeting).stream().filter(MeetingParts.Attendee::member).toList();
    }

    Meeting reload(Meeting meeting) {
        return meetings.get(meeting.id());
    }

    // ---- invitations ---------------------------------------------------------------------------

    @Test
    void invitationsListTheMembersAtTheMeetingDateOfficialAndProbationarySeparately() {
        signIn("bithu");
        Meeting meeting = plan(today, LocalTime.of(7, 0));
        // the truth from the history: the latest status change on or before the date of everyone taking part then
        Map<String, Long> byStatus = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.status, count(*) from party_status_change s
                        join membership m on m.person_id = s.person_id and m.organization_id = :c and m.from_date <= :d
                            and (m.to_date is null or m.to_date > :d)
                        where s.effective_on <= :d and not exists (select 1 from party_status_change later where later.person_id = s.person_id
                            and later.effective_on <= :d and (later.effective_on > s.effective_on
                                or (later.effective_on = s.effective_on and later.id > s.id)))
                        group by s.status""")
                .param("c", cell).param("d", today)
                .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
        long official = byStatus.getOrDefault("OFFICIAL", 0L);
        long probationary = byStatus.getOrDefault("PROBATIONARY", 0L);
        assertThat(meeting.officialCount()).isEqualTo(official).isPositive();
        assertThat(meeting.probationaryCount()).isEqualTo(probationary);
        assertThat(members(meeting)).hasSize((int) (official + probationary))
                .allSatisfy(a -> assertThat(a.attendance()).isEqualTo(Attendance.UNKNOWN));
        assertThat(members(meeting)).extracting(MeetingParts.Attendee::personId).contains(demo.personOf("dangvien"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);

        // a member who joined the cell later is not invited to a meeting before he joined
        var latest = jdbc.sql("select p.id, m.from_date from person p join membership m on m.person_id = p.id and m.organization_id = :c"
                        + " where p.party_status in ('PROBATIONARY', 'OFFICIAL') order by m.from_date desc, p.id limit 1")
                .param("c", cell).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).single();
        LocalDate joined = (LocalDate) latest[1];
        if (joined.isAfter(organizations.find(cell).orElseThrow().validFrom())) {
            Meeting before = meetings.create(cell, new MeetingForm(MeetingKind.EXTRAORDINARY, false, null, joined.minusDays(1),
                    LocalTime.of(8, 0), null, null, null, null, null));
            assertThat(members(before)).extracting(MeetingParts.Attendee::personId).doesNotContain((Long) latest[0]);
        }
    }

    @Test
    void anAssignedSuperiorCommitteeMemberIsInvitedAsAGuestAndHisAttendanceCounts() {
        signIn("canbo.sudoan");
        var organization = organizations.find(cell).orElseThrow();
        var candidate = supervision.candidates(organization).get(0);
        assertThat(supervision.candidates(organization)).allMatch(c -> organization.path().startsWith(
                organizations.find(c.committeeId()).orElseThrow().path()) && c.committeeId() != cell);
        supervision.assign(cell, candidate.personId(), candidate.committeeId(), today.minusDays(3), null);
        assertThatThrownBy(() -> supervision.assign(cell, candidate.personId(), candidate.committeeId(), today, null))
                .extracting("messageKey").isEqualTo("meeting.supervision.error.overlap");

        signIn("bithu");
        assertThatThrownBy(() -> supervision.assign(cell, candidate.personId(), candidate.committeeId(), today.plusYears(1), null))
                .isInstanceOf(ForbiddenException.class);
        Meeting meeting = plan(today, LocalTime.of(7, 0));
        MeetingParts.Attendee guest = meetings.attendees(meeting).stream().filter(MeetingParts.Attendee::supervisor).findFirst()
                .orElseThrow();
        assertThat(guest.personId()).isEqualTo(candidate.personId());
        assertThat(guest.member()).isFalse();
        meetings.recordAttendance(meeting.id(), guest.id(), Attendance.PRESENT, null);
        meetings.finish(meeting.id(), LocalTime.of(9, 0));
        assertThat(reload(meeting).supervisorPresent()).isTrue();
        assertThat(reload(meeting).invitedMembers()).isEqualTo(members(meeting).size());
        var coverage = supervision.coverage(organizations.find(demo.division()).orElseThrow(), today.minusMonths(1), today);
        assertThat(coverage).filteredOn(c -> c.supervision().personId() == candidate.personId() && c.supervision().organizationId() == cell)
                .singleElement().satisfies(c -> {
                    assertThat(c.meetingsHeld()).isGreaterThanOrEqualTo(1);
                    assertThat(c.attended()).isEqualTo(1);
                });
    }

    // ---- recording live and scoring ------------------------------------------------------------

    @Test
    void aMeetingRecordedLiveIsScoredByTheRubric() {
        signIn("bithu");
        Meeting meeting = plan(today, LocalTime.of(7, 0));
        List<MeetingParts.Attendee> invited = members(meeting);
        assertThat(meetings.markAllPresent(meeting.id())).isGreaterThanOrEqualTo(invited.size());
        MeetingParts.Attendee away = invited.get(invited.size() - 1);
        assertThatThrownBy(() -> meetings.recordAttendance(meeting.id(), away.id(), Attendance.EXCUSED, " "))
                .extracting("messageKey").isEqualTo("meeting.error.reasonNeeded");
        meetings.recordAttendance(meeting.id(), away.id(), Attendance.EXCUSED, "Đi công tác");
        assertThat(reload(meeting).status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThatThrownBy(() -> meetings.addContribution(meeting.id(), away.id(), ContributionKind.OPINION, "Ý kiến", false))
                .extracting("messageKey").isEqualTo("meeting.error.speakerAbsent");

        List<MeetingParts.Attendee> present = invited.subList(0, invited.size() - 1);
        for (int i = 0; i < present.size(); i++) {
            meetings.addContribution(meeting.id(), present.get(i).id(), i % 2 == 0 ? ContributionKind.OPINION : ContributionKind.PROPOSAL,
                    "Đồng chí " + present.get(i).fullName() + " đề nghị tăng cường huấn luyện ban đêm", i == 1);
        }
        Meeting current = reload(meeting);
        meetings.saveResolution(meeting.id(), "Nghị quyết: hoàn thành tốt nhiệm vụ huấn luyện tháng.", present.size(), 0,
                current.version());
        meetings.addItem(meeting.id(), "Tổ chức bắn đạn thật", present.get(0).personId(), today.plusDays(20));
        meetings.addItem(meeting.id(), "Kiểm tra vũ khí, trang bị", present.get(1).personId(), today.plusDays(10));
        meetings.saveManualScores(meeting.id(), Map.of("PREPARATION", "10", "ORDER", "9,5", "PRINCIPLES", "10"), reload(meeting).version());
        assertThatThrownBy(() -> meetings.saveManualScores(meeting.id(), Map.of("ORDER", "11"), reload(meeting).version()))
                .extracting("messageKey").isEqualTo("meeting.error.points");
        meetings.finish(meeting.id(), LocalTime.of(9, 0));

        Meeting held = reload(meeting);
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.presentCount()).isEqualTo(present.size());
        assertThat(held.excusedCount()).isEqualTo(1);
        assertThat(held.speakerCount()).isEqualTo(present.size());
        assertThat(held.durationMinutes()).isEqualTo(120);
        var score = meetings.score(held);
        assertThat(score.facts().minutesMissing()).isEmpty();
        assertThat(score.result().item("SPEAKING").points()).isEqualByComparingTo("15");
        assertThat(score.result().item("DURATION").points()).isEqualByComparingTo("10");
        assertThat(score.result().item("MINUTES").points()).isEqualByComparingTo("10");
        assertThat(score.result().item("ORDER").points()).isEqualByComparingTo("9.5");
        assertThat(score.result().flat()).isFalse();
        BigDecimal rate = score.facts().values().get(Measure.ATTENDANCE_RATE);
        assertThat(score.result().item("ATTENDANCE").points())
                .isEqualByComparingTo(rate.compareTo(new BigDecimal("85")) > 0 ? "15" : "5");
        assertThat(held.score()).isEqualByComparingTo(score.result().total());
        assertThat(held.grade()).isEqualTo(score.result().grade());

        meetings.close(meeting.id());
        assertThat(reload(meeting).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThatThrownBy(() -> meetings.addContribution(meeting.id(), present.get(0).id(), ContributionKind.OPINION, "Muộn", false))
                .extracting("messageKey").isEqualTo("meeting.error.notEditable");
    }

    @Test
    void aMeetingWhereFewSpeakIsFlagged() {
        signIn("bithu");
        Meeting meeting = plan(today, LocalTime.of(7, 0));
        meetings.markAllPresent(meeting.id());
        meetings.addContribution(meeting.id(), members(meeting).get(0).id(), ContributionKind.OPINION, "Thống nhất dự thảo", false);
        Meeting flat = reload(meeting);
        assertThat(flat.flat()).isTrue();
        assertThat(flat.speakerCount()).isEqualTo(1);
    }

    @Test
    void onlyThoseWhoRunTheMeetingAndItsMinuteTakerRecordIt() {
        signIn("bithu");
        var organization = organizations.find(cell).orElseThrow();
        long member = demo.personOf("dangvien");
        Meeting meeting = meetings.create(cell, new MeetingForm(MeetingKind.EXTRAORDINARY, false, null, today, LocalTime.of(7, 0), null,
                null, meetings.defaultChairAndMinuteTaker(organization, today)[0], member, null));
        MeetingParts.Attendee someone = members(meeting).get(0);
        signIn("kiemtra");
        assertThat(meetings.get(meeting.id()).id()).isEqualTo(meeting.id());
        assertThatThrownBy(() -> meetings.recordAttendance(meeting.id(), someone.id(), Attendance.PRESENT, null))
                .isInstanceOf(ForbiddenException.class);
        signIn("dangvien");
        assertThat(meetings.recordAttendance(meeting.id(), someone.id(), Attendance.PRESENT, null).attendance())
                .isEqualTo(Attendance.PRESENT);
        assertThatThrownBy(() -> meetings.update(meeting.id(), new MeetingForm(MeetingKind.EXTRAORDINARY, false, null, today,
                LocalTime.of(8, 0), null, null, null, member, null), reload(meeting).version())).isInstanceOf(ForbiddenException.class);
        signIn("canbo.sudoan");
        long outside = jdbc.sql("select min(id) from meeting where organization_id = :c").param("c", demo.cellOutsideDivision())
                .query(Long.class).single();
        assertThatThrownBy(() -> meetings.get(outside)).isInstanceOf(NotFoundException.class);
    }

    // ---- carry-over ------------------------------------------------------------------------------

    @Test
    void openResolutionItemsCarryOverToTheNextMeetingsUntilDone() {
        signIn("bithu");
        withoutDemoMeetings();
        LocalDate first = today.minusDays(14);
        LocalDate second = today.minusDays(7);
        Meeting a = plan(first, LocalTime.of(7, 30));
        meetings.markAllPresent(a.id());
        var x = meetings.addItem(a.id(), "Hoàn thành kiểm tra điều lệnh", null, second);
        var y = meetings.addItem(a.id(), "Giúp đỡ quần chúng ưu tú làm hồ sơ", null, second);
        meetings.addItem(a.id(), "Chuẩn bị hội thao cuối năm", null, second.plusDays(30)); // not due at b: no fault yet
        meetings.finish(a.id(), LocalTime.of(9, 30));
        // x is reported done three days later; y stays open
        meetings.updateItem(a.id(), x.id(), ItemStatus.DONE, "Đạt yêu cầu", first.plusDays(3), x.version());

        Meeting b = plan(second, LocalTime.of(7, 30));
        assertThat(meetings.carriedItems(b)).extracting(MeetingParts.ActionItem::content)
                .containsExactly("Giúp đỡ quần chúng ưu tú làm hồ sơ", "Chuẩn bị hội thao cuối năm");
        meetings.markAllPresent(b.id());
        assertThat(meetings.facts(reload(b)).values().get(Measure.PREVIOUS_ITEMS_DONE_SHARE)).isEqualByComparingTo("50");
        assertThat(meetings.score(reload(b)).result().item("PREVIOUS_RESOLUTION").points()).isEqualByComparingTo("4");

        // reviewed at b: done, dated on b's day; b still lists it (it was open when b began), the next meeting does not
        var yDone = meetings.updateItem(b.id(), y.id(), ItemStatus.DONE, null, null, meetings.carriedItems(b).get(0).version());
        assertThat(yDone.closedOn()).isEqualTo(second);
        assertThat(meetings.carriedItems(reload(b))).extracting(MeetingParts.ActionItem::status)
                .containsExactly(ItemStatus.DONE, ItemStatus.OPEN);
        assertThat(meetings.score(reload(b)).result().item("PREVIOUS_RESOLUTION").points()).isEqualByComparingTo("10");
        assertThat(reload(b).score()).isEqualByComparingTo(meetings.score(reload(b)).result().total());
        var z = meetings.addItem(b.id(), "Duy trì trực sẵn sàng chiến đấu", null, null);
        meetings.finish(b.id(), LocalTime.of(9, 30));

        Meeting c = plan(today, LocalTime.of(7, 30));
        assertThat(meetings.carriedItems(c)).extracting(MeetingParts.ActionItem::content)
                .containsExactly("Chuẩn bị hội thao cuối năm", "Duy trì trực sẵn sàng chiến đấu");
        assertThat(meetings.carriedItems(c)).extracting(MeetingParts.ActionItem::id).contains(z.id()).doesNotContain(x.id(), y.id());
        assertThat(meetings.openItems(organizations.find(cell).orElseThrow())).extracting(MeetingParts.ActionItem::id)
                .contains(z.id()).doesNotContain(x.id(), y.id());
        assertThatThrownBy(() -> meetings.updateItem(c.id(), x.id(), ItemStatus.OPEN, null, null, x.version()))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- strike-off alert -------------------------------------------------------------------------

    @Test
    void aMemberAbsentWithoutReasonInThreeMonthsOfAYearIsFlaggedForStrikeOff() {
        signIn("bithu");
        int year = today.getYear() - 1;
        long member = jdbc.sql("""
                        select min(p.id) from person p join membership m on m.person_id = p.id and m.organization_id = p.organization_id
                        where p.organization_id = :c and p.party_status = 'OFFICIAL' and m.from_date < :d and p.official_since < :d""")
                .param("c", cell).param("d", LocalDate.of(year, 1, 1)).query(Long.class).single();
        jdbc.sql("update meeting_attendee set attendance = 'EXCUSED', absence_reason = 'x' where person_id = :p and attendance = 'UNEXCUSED'")
                .param("p", member).update();
        String path = demo.pathOf(cell);
        for (int month = 3; month <= 5; month++) {
            Meeting meeting = plan(LocalDate.of(year, month, 20), LocalTime.of(7, 30));
            MeetingParts.Attendee him = members(meeting).stream().filter(a -> a.personId() == member).findFirst().orElseThrow();
            meetings.recordAttendance(meeting.id(), him.id(), Attendance.UNEXCUSED, null);
            meetings.finish(meeting.id(), LocalTime.of(9, 30));
            var alert = reports.absenceAlerts(path, year).stream().filter(a -> a.personId() == member).findFirst();
            if (month == 3) {
                assertThat(alert).isEmpty();
            } else if (month == 4) {
                assertThat(alert).get().satisfies(a -> {
                    assertThat(a.months()).isEqualTo(2);
                    assertThat(a.strikeOff()).isFalse();
                });
            } else {
                assertThat(alert).get().satisfies(a -> {
                    assertThat(a.months()).isEqualTo(3);
                    assertThat(a.strikeOff()).isTrue();
                    assertThat(a.periods()).containsExactly(year + "-03", year + "-04", year + "-05");
                    assertThat(a.organizationId()).isEqualTo(cell);
                });
            }
        }
        assertThat(reports.absenceAlerts(path, year + 1)).noneMatch(a -> a.personId() == member && a.strikeOff());
        // seen from the division, not from a cell elsewhere
        assertThat(reports.absenceAlerts(demo.pathOf(demo.division()), year)).anyMatch(a -> a.personId() == member && a.strikeOff());
        assertThat(reports.absenceAlerts(demo.pathOf(demo.cellOutsideDivision()), year)).noneMatch(a -> a.personId() == member);
    }

    // ---- before the meeting ----------------------------------------------------------------------

    @Test
    void membersProposeBeforeTheMeetingAndTheirProposalsAreOnTheAgenda() {
        signIn("bithu");
        Meeting meeting = plan(today.plusDays(3), LocalTime.of(7, 30));
        signIn("dangvien");
        assertThat(meetings.get(meeting.id()).id()).isEqualTo(meeting.id());
        var proposal = meetings.submitProposal(meeting.id(), null, "Đề xuất tổ chức thi tìm hiểu lịch sử Đảng");
        assertThat(proposal.beforeMeeting()).isTrue();
        assertThat(proposal.kind()).isEqualTo(ContributionKind.PROPOSAL);
        assertThat(proposal.personId()).isEqualTo(demo.personOf("dangvien"));
        assertThat(meetings.contributions(meeting)).extracting(MeetingParts.Contribution::content)
                .contains("Đề xuất tổ chức thi tìm hiểu lịch sử Đảng");
        assertThatThrownBy(() -> meetings.start(meeting.id())).isInstanceOf(ForbiddenException.class);
        signIn("bithu");
        assertThatThrownBy(() -> meetings.start(meeting.id())).extracting("messageKey").isEqualTo("meeting.error.notYet");
        Meeting now = plan(today, LocalTime.of(7, 0));
        meetings.start(now.id());
        signIn("dangvien");
        assertThatThrownBy(() -> meetings.submitProposal(now.id(), null, "Muộn")).extracting("messageKey")
                .isEqualTo("meeting.error.proposalsClosed");
    }

    @Test
    void materialsPostedAtLeastADayAheadAreInTime() {
        signIn("bithu");
        byte[] pdf = "%PDF-1.4\n% du thao nghi quyet\n".getBytes(StandardCharsets.US_ASCII);
        Meeting ahead = plan(today.plusDays(2), LocalTime.of(8, 0));
        var posted = materials.attach(ahead.id(), MeetingParts.MaterialPurpose.PREPARATION, "Dự thảo nghị quyết", "du-thao.pdf", pdf);
        assertThat(posted.inTime()).isTrue();
        assertThat(posted.leadHours()).isGreaterThanOrEqualTo(24);
        assertThat(meetings.facts(reload(ahead)).values().get(Measure.MATERIALS_LEAD_HOURS)).isGreaterThanOrEqualTo(new BigDecimal("24"));

        Meeting late = plan(today, LocalTime.of(0, 1));
        var lateOne = materials.attach(late.id(), MeetingParts.MaterialPurpose.PREPARATION, null, "bao-cao.pdf", pdf);
        assertThat(lateOne.inTime()).isFalse();
        assertThat(lateOne.title()).isEqualTo("bao-cao.pdf");
        assertThatThrownBy(() -> materials.attach(late.id(), MeetingParts.MaterialPurpose.PREPARATION, null, "x.pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII))).extracting("messageKey").isEqualTo("meeting.material.error.type");
        assertThat(new String(materials.download(ahead.id(), posted.id()).content(), StandardCharsets.US_ASCII)).startsWith("%PDF");
    }

    // ---- rubric revisions --------------------------------------------------------------------------

    @Test
    void aNewRubricRevisionScoresMeetingsFromItsDateWhileApprovedMinutesKeepTheirs() throws Exception {
        signIn("bithu");
        long approved = jdbc.sql("select min(id) from meeting where organization_id = :c and status = 'CLOSED'").param("c", cell)
                .query(Long.class).single();
        Long oldRubric = meetings.get(approved).rubricId();
        BigDecimal oldScore = meetings.get(approved).score();
        String json;
        try (var in = getClass().getResourceAsStream("/meeting-rubrics/sinh-hoat-chi-bo.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"validFrom\": \"2018-07-06\"",
                    "\"validFrom\": \"" + today.minusDays(1) + "\"").replace("{\"points\": 5, \"when\": [{\"measure\": \"ATTENDANCE_RATE\", \"op\": \"GE\", \"value\": 70}]}",
                    "{\"points\": 5, \"when\": [{\"measure\": \"ATTENDANCE_RATE\", \"op\": \"GE\", \"value\": 60}]}");
        }
        String revised = json;
        assertThatThrownBy(() -> rubrics.importRevision(revised)).isInstanceOf(ForbiddenException.class);
        signIn("admin");
        assertThatThrownBy(() -> rubrics.importRevision("{\"code\": \"SINH_HOAT_CHI_BO\"")).isInstanceOf(BusinessRuleException.class);
        var second = rubrics.importRevision(revised);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(rubrics.inForce(today).orElseThrow().id()).isEqualTo(second.id());
        assertThat(rubrics.inForce(today.minusDays(2)).orElseThrow().id()).isEqualTo(oldRubric);

        signIn("bithu");
        Meeting meeting = plan(today, LocalTime.of(7, 0));
        meetings.markAllPresent(meeting.id());
        assertThat(reload(meeting).rubricId()).isEqualTo(second.id());
        assertThat(meetings.get(approved).rubricId()).isEqualTo(oldRubric);
        assertThat(meetings.get(approved).score()).isEqualByComparingTo(oldScore);
    }

    // ---- indicators ---------------------------------------------------------------------------------

    IndicatorSource source(String key) {
        return indicators.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theModuleSuppliesTheIndicatorKeysRulebooksName() {
        assertThat(indicators).extracting(IndicatorSource::key).contains("meeting.attendanceRate", "meeting.averageScore",
                "meeting.goodMeetingsShare", "meeting.resolutionCompletionRate", "meeting.speakingShare", "meeting.heldOnTime",
                "meeting.gradeGoodOrFair", "meeting.committeeAttendanceRate", "meeting.memberContributed");
    }

    @Test
    void indicatorValuesAgreeWithTheMeetingsOfThePeriod() {
        YearMonth to = YearMonth.from(today).minusMonths(1);
        YearMonth from = to.minusMonths(11);
        var sums = jdbc.sql("""
                        select sum(official_count + probationary_count), sum(present_count), count(score), sum(score),
                            sum(case when grade = 'GOOD' then 1 else 0 end), sum(speaker_count) from meeting
                        where organization_id = :c and status in ('HELD', 'CLOSED') and kind <> 'COMMITTEE'
                        and meeting_date >= :from and meeting_date <= :to""")
                .param("c", cell).param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5),
                        rs.getLong(6)}).single();
        BigDecimal attendance = BigDecimal.valueOf((Long) sums[1] * 100).divide(BigDecimal.valueOf((Long) sums[0]), 2,
                java.math.RoundingMode.HALF_UP);
        assertThat(source("meeting.attendanceRate").value(SubjectKind.CELL, cell, from, to)).get()
                .satisfies(v -> assertThat(v).isEqualByComparingTo(attendance));
        assertThat(source("meeting.attendanceRate").value(SubjectKind.ORGANIZATION, cell, from, to))
                .isEqualTo(source("meeting.attendanceRate").value(SubjectKind.CELL, cell, from, to));
        assertThat(source("meeting.averageScore").value(SubjectKind.CELL, cell, from, to)).get()
                .satisfies(v -> assertThat(v).isEqualByComparingTo(((BigDecimal) sums[3]).divide(BigDecimal.valueOf((Long) sums[2]), 2,
                        java.math.RoundingMode.HALF_UP)));
        assertThat(source("meeting.goodMeetingsShare").value(SubjectKind.CELL, cell, from, to)).get()
                .satisfies(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf((Long) sums[4] * 100)
                        .divide(BigDecimal.valueOf((Long) sums[2]), 2, java.math.RoundingMode.HALF_UP)));
        assertThat(source("meeting.heldOnTime").value(SubjectKind.CELL, cell, from, to)).contains(BigDecimal.ONE);
        assertThat(source("meeting.resolutionCompletionRate").value(SubjectKind.CELL, cell, from, to)).get()
                .satisfies(v -> assertThat(v).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
        // the division adds up its cells
        assertThat(source("meeting.attendanceRate").value(SubjectKind.COMMITTEE, demo.division(), from, to)).isPresent();

        long member = demo.personOf("dangvien");
        var mine = jdbc.sql("""
                        select count(*), sum(case when a.attendance = 'PRESENT' then 1 else 0 end) from meeting_attendee a
                        join meeting m on m.id = a.meeting_id where a.person_id = :p and a.role = 'MEMBER' and m.status in ('HELD', 'CLOSED')
                        and m.kind <> 'COMMITTEE' and m.meeting_date >= :from and m.meeting_date <= :to""")
                .param("p", member).param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (mine[0] > 0) {
            assertThat(source("meeting.attendanceRate").value(SubjectKind.MEMBER, member, from, to)).get()
                    .satisfies(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(mine[1] * 100)
                            .divide(BigDecimal.valueOf(mine[0]), 2, java.math.RoundingMode.HALF_UP)));
            assertThat(source("meeting.memberContributed").value(SubjectKind.MEMBER, member, from, to).orElseThrow())
                    .isIn(BigDecimal.ZERO, BigDecimal.ONE);
        }
        assertThat(source("meeting.averageScore").value(SubjectKind.MEMBER, member, from, to)).isEmpty();
        assertThat(source("meeting.attendanceRate").value(SubjectKind.CELL, cell, YearMonth.of(1990, 1), YearMonth.of(1990, 12))).isEmpty();
    }

    // ---- the officer's overview ----------------------------------------------------------------------

    @Test
    void theOverviewAddsUpTheSubtreeAndDrillsDown() {
        signIn("canbo");
        var division = organizations.find(demo.division()).orElseThrow();
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(11);
        var overview = reports.overview(division, from, to);
        assertThat(overview.lines()).isNotEmpty().noneMatch(l -> l.organization().id() == division.id());
        assertThat(overview.lines().stream().mapToInt(l -> l.figures().cells()).sum()).isEqualTo(overview.total().cells());
        assertThat(overview.lines().stream().mapToInt(l -> l.figures().held()).sum()).isEqualTo(overview.total().held());
        long held = jdbc.sql("select count(*) from meeting where org_path like :p and status in ('HELD', 'CLOSED') and kind <> 'COMMITTEE'"
                        + " and meeting_date >= :from and meeting_date <= :to")
                .param("p", division.path() + "%").param("from", from.atDay(1)).param("to", to.atEndOfMonth()).query(Long.class).single();
        assertThat(overview.total().held()).isEqualTo((int) held);
        assertThat(overview.total().graded()).isPositive();
        assertThat(overview.total().attendanceTrend(overview.months())).hasSize(12);
        assertThat(overview.total().onTimeRate()).isNotNull();
        var sampleCell = organizations.find(cell).orElseThrow();
        var ofCell = reports.overview(sampleCell, from, to);
        assertThat(ofCell.lines()).singleElement().satisfies(l -> assertThat(l.cell()).isTrue());
    }
}
