package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.emulation.internal.AssessmentService;
import vn.chibo.support.DemoConsistency;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The demo region is shaped like the seed articles and its emulation data agrees with the rulebook. */
@IntegrationTest
// the demo's invariants are checked on the demo as generated, before other test classes' committed writes touch it
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class DemoRegionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    AssessmentService assessments;

    /** The day of {@link DemoOnAnyDayTest} that is the test profile's: this class's context has the demo as generated. */
    @Test
    void theDemoGeneratedOnTheTestProfilesDayKeepsEveryInvariant() {
        assertThat(demo.today()).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).all());
    }

    @Test
    void everyCellHasASecretaryAndAboutOneThirdArePartyMembers() {
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).region());
        assertThat(jdbc.sql("select count(*) from organization where type = 'CELL'").query(Long.class).single()).isBetween(80L, 120L);
    }

    @Test
    void theThreeReviewYearsAreDecidedAndEveryMentoringOutcomeRestatesItsSource() {
        DemoConsistency consistency = new DemoConsistency(jdbc, demo.today());
        DemoConsistency.assertNoProblems(consistency.reviewYears());
        DemoConsistency.assertNoProblems(consistency.oneSourcePerFact());
        assertThat(jdbc.sql("select count(*) from mentoring_outcome where kind = 'AWARDED'").query(Long.class).single()).isPositive();
    }

    /** A three-year review counts the mentees rated good or better: the demo reviews them every quarter since 2024. */
    @Test
    void menteesAreReviewedEveryQuarterOfTheThreeReviewYearsAndRateBetterTheLongerTheyAreMentored() {
        List<String> quarters = jdbc.sql("select distinct review_period from mentoring_review order by review_period")
                .query(String.class).list();
        for (int year = 2024; year <= 2026; year++) {
            for (int quarter = 1; quarter <= (year == 2026 ? 3 : 4); quarter++) {
                assertThat(quarters).as("reviews of the mentees").contains(year + "-Q" + quarter);
            }
        }
        assertThat(jdbc.sql("select count(*) from mentoring_review r join mentoring_assignment a on a.id = r.assignment_id"
                + " where r.reviewed_on < a.start_date").query(Long.class).single()).as("reviews before the mentoring began").isZero();
        // the first quarter mentored rates lower than the quarters after a year of mentoring
        String goodShare = "select 100.0 * sum(case when r.rating in ('EXCELLENT', 'GOOD') then 1 else 0 end) / count(*)"
                + " from mentoring_review r join mentoring_assignment a on a.id = r.assignment_id where ";
        double first = jdbc.sql(goodShare + "r.reviewed_on < dateadd(day, 92, a.start_date)").query(Double.class).single();
        double later = jdbc.sql(goodShare + "r.reviewed_on >= dateadd(day, 366, a.start_date)").query(Double.class).single();
        assertThat(later).isGreaterThan(first);
    }

    @Test
    void theEmulationBoardsArePopulatedAndPastDecisionsAgreeWithTheRulebook() {
        // Chi bộ 4 tốt last year and this year, and (issue 12) the three models of each of the last three full years
        assertThat(jdbc.sql("select count(*) from programme where name like '%Đảng bộ Quân khu 10%'").query(Long.class).single()).isEqualTo(11L);
        assertThat(jdbc.sql("select count(*) from self_review").query(Long.class).single()).isGreaterThan(1000L);
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        List<Object[]> decided = jdbc.sql("select registration_id, decided_recognised from assessment where status = 'DECIDED'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).list();
        assertThat(decided).hasSizeGreaterThan(50);
        assertThat(decided.stream().filter(d -> (Boolean) d[1]).count()).isBetween(20L, (long) decided.size() - 5);
        for (Object[] row : decided.subList(0, 25)) {
            assertThat(assessments.computed((Long) row[0])).as("registration " + row[0]).isEqualTo(row[1]);
        }
        // the three review years' decisions of every model agree with the rulebook too
        List<Object[]> reviewYears = jdbc.sql("""
                        select min(a.registration_id), a.decided_recognised from assessment a join registration g on g.id = a.registration_id
                          where a.status = 'DECIDED' and g.programme_id >= 10 group by g.programme_id, a.decided_recognised""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).list();
        assertThat(reviewYears).hasSizeGreaterThanOrEqualTo(12);
        for (Object[] row : reviewYears) {
            assertThat(assessments.computed((Long) row[0])).as("registration " + row[0]).isEqualTo(row[1]);
        }
        SecurityContextHolder.clearContext();
    }
}
