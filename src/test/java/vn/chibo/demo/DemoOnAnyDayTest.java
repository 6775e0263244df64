package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboApplication;
import vn.chibo.support.DemoConsistency;

/**
 * The demo generated as of days where dates go wrong (a month's first and last day, the turn of the year, a leap day,
 * Sundays) keeps every invariant of {@link DemoConsistency}. Each day gets its own application (on a free port) on its own
 * in-memory database, closed afterwards.
 */
class DemoOnAnyDayTest {

    @ParameterizedTest(name = "generated on {0}")
    // 2026-12-06, the test profile's day, is checked on the fresh demo of DemoRegionTest's context (no start of its own)
    @ValueSource(strings = {"2027-03-01", "2027-04-30", "2026-12-31", "2027-01-01", "2028-02-29", "2027-03-07"})
    void theDemoIsConsistentWhateverDayItIsGenerated(LocalDate day) {
        String[] args = {
                "--chibo.clock.start=" + day + "T09:00", "--server.port=0",
                // without DB_CLOSE_DELAY: the database goes when the application closes its connections
                "--spring.datasource.url=jdbc:h2:mem:demo-" + day + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"};
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ChiboApplication.class)
                .web(WebApplicationType.SERVLET).profiles("test").logStartupInfo(false).run(args)) {
            assertThat(LocalDate.now(application.getBean(Clock.class))).isEqualTo(day);
            DemoConsistency.assertNoProblems(new DemoConsistency(application.getBean(JdbcClient.class), day).all());
        }
    }
}
