package vn.chibo.access.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hashes of an account's earlier passwords, newest first, kept to the number the policy looks back. */
@Component
class PasswordHistory {

    private final JdbcClient jdbc;
    private final int kept;

    PasswordHistory(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.kept = properties.password().history();
    }

    List<String> earlierHashes(long accountId) {
        return jdbc.sql("select password_hash from password_history where account_id = :id order by id desc")
                .param("id", accountId).query(String.class).list().stream().limit(kept).toList();
    }

    /** Keeps the replaced hash and forgets those beyond the policy's reach. Runs in the caller's transaction. */
    void replaced(long accountId, String oldHash, Instant when) {
        jdbc.sql("insert into password_history (account_id, password_hash, replaced_at) values (:id, :hash, :at)")
                .param("id", accountId).param("hash", oldHash).param("at", SignInThrottle.utc(when)).update();
        List<Long> beyond = jdbc.sql("select id from password_history where account_id = :id order by id desc")
                .param("id", accountId).query(Long.class).list().stream().skip(kept).toList();
        if (!beyond.isEmpty()) {
            jdbc.sql("delete from password_history where id in (:ids)").param("ids", beyond).update();
        }
    }
}
