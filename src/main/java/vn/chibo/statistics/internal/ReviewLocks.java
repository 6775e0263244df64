package vn.chibo.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;

/** The {@code review_lock} rows: the active lock of an (organization, period), new locks, unlocking. */
@Component
class ReviewLocks {

    /** An active or past lock with its snapshot. */
    record StoredLock(long id, long organizationId, String orgPath, LocalDate from, LocalDate to, String snapshot,
                      Instant lockedAt, String lockedBy, String lockedByName, long version) {

        Review.Lock lock() {
            return new Review.Lock(id, lockedAt, lockedByName);
        }
    }

    private static final String COLUMNS = "id, organization_id, org_path, period_from, period_to, snapshot, locked_at, locked_by,"
            + " locked_by_name, version";

    private final JdbcClient jdbc;

    ReviewLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredLock> active(long organizationId, ReviewPeriod period) {
        return jdbc.sql("select " + COLUMNS + " from review_lock where organization_id = :o and period_from = :f"
                        + " and period_to = :t and unlocked_at is null")
                .param("o", organizationId).param("f", period.from()).param("t", period.to())
                .query(ReviewLocks::row).optional();
    }

    Optional<StoredLock> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from review_lock where id = :id and unlocked_at is null").param("id", id)
                .query(ReviewLocks::row).optional();
    }

    long insert(long organizationId, String orgPath, ReviewPeriod period, String snapshot, Instant at, String by,
                String byName) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into review_lock (organization_id, org_path, period_from, period_to, snapshot, locked_at, locked_by,"
                        + " locked_by_name, version) values (:o, :p, :f, :t, :s, :at, :by, :name, 0)")
                .param("o", organizationId).param("p", orgPath).param("f", period.from()).param("t", period.to())
                .param("s", snapshot).param("at", Timestamp.from(at)).param("by", by).param("name", byName)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** False when someone else unlocked (or changed) it first. */
    boolean unlock(long id, long version, Instant at, String by, String reason) {
        return jdbc.sql("update review_lock set unlocked_at = :at, unlocked_by = :by, unlock_reason = :reason,"
                        + " version = version + 1 where id = :id and version = :v and unlocked_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("id", id).param("v", version)
                .update() == 1;
    }

    private static StoredLock row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredLock(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                rs.getString(9), rs.getLong(10));
    }
}
