package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.support.DemoConsistency;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The demo's 24 months of meetings: every cell meets every month, cells improve or stay flat, and the counts and scores
 * kept on the meeting rows equal what their attendance, contributions and rubric give.
 */
@IntegrationTest
class DemoMeetingsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingReports reports;
    @Autowired
    DemoFixture demo;

    @Test
    void everyCellHasAMeetingEveryMonthForTwoYears() {
        LocalDate today = demo.today();
        LocalDate from = YearMonth.from(today).minusMonths(23).atDay(1);
        long cells = jdbc.sql("select count(*) from organization where type = 'CELL' and status = 'ACTIVE'").query(Long.class).single();
        long cellMonths = jdbc.sql("select count(distinct organization_id || '/' || period) from meeting where kind = 'REGULAR' and meeting_date >= :f")
                .param("f", from).query(Long.class).single();
        assertThat(cellMonths).isGreaterThanOrEqualTo(cells * 24 - cells);
        assertThat(jdbc.sql("select count(*) from meeting where status in ('HELD', 'CLOSED') and score is null and kind <> 'COMMITTEE'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from meeting_contribution").query(Long.class).single()).isGreaterThan(cells * 24);
        assertThat(jdbc.sql("select count(*) from meeting_supervision").query(Long.class).single()).isGreaterThan(cells / 5);
        // some cells stay flat, the demo secretary's cell improves
        long flatCells = jdbc.sql("select count(*) from (select organization_id from meeting where flat = true group by organization_id"
                + " having count(*) >= 12) f").query(Long.class).single();
        assertThat(flatCells).isGreaterThan(cells / 10);
        List<BigDecimal> sample = jdbc.sql("select score from meeting where organization_id = :c and kind = 'REGULAR' and score is not null"
                        + " order by meeting_date").param("c", demo.sampleCell()).query(BigDecimal.class).list();
        BigDecimal early = sample.subList(0, 6).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal late = sample.subList(sample.size() - 6, sample.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(late).isGreaterThan(early.add(BigDecimal.valueOf(60)));
    }

    @Test
    void theCountsKeptOnMeetingRowsEqualTheRawRows() {
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).meetings());
    }

    @Test
    void storedScoresAreWhatTheRubricGives() {
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        List<Long> sample = jdbc.sql("select id from meeting where score is not null and mod(id, 37) = 0 order by id")
                .query(Long.class).list();
        assertThat(sample).hasSizeGreaterThan(20);
        for (long id : sample) {
            Meeting meeting = meetings.get(id);
            var score = meetings.score(meeting);
            assertThat(score.result().total()).as("meeting " + id).isEqualByComparingTo(meeting.score());
            assertThat(score.result().grade()).as("meeting " + id).isEqualTo(meeting.grade());
            assertThat(score.result().flat()).as("meeting " + id).isEqualTo(meeting.flat());
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void someMembersAreFlaggedForMissingMeetingsWithoutReason() {
        LocalDate today = demo.today();
        var alerts = reports.absenceAlerts("/", today.getYear());
        if (today.getMonthValue() >= 11) {
            assertThat(alerts).anyMatch(MeetingReports.AbsenceAlert::strikeOff);
        }
        if (today.getMonthValue() >= 9) {
            assertThat(alerts).anyMatch(a -> !a.strikeOff());
        }
    }
}
