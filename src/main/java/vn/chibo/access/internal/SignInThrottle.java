package vn.chibo.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per client address, kept with atomic SQL updates (never a read-modify-write of
 * the versioned account, so parallel sign-ins cannot collide) in transactions of their own, so that nothing else
 * failing (an audit write) can roll a count back.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Throttle rules;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rules = properties.throttle();
        this.clock = clock;
    }

    /** True while the account or the address must still wait before its next attempt. */
    @Transactional(readOnly = true)
    public boolean mustWait(Long accountId, String address) {
        Instant now = clock.instant();
        if (accountId != null && after(jdbc.sql("select throttled_until from account where id = :id")
                .param("id", accountId).query(OffsetDateTime.class).optional().orElse(null), now)) {
            return true;
        }
        return address != null && after(jdbc.sql("select throttled_until from login_throttle where client_address = :a")
                .param("a", address).query(OffsetDateTime.class).optional().orElse(null), now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Long accountId, String address) {
        Instant now = clock.instant();
        if (accountId != null) {
            jdbc.sql("update account set failed_attempts = failed_attempts + 1 where id = :id").param("id", accountId).update();
            int failures = jdbc.sql("select failed_attempts from account where id = :id").param("id", accountId)
                    .query(Integer.class).single();
            var delay = rules.account().delayAfter(failures);
            if (!delay.isZero()) {
                jdbc.sql("update account set throttled_until = :until where id = :id")
                        .param("until", utc(now.plus(delay))).param("id", accountId).update();
            }
        }
        if (address != null) {
            // Addresses whose count would start again anyway are forgotten, so the table stays small.
            jdbc.sql("""
                            delete from login_throttle
                            where last_failure_at < :windowStart and (throttled_until is null or throttled_until < :now)""")
                    .param("windowStart", utc(now.minus(rules.addressWindow()))).param("now", utc(now)).update();
            jdbc.sql("insert into login_throttle (client_address, failures) values (:a, 0) on conflict do nothing")
                    .param("a", address).update();
            jdbc.sql("""
                            update login_throttle set last_failure_at = :now,
                              failures = case when last_failure_at is null or last_failure_at < :windowStart then 1
                                              else failures + 1 end
                            where client_address = :a""")
                    .param("now", utc(now)).param("windowStart", utc(now.minus(rules.addressWindow()))).param("a", address).update();
            int failures = jdbc.sql("select failures from login_throttle where client_address = :a").param("a", address)
                    .query(Integer.class).single();
            var delay = rules.address().delayAfter(failures);
            if (!delay.isZero()) {
                jdbc.sql("update login_throttle set throttled_until = :until where client_address = :a")
                        .param("until", utc(now.plus(delay))).param("a", address).update();
            }
        }
    }

    /** A successful sign-in clears the account's count (the address keeps its own, or one good account would reset it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(long accountId) {
        jdbc.sql("""
                        update account set failed_attempts = 0, throttled_until = null
                        where id = :id and (failed_attempts > 0 or throttled_until is not null)""")
                .param("id", accountId).update();
    }

    /** An administrator lets the account try again at once. */
    @Transactional
    public void clear(long accountId) {
        succeeded(accountId);
    }

    /** JDBC drivers take OffsetDateTime everywhere; PostgreSQL's does not take Instant. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean after(OffsetDateTime until, Instant now) {
        return until != null && until.toInstant().isAfter(now);
    }
}
