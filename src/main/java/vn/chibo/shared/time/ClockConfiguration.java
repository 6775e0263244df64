package vn.chibo.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Code asks it for today ({@code LocalDate.now(clock)}) and never the system clock directly.
 * {@code chibo.clock.start} (a local date-time in Vietnam, e.g. {@code 2026-12-06T09:00}) starts the clock at that moment and lets
 * it tick from there: tests fix the date this way, and a demo can be shown as of another day.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Party work is dated in Vietnam, whatever the server's zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock(@Value("${chibo.clock.start:}") String start) {
        Clock system = Clock.system(VIETNAM);
        if (start == null || start.isBlank()) {
            return system;
        }
        Instant from = LocalDateTime.parse(start.strip()).atZone(VIETNAM).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), from));
    }
}
