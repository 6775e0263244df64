package vn.chibo.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;

/**
 * The records behind figures that changed since a lock: the audit trail's entries of the subtree written
 * after the lock (the trail is append-only and every module writes to it), newest first.
 */
@Component
public class ChangeRecords {

    public record Entry(Instant at, String actor, String action, String entityType, Long entityId, String summary) {
    }

    static final int LIMIT = 50;

    private final JdbcClient jdbc;

    ChangeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@value #LIMIT} entries of the subtree since the instant; the count of all of them beside. */
    public Page since(String path, Instant lockedAt) {
        Subtree subtree = Subtree.of(path);
        String where = " from audit_entry a where " + subtree.sql("a.org_path") + " and a.occurred_at > :at"
                + " and a.entity_type <> 'ReviewLock'";
        long total = jdbc.sql("select count(*)" + where).param("at", Timestamp.from(lockedAt)).query(Long.class).single();
        List<Entry> entries = jdbc.sql("select a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id, a.summary"
                        + where + " order by a.occurred_at desc, a.id desc limit " + LIMIT)
                .param("at", Timestamp.from(lockedAt))
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6)))
                .list();
        return new Page(entries, total);
    }

    public record Page(List<Entry> entries, long total) {
    }
}
