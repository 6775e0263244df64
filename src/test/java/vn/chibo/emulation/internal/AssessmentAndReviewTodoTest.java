package vn.chibo.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * The emulation to-do items: year-end recognitions waiting on the officer who decides (or the secretary who proposes for
 * his members), the subject's own year-end self-assessment, the cell's self-review of the current period, and the
 * officer's subordinates late on the period just ended.
 */
@IntegrationTest
@Transactional
class AssessmentAndReviewTodoTest {

    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssessmentDecisionTodo decisions;
    @Autowired
    SelfAssessmentTodo selfAssessments;
    @Autowired
    CellSelfReviewTodo cellReviews;
    @Autowired
    LateSelfReviewsTodo lateReviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RegistrationRepository registrations;

    List<TodoItem> items(TodoSource source, String username, LocalDate on) {
        return source.itemsFor(demo.signIn(username), on);
    }

    long cellProgramme() {
        return jdbc.sql("select p.id from programme p join rulebook r on r.id = p.rulebook_id where r.code = 'CHI_BO_4_TOT'"
                + " and p.programme_year = :y order by p.id").param("y", demo.today().getYear()).query(Long.class).list().get(0);
    }

    /** A cell of the division registered for this year's "Chi bộ 4 tốt". */
    long divisionCellRegistration() {
        return jdbc.sql("select s.id from registration s where s.programme_id = :p and s.person_id is null and s.org_path like :d"
                        + " order by s.id").param("p", cellProgramme()).param("d", demo.pathOf(demo.division()) + "%")
                .query(Long.class).list().get(0);
    }

    void assess(long registration, String status, String returnedReason) {
        long rulebook = jdbc.sql("select p.rulebook_id from programme p join registration s on s.programme_id = p.id where s.id = :s")
                .param("s", registration).query(Long.class).single();
        jdbc.sql("delete from assessment where registration_id = :s").param("s", registration).update();
        jdbc.sql("insert into assessment (registration_id, rulebook_id, status, returned_reason, updated_at) values (:s, :r, :st, :why, :at)")
                .param("s", registration).param("r", rulebook).param("st", status).param("why", returnedReason)
                .param("at", java.sql.Timestamp.from(demo.now())).update();
    }

    String programmeName(long registration) {
        return jdbc.sql("select p.name from programme p join registration s on s.programme_id = p.id where s.id = :s")
                .param("s", registration).query(String.class).single();
    }

    @Test
    void aCellsSelfAssessmentWaitsOnTheOfficerWhoDecidesFirstForTheProposalThenForTheDecision() {
        long registration = divisionCellRegistration();
        demo.signIn("canbo.sudoan");
        OrganizationRef decider = assessments.decidingOrganization(registrations.findById(registration).orElseThrow());
        assess(registration, "SELF_ASSESSED", null);

        assertThat(items(decisions, "canbo.sudoan", demo.today())).anySatisfy(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.assessment.propose");
            assertThat(item.args().subList(0, 2)).containsExactly(programmeName(registration), decider.name());
            assertThat(item.due()).isEqualTo(LocalDate.of(demo.today().getYear(), 12, 31));
        });
        assertThat(items(decisions, "bithu", demo.today())).isEmpty();

        assess(registration, "PROPOSED", null);
        assertThat(items(decisions, "canbo.sudoan", demo.today())).anySatisfy(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.assessment.decide");
            assertThat(item.args().subList(0, 2)).containsExactly(programmeName(registration), decider.name());
        }).noneMatch(item -> item.messageKey().endsWith("propose") && item.args().get(1).equals(decider.name()));

        assess(registration, "DECIDED", null);
        assertThat(items(decisions, "canbo.sudoan", demo.today())).noneMatch(item -> item.args().get(1).equals(decider.name()));
    }

    @Test
    void aLoneWaitingRecognitionLinksToItsRegistrationAndSeveralToTheBoardAtTheDecidingOrganization() {
        long registration = divisionCellRegistration();
        demo.signIn("canbo.sudoan");
        OrganizationRef decider = assessments.decidingOrganization(registrations.findById(registration).orElseThrow());
        assess(registration, "PROPOSED", null);
        assertThat(items(decisions, "canbo.sudoan", demo.today()))
                .filteredOn(item -> item.args().get(1).equals(decider.name()) && item.messageKey().endsWith("decide"))
                .singleElement().satisfies(item -> {
                    assertThat(item.args().get(2)).isEqualTo("1");
                    assertThat(item.link()).isEqualTo("/registrations/" + registration + "#assessment");
                });

        long other = jdbc.sql("select s.id from registration s where s.programme_id = :p and s.person_id is null and s.id <> :s"
                        + " and s.org_path like :d order by s.id").param("p", cellProgramme()).param("s", registration)
                .param("d", decider.path() + "%").query(Long.class).list().get(0);
        assess(other, "PROPOSED", null);
        assertThat(items(decisions, "canbo.sudoan", demo.today()))
                .filteredOn(item -> item.args().get(1).equals(decider.name()) && item.messageKey().endsWith("decide"))
                .singleElement().satisfies(item -> {
                    assertThat(item.args().get(2)).isEqualTo("2");
                    assertThat(item.link()).isEqualTo("/programmes/" + cellProgramme() + "?within=" + decider.id());
                });
    }

    @Test
    void aMembersSelfAssessmentWaitsForHisSecretarysProposalNotForTheOfficerNorHimself() {
        long registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("dangvien"));
        assess(registration, "SELF_ASSESSED", null);
        assertThat(items(decisions, "bithu", demo.today())).anySatisfy(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.assessment.propose");
            assertThat(item.args().get(0)).isEqualTo(programmeName(registration));
        });
        assertThat(items(decisions, "dangvien", demo.today())).isEmpty();
        assertThat(items(decisions, "canbo.sudoan", demo.today())).noneMatch(item -> item.args().get(0).equals(programmeName(registration))
                && item.messageKey().endsWith("propose"));
    }

    @Test
    void theMemberIsAskedForHisYearEndSelfAssessmentFromDecemberAndAgainWhenItIsReturned() {
        long registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("dangvien"));
        int year = demo.today().getYear();
        jdbc.sql("delete from assessment where registration_id = :s").param("s", registration).update();
        assertThat(items(selfAssessments, "dangvien", LocalDate.of(year, 12, 6))).anySatisfy(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.selfAssess");
            assertThat(item.link()).isEqualTo("/registrations/" + registration + "#assessment");
        });
        assertThat(items(selfAssessments, "dangvien", LocalDate.of(year, 11, 6)))
                .noneMatch(item -> item.link().startsWith("/registrations/" + registration));

        assess(registration, "SELF_ASSESSED", null);
        assertThat(items(selfAssessments, "dangvien", LocalDate.of(year, 12, 6)))
                .noneMatch(item -> item.link().startsWith("/registrations/" + registration));

        assess(registration, "DRAFT", "Bổ sung minh chứng tiêu chí 2");
        assertThat(items(selfAssessments, "dangvien", LocalDate.of(year, 11, 6))).anySatisfy(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.selfAssessReturned");
            assertThat(item.link()).isEqualTo("/registrations/" + registration + "#assessment");
        });
    }

    @Test
    void aRegisteredCellIsAskedForThisPeriodsSelfReviewUntilItHasOne() {
        long cell = demo.scopeOf("bithu");
        jdbc.sql("delete from registration where programme_id = :p and organization_id = :o and person_id is null")
                .param("p", cellProgramme()).param("o", cell).update();
        jdbc.sql("insert into registration (programme_id, organization_id, org_path, registered_on, meeting_reference, created_by, created_at)"
                        + " values (:p, :o, :path, :d, 'Nghị quyết chi bộ tháng 1', 'bithu', :at)")
                .param("p", cellProgramme()).param("o", cell).param("path", demo.pathOf(cell))
                .param("d", LocalDate.of(demo.today().getYear(), 1, 10)).param("at", java.sql.Timestamp.from(demo.now())).update();
        long registration = jdbc.sql("select id from registration where programme_id = :p and organization_id = :o and person_id is null")
                .param("p", cellProgramme()).param("o", cell).query(Long.class).single();
        String period = String.format("%d-%02d", demo.today().getYear(), demo.today().getMonthValue());

        assertThat(items(cellReviews, "bithu", demo.today())).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("todo.evaluation.cellSelfReview.month");
            assertThat(item.args().get(1)).isEqualTo(period.substring(5) + "/" + period.substring(0, 4));
            assertThat(item.link()).isEqualTo("/registrations/" + registration + "?period=" + period + "#review");
        });
        assertThat(items(cellReviews, "dangvien", demo.today())).isEmpty();

        jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at)"
                        + " values (:r, :p, 'C1.1', true, 'bithu', :at)")
                .param("r", registration).param("p", period).param("at", java.sql.Timestamp.from(demo.now())).update();
        assertThat(items(cellReviews, "bithu", demo.today())).isEmpty();
    }

    @Test
    void theOfficerCountsHisSubtreesRegistrationsWithoutAReviewForThePeriodJustEnded() {
        String division = demo.pathOf(demo.division());
        LocalDate today = demo.today();
        String ended = String.format("%d-%02d", today.minusMonths(1).getYear(), today.minusMonths(1).getMonthValue());
        List<Long> two = jdbc.sql("select s.id from registration s where s.programme_id = :p and s.person_id is null"
                        + " and s.org_path like :d and s.registered_on < :first order by s.id")
                .param("p", cellProgramme()).param("d", division + "%").param("first", today.withDayOfMonth(1)).query(Long.class).list()
                .subList(0, 2);
        two.forEach(id -> jdbc.sql("delete from self_review where registration_id = :r and review_period = :p")
                .param("r", id).param("p", ended).update());
        long late = jdbc.sql("select count(*) from registration s where s.programme_id = :p and s.org_path like :d"
                        + " and s.registered_on < :first and not exists (select 1 from self_review r where r.registration_id = s.id"
                        + " and r.review_period = :e)")
                .param("p", cellProgramme()).param("d", division + "%").param("first", today.withDayOfMonth(1)).param("e", ended)
                .query(Long.class).single();
        assertThat(late).isGreaterThanOrEqualTo(2);

        assertThat(items(lateReviews, "canbo.sudoan", today))
                .filteredOn(item -> item.link().startsWith("/programmes/" + cellProgramme() + "?"))
                .singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("todo.evaluation.lateSelfReviews.month");
                    assertThat(item.args().get(0)).isEqualTo(String.valueOf(late));
                    assertThat(item.args().get(1)).isEqualTo(ended.substring(5) + "/" + ended.substring(0, 4));
                    assertThat(item.link()).isEqualTo("/programmes/" + cellProgramme() + "?within=" + demo.division());
                    assertThat(item.due()).isEqualTo(today.withDayOfMonth(1).minusDays(1));
                });
        assertThat(items(lateReviews, "bithu", today)).isEmpty();

        // registered after the period ended: not late for it
        two.forEach(id -> jdbc.sql("update registration set registered_on = :d where id = :r").param("d", today.withDayOfMonth(1))
                .param("r", id).update());
        assertThat(items(lateReviews, "canbo.sudoan", today))
                .filteredOn(item -> item.link().startsWith("/programmes/" + cellProgramme() + "?"))
                .allSatisfy(item -> assertThat(item.args().get(0)).isEqualTo(String.valueOf(late - 2)));
    }
}
