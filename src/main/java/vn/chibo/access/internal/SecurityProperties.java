package vn.chibo.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and first start.
 *
 * @param maxFailedLogins  failed logins in a row that lock an account
 * @param lockout          how long a locked account stays locked
 * @param adminUsername    first administrator's username (production first start)
 * @param adminPassword    first administrator's password; when empty a random one is printed once to the log
 */
@ConfigurationProperties("chibo.security")
public record SecurityProperties(Integer maxFailedLogins, Duration lockout, String adminUsername, String adminPassword) {

    public SecurityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
    }
}
