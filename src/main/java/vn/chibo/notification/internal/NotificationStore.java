package vn.chibo.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The notification and notification_settings tables. Unscoped: the service passes the signed-in person. */
@Repository
class NotificationStore {

    record Row(long id, long personId, NotificationKind kind, String messageKey, List<String> args, String link,
               Instant createdAt, Instant readAt) {
    }

    record Settings(String email, Set<NotificationKind> emailKinds, long version) {
        static final Settings NONE = new Settings(null, EnumSet.noneOf(NotificationKind.class), -1);

        boolean wants(NotificationKind kind) {
            return email != null && emailKinds.contains(kind);
        }
    }

    private static final String COLUMNS = "id, person_id, kind, message_key, args, link, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the notice for the person unless this event already gave him one; answers the new row's id. */
    Optional<Long> add(long personId, Notice notice, Instant now) {
        boolean known = jdbc.sql("select count(*) from notification where person_id = :p and event_key = :k")
                .param("p", personId).param("k", notice.eventKey()).query(Long.class).single() > 0;
        if (known) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into notification (person_id, kind, message_key, args, link, event_key, created_at)
                        values (:p, :kind, :msg, :args, :link, :k, :at)""")
                .param("p", personId).param("kind", notice.kind().name()).param("msg", notice.messageKey())
                .param("args", cut(notice.joinedArgs(), 4000)).param("link", notice.link()).param("k", cut(notice.eventKey(), 200))
                .param("at", Timestamp.from(now))
                .update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    List<Row> page(long personId, boolean unreadOnly, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where person_id = :p"
                        + (unreadOnly ? " and read_at is null" : "") + " order by id desc limit :limit offset :offset")
                .param("p", personId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)), rs.getString(4),
                        Notice.splitArgs(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    long count(long personId, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification where person_id = :p" + (unreadOnly ? " and read_at is null" : ""))
                .param("p", personId).query(Long.class).single();
    }

    /** The row if it is the person's own, else nothing (so that another's notification is not found). */
    Optional<Row> own(long id, long personId) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id and person_id = :p")
                .param("id", id).param("p", personId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)), rs.getString(4),
                        Notice.splitArgs(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    void markRead(long id, long personId, Instant now) {
        jdbc.sql("update notification set read_at = :at where id = :id and person_id = :p and read_at is null")
                .param("at", Timestamp.from(now)).param("id", id).param("p", personId).update();
    }

    int markAllRead(long personId, Instant now) {
        return jdbc.sql("update notification set read_at = :at where person_id = :p and read_at is null")
                .param("at", Timestamp.from(now)).param("p", personId).update();
    }

    void markEmailed(long id, Instant now) {
        jdbc.sql("update notification set emailed_at = :at where id = :id").param("at", Timestamp.from(now)).param("id", id).update();
    }

    Settings settings(long personId) {
        return jdbc.sql("select email, email_kinds, version from notification_settings where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> new Settings(rs.getString(1), kinds(rs.getString(2)), rs.getLong(3)))
                .optional().orElse(Settings.NONE);
    }

    /** Saves the person's choices if nobody changed them since {@code version} was read; answers whether it did. */
    boolean saveSettings(long personId, String email, Set<NotificationKind> kinds, long version, Instant now) {
        String joined = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (version < 0) {
            if (jdbc.sql("select count(*) from notification_settings where person_id = :p").param("p", personId)
                    .query(Long.class).single() > 0) {
                return false;
            }
            jdbc.sql("insert into notification_settings (person_id, email, email_kinds, updated_at, version) values (:p, :e, :k, :at, 0)")
                    .param("p", personId).param("e", email).param("k", joined).param("at", Timestamp.from(now)).update();
            return true;
        }
        return jdbc.sql("""
                        update notification_settings set email = :e, email_kinds = :k, updated_at = :at, version = version + 1
                        where person_id = :p and version = :v""")
                .param("e", email).param("k", joined).param("at", Timestamp.from(now)).param("p", personId).param("v", version)
                .update() == 1;
    }

    private static Set<NotificationKind> kinds(String joined) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(String::strip).filter(k -> !k.isEmpty()).forEach(k -> {
                try {
                    kinds.add(NotificationKind.valueOf(k));
                } catch (IllegalArgumentException ignored) {
                    // a kind no longer offered is dropped
                }
            });
        }
        return kinds;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
