package vn.chibo.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

/**
 * API access tokens (khóa truy cập API, Flyway V50): an account issues long random secrets for tools that call the API,
 * sees them once, and revokes them. A request that brings one acts as the account, with its role and scope as they are
 * at that moment; only the secret's SHA-256 is kept, so checking one costs a lookup, not a password hash (HTTP Basic
 * hashes the password on every request: about 70 ms here).
 */
@Service
public class ApiTokens {

    /** What the account sees of a token (never the secret). */
    public record Token(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt, String revokedBy) {

        public boolean usable(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token just issued, with its secret: shown once, then only its hash remains. */
    public record Issued(Token token, String secret) {
    }

    static final String PREFIX = "chibo_";
    /** How many days a token may be valid, and how many usable tokens an account may hold. */
    static final int MAX_DAYS = 365;
    static final int MAX_USABLE = 10;
    /** The last use is written at most this often per token, so that a busy tool does not write on every request. */
    private static final Duration USE_STAMP = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(String name, int validDays) {
        ChiboUser user = CurrentUser.get();
        String label = VietnameseText.clean(name);
        if (label == null || label.isBlank()) {
            throw new BusinessRuleException("name", "apiToken.error.nameRequired");
        }
        if (label.length() > 100) {
            throw new BusinessRuleException("name", "apiToken.error.nameTooLong");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new BusinessRuleException("validDays", "apiToken.error.validDays", MAX_DAYS);
        }
        jdbc.sql("select id from account where id = :id for update").param("id", user.accountId()).query(Long.class).single();
        Instant now = clock.instant();
        if (mine(user).stream().filter(t -> t.usable(now)).count() >= MAX_USABLE) {
            throw new BusinessRuleException("name", "apiToken.error.tooMany", MAX_USABLE);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = now.plus(Duration.ofDays(validDays));
        jdbc.sql("insert into api_token (account_id, name, token_hash, token_prefix, created_at, expires_at)"
                        + " values (:account, :name, :hash, :prefix, :at, :expires)")
                .param("account", user.accountId()).param("name", label).param("hash", hash(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + 4)).param("at", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        long id = jdbc.sql("select id from api_token where token_hash = :hash").param("hash", hash(secret))
                .query(Long.class).single();
        events.publishEvent(AuditRecord.of("CREATE", "ApiToken", id, user.scopePath(),
                "Tạo khóa truy cập API “" + label + "” của tài khoản " + user.getUsername(),
                Map.of("name", new Object[] {null, label}, "expiresAt", new Object[] {null, expires.toString()})));
        return new Issued(find(id).orElseThrow(), secret);
    }

    /** The signed-in account's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<Token> mine() {
        return mine(CurrentUser.get());
    }

    /** Revokes one of the signed-in account's own tokens (another account's is a 404). Revoking twice changes nothing. */
    @Transactional
    public void revoke(long id) {
        ChiboUser user = CurrentUser.get();
        Long owner = jdbc.sql("select account_id from api_token where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
        if (owner == null || owner != user.accountId()) {
            throw new NotFoundException("ApiToken", id);
        }
        int revoked = jdbc.sql("update api_token set revoked_at = :at, revoked_by = :by, version = version + 1"
                        + " where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("by", user.getUsername()).param("id", id).update();
        if (revoked > 0) {
            String name = find(id).map(Token::name).orElse("");
            events.publishEvent(AuditRecord.of("REVOKE", "ApiToken", id, user.scopePath(),
                    "Thu hồi khóa truy cập API “" + name + "” của tài khoản " + user.getUsername(),
                    Map.of("revokedAt", new Object[] {null, clock.instant().toString()})));
        }
    }

    /**
     * The account a secret stands for, if the token is known, unexpired, not revoked and its account enabled. Called
     * for every API request that brings {@code Authorization: Bearer}.
     */
    public Optional<UserDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var found = jdbc.sql("select t.id, a.username, t.expires_at, t.revoked_at, t.last_used_at from api_token t"
                        + " join account a on a.id = t.account_id where t.token_hash = :hash")
                .param("hash", hash(secret))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4), rs.getTimestamp(5)})
                .optional();
        if (found.isEmpty() || found.get()[3] != null || !((Instant) found.get()[2]).isAfter(now)) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = accounts.loadUserByUsername((String) found.get()[1]);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            return Optional.empty();
        }
        Timestamp lastUsed = (Timestamp) found.get()[4];
        if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(USE_STAMP))) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :since)")
                    .param("now", Timestamp.from(now)).param("id", found.get()[0])
                    .param("since", Timestamp.from(now.minus(USE_STAMP))).update();
        }
        return Optional.of(user);
    }

    private List<Token> mine(ChiboUser user) {
        return jdbc.sql(SELECT + " where account_id = :account order by id desc").param("account", user.accountId())
                .query((rs, n) -> token(rs)).list();
    }

    private Optional<Token> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> token(rs)).optional();
    }

    private static final String SELECT = "select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at,"
            + " revoked_by from api_token";

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
