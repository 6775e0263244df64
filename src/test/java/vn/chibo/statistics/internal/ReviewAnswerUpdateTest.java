package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.RandomWrites;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A stale kept answer is brought up to date by counting anew only the figure sources that read a table changed since
 * (a meeting's counts: the meeting figures; an award: awards and the mentors awarded; a mentoring assignment: the
 * mentoring figures, and the mentees admitted or the mentors awarded when it touches one), the other sources' figures
 * taken from it; every key of the total, of every row
 * and of every year still equals the reference path's, after single writes, random ones and a moved subtree.
 */
@IntegrationTest
@Transactional
class ReviewAnswerUpdateTest {

    @Autowired
    ReviewAnswers answers;
    @Autowired
    ReviewRefresher refresher;
    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    OrganizationService organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<FigureSource> sources;
    @Autowired
    jakarta.persistence.EntityManager entities;

    ReviewPeriod period;

    @BeforeEach
    void signIn() {
        UserDetails user = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        int year = demo.today().getYear();
        period = ReviewPeriod.ofYears(year - 2, year);
    }

    /** Brings the kept answer up to date as a stale read does, checks it against the reference and keeps it. */
    List<String> update(OrganizationRef root) {
        ReviewAnswers.Found found = answers.find(root.id(), root.path(), period);
        ReviewAssembler.Pass pass = refresher.upToDate(root, period, found);
        Review reference = reviews.reference(root.id(), period);
        ReviewAnswersTest.same("total", pass.review().figures(), reference.figures());
        assertThat(pass.review().rows()).hasSameSizeAs(reference.rows());
        for (int i = 0; i < reference.rows().size(); i++) {
            assertThat(pass.review().rows().get(i).organization()).isEqualTo(reference.rows().get(i).organization());
            ReviewAnswersTest.same("row " + reference.rows().get(i).organization().name(),
                    pass.review().rows().get(i).figures(), reference.rows().get(i).figures());
        }
        assertThat(pass.review().years().keySet()).isEqualTo(reference.years().keySet());
        reference.years().forEach((year, figures) -> ReviewAnswersTest.same("year " + year, pass.review().years().get(year),
                figures));
        assertThat(pass.review().figures().keySet()).as("keys in the order a full pass gives them")
                .containsExactlyElementsOf(reference.figures().keySet());
        answers.keep(root.id(), period, found.stamp(), demo.now(), pass);
        return pass.counted();
    }

    OrganizationRef keptRegion() {
        OrganizationRef region = directory.find(demo.scopeOf("canbo")).orElseThrow();
        refresher.refresh(region, period);
        return region;
    }

    @Test
    void aChangedTableCountsAnewOnlyTheSourcesThatReadItAndTheAnswerEqualsTheReference() {
        OrganizationRef region = keptRegion();
        String under = region.path() + "%";
        assertThat(update(region)).as("nothing changed: nothing counted anew").isEmpty();

        jdbc.sql("update meeting set contribution_count = contribution_count + 3 where id = (select min(id) from meeting"
                + " where status in ('HELD', 'CLOSED') and org_path like :p and meeting_date >= :from)")
                .param("p", under).param("from", period.from()).update();
        assertThat(update(region)).containsExactly("MeetingFigures");

        long mentor = jdbc.sql("select min(mentor_person_id) from mentoring_assignment where org_path like :p")
                .param("p", under).query(Long.class).single();
        jdbc.sql("""
                insert into award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key,
                    sort_key, award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at,
                    updated_at)
                select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, 'COMMENDATION',
                    'GRASSROOTS', 'UPD-1/QĐ', :day, 'Dìu dắt quần chúng', 'test', :at, :at
                from person p where p.id = :id""")
                .param("day", demo.today().minusDays(3)).param("at", java.sql.Timestamp.from(demo.now())).param("id", mentor).update();
        assertThat(update(region)).containsExactlyInAnyOrder("RecognitionFigures", "MentorsAwardedFigures");

        jdbc.sql("update classification_entry set decided_grade = 'EXCELLENT' where id = (select min(id)"
                + " from classification_entry where org_path like :p and decided_grade = 'GOOD')").param("p", under).update();
        assertThat(update(region)).containsExactly("ClassificationFigures");

        new RandomWrites(jdbc, new Random(3L), period).run(12);
        assertThat(update(region)).as("awards, discipline, admissions, assignments, decisions")
                .contains("RecognitionFigures", "MentoringFigures", "DevelopmentFigures", "MenteesAdmittedFigures")
                .doesNotContain("MeetingFigures", "InspectionFigures", "MentoringSessionFigures");

        String admitted = "exists (select 1 from development_candidate c where c.person_id = a.mentee_person_id"
                + " and c.decision_on >= a.start_date)";
        String awarded = "exists (select 1 from award_record w where w.person_id = a.mentor_person_id"
                + " and w.decision_date >= a.start_date and (a.end_date is null or w.decision_date <= a.end_date))";
        String goals = "update mentoring_assignment set goals = 'Giúp đỡ học tập nghị quyết' where id = (select min(a.id)"
                + " from mentoring_assignment a where a.org_path like :p and ";
        jdbc.sql(goals + "not " + admitted + " and not " + awarded + ")").param("p", under).update();
        assertThat(update(region)).as("an assignment whose mentor has no award while it ran and whose mentee was not"
                + " admitted: the mentoring figures only, not the reviews (they carry their mentee), the sessions, the"
                + " pipeline's stages, the admissions nor the awards").containsExactly("MentoringFigures");
        jdbc.sql(goals + admitted + " and not " + awarded + ")").param("p", under).update();
        assertThat(update(region)).as("an admitted mentee's assignment: the mentees admitted too")
                .containsExactlyInAnyOrder("MentoringFigures", "MenteesAdmittedFigures");
        jdbc.sql(goals + awarded + ")").param("p", under).update();
        assertThat(update(region)).as("an awarded mentor's assignment: the mentors awarded too")
                .contains("MentoringFigures", "MentorsAwardedFigures");

        jdbc.sql("update mentoring_review set rating = case rating when 'GOOD' then 'FAIR' else 'GOOD' end where id ="
                + " (select min(id) from mentoring_review where org_path like :p)").param("p", under).update();
        assertThat(update(region)).containsExactly("MentoringReviewFigures");
    }

    @Test
    void afterRandomWritesAndMovedSubtreesTheUpdatedAnswersStillEqualTheReference() {
        OrganizationRef region = keptRegion();
        OrganizationRef division = directory.find(demo.division()).orElseThrow();
        refresher.refresh(division, period);
        Random random = new Random(29L);
        for (int round = 0; round < 4; round++) {
            new RandomWrites(jdbc, random, period).run(8);
            update(region);
            update(division);
        }

        long battalion = demo.sampleBattalion();
        long target = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d")
                .param("d", division.path() + "%").query(Long.class).single();
        String journalUnder = "select count(*) from figure_change where org_path like '" + division.path() + "%'";
        long journaled = jdbc.sql(journalUnder).query(Long.class).single();
        organizations.move(battalion, target, demo.today(), demo.version("organization", battalion));
        assertThat(jdbc.sql(journalUnder).query(Long.class).single())
                .as("the journal keeps where each change was made: a move adds changes under the subtree, takes none away")
                .isGreaterThan(journaled);
        assertThat(update(directory.find(division.id()).orElseThrow()))
                .as("a moved subtree: every table's copied paths changed, every source is counted").hasSameSizeAs(sources);
        update(directory.find(region.id()).orElseThrow());
    }

    /**
     * Mentors awarded and mentees admitted read the awards and admissions under the scope and the assignments anywhere:
     * an assignment made in another branch for a person awarded or admitted here changes this subtree's figures, so its
     * change is journaled where the award and the admission are too.
     */
    @Test
    void anAssignmentInAnotherBranchMakesStaleTheSubtreeWhereItsMentorWasAwardedOrItsMenteeAdmitted() {
        OrganizationRef division = directory.find(demo.division()).orElseThrow();
        String inside = division.path() + "%";
        refresher.refresh(division, period);
        Number before = answers.fresh(division.id(), division.path(), period).orElseThrow().review().figures()
                .get("mentoring.mentorsAwarded");
        var award = jdbc.sql("select w.person_id, w.decision_date from award_record w where w.org_path like :d"
                        + " and w.person_id is not null and w.decision_date between :from and :to and not exists (select 1 from"
                        + " mentoring_assignment a where a.mentor_person_id = w.person_id) order by w.id limit 1")
                .param("d", inside).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()}).single();
        var admitted = jdbc.sql("select c.person_id, c.decision_on from development_candidate c where c.org_path like :d"
                        + " and c.decision_on between :from and :to and not exists (select 1 from mentoring_assignment a"
                        + " where a.mentee_person_id = c.person_id) order by c.id limit 1")
                .param("d", inside).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()}).single();
        long elsewhere = jdbc.sql("select min(id) from mentoring_assignment where org_path not like :d").param("d", inside)
                .query(Long.class).single();
        String copy = "insert into mentoring_assignment (group_id, mentor_person_id, mentee_person_id, organization_id,"
                + " org_path, start_date, end_date, end_reason, version, created_at) select group_id, :mentor, :mentee,"
                + " organization_id, org_path, :start, :end, 'TRANSFERRED', 0, created_at from mentoring_assignment where id = :id";
        java.time.LocalDate awarded = (java.time.LocalDate) award[1];
        jdbc.sql(copy).param("mentor", award[0]).param("mentee", jdbc.sql("select mentee_person_id from mentoring_assignment"
                        + " where id = :id").param("id", elsewhere).query(Long.class).single())
                .param("start", awarded.minusDays(10)).param("end", awarded.plusDays(10)).param("id", elsewhere).update();
        java.time.LocalDate decided = (java.time.LocalDate) admitted[1];
        jdbc.sql(copy).param("mentor", jdbc.sql("select mentor_person_id from mentoring_assignment where id = :id")
                        .param("id", elsewhere).query(Long.class).single()).param("mentee", admitted[0])
                .param("start", decided.minusDays(60)).param("end", decided).param("id", elsewhere).update();

        assertThat(update(division)).as("the awards' and admissions' subtree was journaled")
                .contains("MentorsAwardedFigures", "MenteesAdmittedFigures");
        assertThat(reviews.reference(division.id(), period).figures().get("mentoring.mentorsAwarded").longValue())
                .as("the mentor awarded here now counts").isEqualTo(before.longValue() + 1);
    }

    @Test
    void aRenamedSubOrganizationCountsNothingAnewAndANewOneCountsEverySource() {
        OrganizationRef division = directory.find(demo.division()).orElseThrow();
        refresher.refresh(division, period);
        long child = jdbc.sql("select min(id) from organization where parent_id = :id").param("id", division.id())
                .query(Long.class).single();
        OrganizationForm renamed = OrganizationForm.of(organizations.get(child));
        renamed.setName("Đảng bộ Trung đoàn đổi tên");
        organizations.update(child, renamed);
        entities.flush(); // as a commit would: the journal is written by the database
        assertThat(update(division)).as("a name is no figure's (V68): nothing is journaled").isEmpty();

        OrganizationForm form = new OrganizationForm();
        form.setName("Chi bộ mới thành lập");
        form.setType(OrganizationType.CELL);
        form.setCategory(OrganizationCategory.STANDING_FORCE);
        form.setParentId(division.id());
        form.setValidFrom(demo.today());
        organizations.create(form);
        entities.flush();
        assertThat(update(division)).as("a new sub-organization: the kept rows are not today's, every source is counted")
                .hasSameSizeAs(sources);
    }

    @Test
    void onANewDayOnlyTheSourcesThatDependOnTheDayAreCountedAnew() {
        OrganizationRef region = keptRegion();
        jdbc.sql("update review_answer set computed_on = :yesterday where organization_id = :id")
                .param("yesterday", demo.today().minusDays(1)).param("id", region.id()).update();
        assertThat(answers.fresh(region.id(), region.path(), period)).as("yesterday's answer is not served as it is").isEmpty();
        assertThat(update(region)).as("deadlines overdue today").containsExactly("DevelopmentFigures");
        assertThat(answers.fresh(region.id(), region.path(), period)).as("today's, once brought up to date").isPresent();
    }
}
