package vn.chibo.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.mentoring.internal.ActivityService;
import vn.chibo.mentoring.internal.MentoringAssignment;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.mentoring.internal.MentoringReview;
import vn.chibo.mentoring.internal.MentoringAssignments;
import vn.chibo.mentoring.internal.MentoringService;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.recognition.internal.AwardInput;
import vn.chibo.recognition.internal.AwardLevel;
import vn.chibo.recognition.internal.AwardService;
import vn.chibo.recognition.internal.AwardType;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Issue 12 §1, one source per fact: an 'awarded' outcome is a record of the award register, the sympathiser list is the
 * person's party status and his development record, 'admitted' comes from the pipeline only; the board counts awards
 * from the register.
 */
@IntegrationTest
@Transactional
class OneSourcePerFactTest {

    @Autowired
    MentoringService mentoring;
    @Autowired
    MentoringAssignments assigning;
    @Autowired
    ActivityService activity;
    @Autowired
    MentoringBoard board;
    @Autowired
    AwardService awards;
    @Autowired
    PersonDirectory people;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** An active assignment of the demo member's groups whose mentee is a mass (not yet a sympathiser). */
    MentoringAssignment assignmentOfAMass() {
        long mentor = demo.personOf("dangvien");
        long id = jdbc.sql("""
                select min(a.id) from mentoring_assignment a join person p on p.id = a.mentee_person_id
                where a.mentor_person_id = :m and a.end_date is null and p.party_status = 'MASS'""")
                .param("m", mentor).query(Long.class).single();
        return mentoring.assignment(id);
    }

    long award(long personId, LocalDate on, String number) {
        signIn("canbo");
        AwardInput input = new AwardInput();
        input.setPersonId(personId);
        input.setType(AwardType.COMMENDATION);
        input.setLevel(AwardLevel.GRASSROOTS);
        input.setDecisionNumber(number);
        input.setDecisionDate(on);
        input.setReason("Tiến bộ vượt bậc trong rèn luyện");
        long id = awards.create(input).getId();
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void anAwardedOutcomeLinksTheMenteesAwardRecordAndTheBoardCountsTheRegister() {
        signIn("bithu");
        MentoringAssignment assignment = assignmentOfAMass();
        long before = board.board(demo.sampleCell()).total().outcome(MentoringOutcome.AWARDED);
        long award = award(assignment.getMenteePersonId(), demo.today(), "501/QĐ-ĐU");
        signIn("bithu");
        // the register already counts: the award is to a mentee during his assignment
        assertThat(board.board(demo.sampleCell()).total().outcome(MentoringOutcome.AWARDED)).isEqualTo(before + 1);
        assertThat(activity.linkableAwards(List.of(assignment)).get(assignment.getId()))
                .extracting(a -> a.id()).contains(award);

        activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null, List.of(MentoringOutcome.AWARDED), award, null);

        assertThat(activity.outcomesOf(List.of(assignment.getId())))
                .filteredOn(o -> o.kind() == MentoringOutcome.AWARDED)
                .singleElement().satisfies(o -> {
                    assertThat(o.awardRecordId()).isEqualTo(award);
                    assertThat(o.occurredOn()).isEqualTo(demo.today());
                });
        // linking adds no second count: the figure is the register's
        assertThat(board.board(demo.sampleCell()).total().outcome(MentoringOutcome.AWARDED)).isEqualTo(before + 1);
        assertThat(activity.linkableAwards(List.of(assignment)).getOrDefault(assignment.getId(), List.of()))
                .extracting(a -> a.id()).doesNotContain(award);
    }

    @Test
    void anAwardedOutcomeNeedsAnAwardOfTheMenteeDecidedDuringTheAssignmentAndNotYetLinked() {
        signIn("bithu");
        MentoringAssignment assignment = assignmentOfAMass();
        long other = demo.personOf("bithu");
        long ofSomeoneElse = award(other, demo.today(), "502/QĐ-ĐU");
        long before = award(assignment.getMenteePersonId(), assignment.getStartDate().minusDays(1), "503/QĐ-ĐU");
        long good = award(assignment.getMenteePersonId(), demo.today(), "504/QĐ-ĐU");
        signIn("bithu");
        assertThatThrownBy(() -> activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.AWARDED), null, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mentoring.outcome.error.awardRequired"));
        assertThatThrownBy(() -> activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.AWARDED), ofSomeoneElse, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mentoring.outcome.error.awardNotOfMentee"));
        assertThatThrownBy(() -> activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.AWARDED), before, null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mentoring.outcome.error.awardOutsideAssignment"));
        MentoringReview review = activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.AWARDED), good, null);
        assertThatThrownBy(() -> activity.review(assignment.getId(), review.getReviewPeriod(), MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.AWARDED), good, review.getVersion()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mentoring.outcome.error.awardLinked"));
        // the façade cannot tick 'awarded' without a record either
        assertThatThrownBy(() -> activity.recordOutcome(assignment.getMenteePersonId(), MentoringOutcome.AWARDED, demo.today(), null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void mentorsAwardedAreAwardRecordsOfPeopleMentoringAtTheDecisionDate() {
        signIn("canbo.sudoan");
        long mentor = demo.personOf("dangvien");
        long notMentoring = jdbc.sql("""
                select min(p.id) from person p where p.org_path like :path and p.party_status in ('OFFICIAL', 'PROBATIONARY')
                  and not exists (select 1 from mentoring_assignment a where a.mentor_person_id = p.id or a.mentee_person_id = p.id)""")
                .param("path", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        long before = board.board(demo.division()).total().awardedMentors;
        award(mentor, demo.today(), "505/QĐ-ĐU");
        award(notMentoring, demo.today(), "505/QĐ-ĐU");
        signIn("canbo.sudoan");
        assertThat(board.board(demo.division()).total().awardedMentors).isEqualTo(before + 1);
    }

    @Test
    void theSympathiserListChangesThePartyStatusAndOpensTheCandidateOnce() {
        signIn("bithu");
        MentoringAssignment assignment = assignmentOfAMass();
        long mentee = assignment.getMenteePersonId();
        activity.review(assignment.getId(), null, MentoringReview.Rating.EXCELLENT, null, List.of(MentoringOutcome.SYMPATHISER), null);

        assertThat(people.find(mentee).orElseThrow().partyStatus()).isEqualTo(PartyStatus.SYMPATHISER);
        assertThat(jdbc.sql("select count(*) from party_status_change where person_id = :p and status = 'SYMPATHISER'")
                .param("p", mentee).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select stage, mentor_person_id from development_candidate where person_id = :p")
                .param("p", mentee).query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2)).list())
                .containsExactly("SYMPATHISER/" + assignment.getMentorPersonId());

        var review = activity.latestReviews(List.of(assignment.getId())).get(assignment.getId());
        activity.review(assignment.getId(), review.getReviewPeriod(), MentoringReview.Rating.EXCELLENT, null,
                List.of(MentoringOutcome.SYMPATHISER), review.getVersion());
        assertThat(jdbc.sql("select count(*) from development_candidate where person_id = :p").param("p", mentee)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theMentorAloneCannotPutAMassOnTheSympathiserListNorAdmitByHand() {
        signIn("dangvien");
        MentoringAssignment assignment = assignmentOfAMass();
        assertThatThrownBy(() -> activity.review(assignment.getId(), null, MentoringReview.Rating.GOOD, null,
                List.of(MentoringOutcome.SYMPATHISER), null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mentoring.outcome.error.sympathiserByCell"));
        assertThat(people.find(assignment.getMenteePersonId()).orElseThrow().partyStatus()).isEqualTo(PartyStatus.MASS);
        signIn("bithu");
        assertThatThrownBy(() -> assigning.endAssignment(assignment.getId(), demo.today(), MentoringOutcome.ADMITTED,
                assignment.getVersion())).isInstanceOf(BusinessRuleException.class);
        assertThat(mentoring.assignment(assignment.getId()).isActive()).isTrue();
    }
}
