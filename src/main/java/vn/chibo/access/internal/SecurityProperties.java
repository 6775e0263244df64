package vn.chibo.access.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.chibo.shared.security.Role;

/**
 * Sign-in protection, password rules and first start.
 *
 * @param throttle       growing waits after failed sign-ins, per account and per client address
 * @param password       password rules
 * @param adminUsername  first administrator's username (production first start)
 * @param adminPassword  first administrator's password; when empty a random one is printed once to the log
 */
@ConfigurationProperties("chibo.security")
public record SecurityProperties(Throttle throttle, Password password, String adminUsername, String adminPassword) {

    public SecurityProperties {
        throttle = throttle == null ? new Throttle(null, null, null) : throttle;
        password = password == null ? new Password(null, null, null) : password;
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
    }

    /**
     * @param account        failures in a row of one account
     * @param address        failures from one client address within {@code addressWindow}
     * @param addressWindow  an address's count starts again after this long without failures
     */
    public record Throttle(Step account, Step address, Duration addressWindow) {

        public Throttle {
            account = account == null ? new Step(5, null, null) : account.withFreeFailures(5);
            address = address == null ? new Step(20, null, null) : address.withFreeFailures(20);
            addressWindow = addressWindow == null ? Duration.ofHours(1) : addressWindow;
        }
    }

    /**
     * After {@code freeFailures} failures, the n-th further one makes the next attempt wait
     * {@code baseDelay × 2^n}, at most {@code maxDelay}.
     */
    public record Step(Integer freeFailures, Duration baseDelay, Duration maxDelay) {

        public Step {
            baseDelay = baseDelay == null ? Duration.ofSeconds(1) : baseDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        }

        Step withFreeFailures(int fallback) {
            return freeFailures != null ? this : new Step(fallback, baseDelay, maxDelay);
        }

        /** The wait after this many failures; zero while they are free. */
        public Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = failures - freeFailures;
            if (doublings >= 40) {
                return maxDelay;
            }
            Duration delay = baseDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /**
     * @param minLength        minimum length in characters for every role not listed in {@code minLengthByRole}
     * @param minLengthByRole  minimum length for particular roles (administrators and officers: 12)
     * @param history          how many earlier passwords (besides the current one) may not be used again
     */
    public record Password(Integer minLength, Map<Role, Integer> minLengthByRole, Integer history) {

        public Password {
            minLength = minLength == null ? 8 : minLength;
            if (minLengthByRole == null || minLengthByRole.isEmpty()) {
                minLengthByRole = new EnumMap<>(Map.of(Role.ADMIN, 12, Role.OFFICER, 12));
            }
            history = history == null ? 5 : history;
        }

        public int minLengthFor(Role role) {
            return role == null ? minLength : minLengthByRole.getOrDefault(role, minLength);
        }
    }
}
