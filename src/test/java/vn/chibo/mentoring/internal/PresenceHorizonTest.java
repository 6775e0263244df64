package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Once the application has started, the presence ranges are counted up to next year (by the Clock) without anyone asking. */
@IntegrationTest
class PresenceHorizonTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    @Test
    void theRangesAreCountedUpToNextYearOnceStarted() throws InterruptedException {
        Integer kept = null;
        // waits by the wall clock: the count runs on a thread of its own, a year of ranges at a time
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            kept = jdbc.sql("select kept_to_year from mentoring_presence_horizon").query(Integer.class).optional().orElse(null);
            if (kept != null && kept == demo.today().getYear() + 1) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(kept).isEqualTo(demo.today().getYear() + 1);
        assertThat(jdbc.sql("select count(*) from mentoring_presence where counted = 'MENTOR' and people <> 0")
                .query(Long.class).single()).isPositive();
    }
}
