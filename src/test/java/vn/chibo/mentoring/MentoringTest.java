package vn.chibo.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.mentoring.internal.ActivityService;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.mentoring.internal.MentoringReview;
import vn.chibo.mentoring.internal.MentoringAssignments;
import vn.chibo.mentoring.internal.MentoringService;
import vn.chibo.mentoring.internal.MentoringSession;
import vn.chibo.mentoring.internal.SessionForm;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The mentoring programme on the demo region: the helper, sessions with private notes, reviews, outcomes, board, indicators. */
@IntegrationTest
@Transactional
class MentoringTest {

    @Autowired
    MentoringService mentoring;
    @Autowired
    MentoringAssignments assigning;
    @Autowired
    ActivityService activity;
    @Autowired
    MentoringBoard board;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<IndicatorSource> sources;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long groupOf(String username) {
        return jdbc.sql("select min(id) from mentoring_group where mentor_person_id = :p and ended_on is null")
                .param("p", demo.personOf(username)).query(Long.class).single();
    }

    SessionForm session(String privateNote) {
        SessionForm form = new SessionForm();
        form.setHeldOn(demo.today());
        form.setTopics(List.of(MentoringSession.Topic.TASKS, MentoringSession.Topic.DIFFICULTIES));
        form.setDifficultiesRaised("Nhớ nhà");
        form.setPrivateNotes(privateNote);
        return form;
    }

    @Test
    void theDemoMemberMentorsAGroupOfHisCell() {
        signIn("dangvien");
        var mine = mentoring.groupsMentoredBy(demo.personOf("dangvien"));
        assertThat(mine).isNotEmpty();
        assertThat(mine.get(0).mentees()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(mine.get(0).organizationId()).isEqualTo(demo.sampleCell());
    }

    @Test
    void theHelperAssignsEveryUnmentoredMassWithinTheLoadLimit() {
        signIn("bithu");
        long cell = demo.sampleCell();
        // two masses lose their mentor so that the helper has work
        List<Long> freed = jdbc.sql("select id from mentoring_assignment where organization_id = :c and end_date is null order by id limit 2")
                .param("c", cell).query(Long.class).list();
        jdbc.sql("update mentoring_assignment set end_date = :d, end_reason = 'TRANSFERRED' where id in (:ids)")
                .param("d", demo.today()).param("ids", freed).update();
        var proposal = assigning.propose(cell);
        int max = proposal.rules().maxMenteesPerMentor();
        var plan = proposal.plan();
        int unmentored = mentoring.unmentored(proposal.organization()).size();
        assertThat(plan.pairs().size() + plan.unassigned().size()).isEqualTo(unmentored);
        List<String> pairs = plan.pairs().stream().map(p -> p.mentorPersonId() + ":" + p.menteePersonId()).toList();
        int created = assigning.confirm(cell, pairs, demo.today(), "Hoàn thành tốt nhiệm vụ");
        assertThat(created).isEqualTo(pairs.size());
        assertThat(mentoring.unmentored(proposal.organization())).hasSize(plan.unassigned().size());
        Map<Long, Integer> loads = mentoring.loadsOf(plan.pairs().stream().map(p -> p.mentorPersonId()).toList());
        assertThat(loads.values()).allMatch(load -> load <= max);
        // groups hold at most the mentor and two mentees
        assertThat(jdbc.sql("select max(c) from (select count(*) c from mentoring_assignment where end_date is null"
                + " and organization_id = :c group by group_id) x").param("c", cell).query(Long.class).single()).isLessThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'MentoringAssignment' and action = 'ASSIGN'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(created);
    }

    @Test
    void aMentorAtTheLimitGetsNoMoreMentees() {
        signIn("bithu");
        long cell = demo.sampleCell();
        long mentor = demo.personOf("dangvien");
        int max = mentoring.rulesFor(demo.pathOf(cell)).maxMenteesPerMentor();
        long load = jdbc.sql("select count(*) from mentoring_assignment where mentor_person_id = :m and end_date is null")
                .param("m", mentor).query(Long.class).single();
        // masses of other mentors lose their mentor, so that there is someone to give him
        List<Long> free = jdbc.sql("select mentee_person_id from mentoring_assignment where organization_id = :c and end_date is null"
                        + " and mentor_person_id <> :m order by id limit :n")
                .param("c", cell).param("m", mentor).param("n", max - load + 1).query(Long.class).list();
        jdbc.sql("update mentoring_assignment set end_date = :d where mentee_person_id in (:ids) and end_date is null")
                .param("d", demo.today()).param("ids", free).update();
        for (int i = 0; i < max - load; i++) {
            assigning.assign(cell, mentor, free.get(i), demo.today(), null);
        }
        assertThat(mentoring.loadsOf(List.of(mentor))).containsEntry(mentor, max);
        assertThatThrownBy(() -> assigning.assign(cell, mentor, free.get(free.size() - 1), demo.today(), null))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("mentoring.error.mentorFull");
    }

    @Test
    void privateNotesAreReadOnlyByTheMentor() {
        signIn("dangvien");
        long group = groupOf("dangvien");
        activity.logSession(group, session("Đồng chí A có chuyện gia đình"));
        assertThat(activity.sessionsOf(group).get(0).privateNotes()).isEqualTo("Đồng chí A có chuyện gia đình");
        signIn("bithu");
        var seen = activity.sessionsOf(group).get(0);
        assertThat(seen.session().getDifficultiesRaised()).isEqualTo("Nhớ nhà");
        assertThat(seen.privateNotes()).isNull();
        assertThat(jdbc.sql("select changes from audit_entry where entity_type = 'MentoringSession' order by id desc limit 1")
                .query(String.class).single()).doesNotContain("gia đình");
    }

    @Test
    void aSessionNeedsATopicAndADateNotInTheFuture() {
        signIn("dangvien");
        long group = groupOf("dangvien");
        SessionForm noTopic = session(null);
        noTopic.setTopics(List.of());
        assertThatThrownBy(() -> activity.logSession(group, noTopic)).extracting("messageKey").isEqualTo("mentoring.session.error.topics");
        SessionForm future = session(null);
        future.setHeldOn(demo.today().plusDays(1));
        assertThatThrownBy(() -> activity.logSession(group, future)).extracting("messageKey").isEqualTo("validation.date.notFuture");
    }

    @Test
    void othersInTheCellCannotLogAndOutsidersDoNotSeeTheGroup() {
        long group = groupOf("dangvien");
        signIn("kiemtra");
        assertThatThrownBy(() -> activity.logSession(group, session(null))).isInstanceOf(ForbiddenException.class);
        long outside = jdbc.sql("select min(id) from mentoring_group where organization_id = :c").param("c", demo.cellOutsideDivision())
                .query(Long.class).single();
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> mentoring.group(outside)).isInstanceOf(NotFoundException.class);
        signIn("dangvien");
        assertThatThrownBy(() -> mentoring.group(outside)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewRecordsOutcomesAndATransferEndsTheAssignment() {
        signIn("dangvien");
        long group = groupOf("dangvien");
        var assignment = mentoring.assignmentsOf(mentoring.group(group)).stream().filter(a -> a.isActive()).findFirst().orElseThrow();
        // the mentor records what he sees; the sympathiser list is the cell's decision (OneSourcePerFactTest)
        activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, "Tiến bộ rõ", List.of(MentoringOutcome.TASKS_WELL), null);
        assertThat(activity.outcomesOf(List.of(assignment.getId()))).extracting(ActivityService.OutcomeLine::kind)
                .contains(MentoringOutcome.TASKS_WELL);
        var review = activity.latestReviews(List.of(assignment.getId())).get(assignment.getId());
        activity.review(assignment.getId(), review.getReviewPeriod(), MentoringReview.Rating.EXCELLENT, null,
                List.of(MentoringOutcome.TRANSFERRED), review.getVersion());
        assertThat(mentoring.assignment(assignment.getId()).isActive()).isFalse();
        assertThat(mentoring.assignment(assignment.getId()).getEndReason()).isEqualTo(MentoringOutcome.TRANSFERRED);
        assertThatThrownBy(() -> activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.ADMITTED), null)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aReviewCarriesItsAssignmentsMenteeAndTheDatabaseRefusesAnother() {
        signIn("dangvien");
        long group = groupOf("dangvien");
        var assignment = mentoring.assignmentsOf(mentoring.group(group)).stream().filter(a -> a.isActive()).findFirst().orElseThrow();
        activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null, List.of(), null);
        long review = activity.latestReviews(List.of(assignment.getId())).get(assignment.getId()).getId();
        assertThat(jdbc.sql("select mentee_person_id from mentoring_review where id = :id").param("id", review)
                .query(Long.class).single()).isEqualTo(assignment.getMenteePersonId());
        long other = jdbc.sql("select min(mentee_person_id) from mentoring_assignment where mentee_person_id <> :m")
                .param("m", assignment.getMenteePersonId()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update mentoring_review set mentee_person_id = :o where id = :id")
                .param("o", other).param("id", review).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void anAdmissionCountsForTheMentorInTheMemberIndicators() {
        signIn("bithu");
        long mentor = demo.personOf("dangvien");
        long mentee = jdbc.sql("select min(mentee_person_id) from mentoring_assignment where mentor_person_id = :m and end_date is null")
                .param("m", mentor).query(Long.class).single();
        IndicatorSource admitted = sources.stream().filter(s -> s.key().equals("mentoring.menteesAdmitted")).findFirst().orElseThrow();
        IndicatorSource progressed = sources.stream().filter(s -> s.key().equals("mentoring.menteesProgressed")).findFirst().orElseThrow();
        YearMonth from = YearMonth.from(demo.today()).withMonth(1);
        BigDecimal before = admitted.value(SubjectKind.MEMBER, mentor, from, YearMonth.from(demo.today())).orElseThrow();
        assertThat(activity.recordOutcome(mentee, MentoringOutcome.ADMITTED, demo.today(), "QĐ 12-QĐ/ĐU")).isTrue();
        assertThat(admitted.value(SubjectKind.MEMBER, mentor, from, YearMonth.from(demo.today())).orElseThrow())
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(progressed.value(SubjectKind.MEMBER, mentor, from, YearMonth.from(demo.today())).orElseThrow()).isPositive();
        assertThat(activity.currentMentorOf(mentee)).isEmpty();
        assertThat(sources).extracting(IndicatorSource::key).contains("mentoring.assignedMemberShare");
    }

    @Test
    void theBoardRowsAddUpToTheRawCounts() {
        signIn("canbo.sudoan");
        var result = board.board(demo.division());
        String path = demo.pathOf(demo.division());
        long mentees = jdbc.sql("select count(*) from mentoring_assignment where end_date is null and org_path like :p")
                .param("p", path + "%").query(Long.class).single();
        long groups = jdbc.sql("select count(*) from mentoring_group where ended_on is null and org_path like :p")
                .param("p", path + "%").query(Long.class).single();
        assertThat(result.total().mentees).isEqualTo(mentees).isPositive();
        assertThat(result.total().groups).isEqualTo(groups);
        assertThat(result.rows().stream().mapToLong(r -> r.figures().mentees).sum()).isEqualTo(mentees);
        assertThat(result.total().sessionsThisMonth).isPositive();
        assertThat(result.total().outcome(MentoringOutcome.ADMITTED) + result.total().outcome(MentoringOutcome.SYMPATHISER))
                .isGreaterThanOrEqualTo(0);
    }

    @Autowired
    vn.chibo.mentoring.internal.MentoringRuleKind rulebooks;

    @Test
    void rulesAreVersionedDataThatOfficersReviseForTheirSubtree() {
        signIn("canbo.sudoan");
        String cellPath = demo.pathOf(demo.sampleCell());
        String outsidePath = demo.pathOf(demo.cellOutsideDivision());
        assertThat(mentoring.rulesFor(cellPath).maxMenteesPerMentor()).isEqualTo(4);
        rulebooks.revise("DIU_DAT_TO_3_NGUOI", "{\"maxMenteesPerMentor\": 3, \"groupSize\": 3, \"sessionEveryDays\": 30,"
                + " \"reviewPeriodMonths\": 6}", demo.today().getYear(), null, demo.division());
        assertThat(mentoring.rulesFor(cellPath).maxMenteesPerMentor()).isEqualTo(3);
        assertThat(mentoring.rulesFor(cellPath).periodOf(LocalDate.of(2026, 8, 1))).isEqualTo("2026-H2");
        assertThat(mentoring.rulesFor(outsidePath).maxMenteesPerMentor()).isEqualTo(4);
        assertThatThrownBy(() -> rulebooks.revise("DIU_DAT_TO_3_NGUOI", "{\"maxMenteesPerMentor\": 0}", 2026, null, demo.division()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> rulebooks.revise("DIU_DAT_TO_3_NGUOI", "{}", 2026, null, null))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("mentoring.rules.error.owner");
        signIn("bithu");
        assertThatThrownBy(() -> rulebooks.revise("DIU_DAT_TO_3_NGUOI", "{}", 2026, null, demo.sampleCell()))
                .isInstanceOf(ForbiddenException.class);
    }
}
