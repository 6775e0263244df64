package vn.chibo.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chibo.meeting.internal.MeetingParts.ActionItem;
import vn.chibo.shared.web.ConcurrentEditException;

/** Reads and writes the action items meetings set, with plain SQL. Unscoped: services check access. */
@Repository
class ActionItemStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ActionItemStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final String ITEM_COLUMNS = "i.id, i.meeting_id, m.meeting_date, i.organization_id, i.org_path, i.content, i.assignee_id,"
            + " i.assignee_name, i.due_date, i.status, i.closed_on, i.note, i.version";

    static ActionItem item(ResultSet rs) throws SQLException {
        return new ActionItem(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5),
                rs.getString(6), (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getObject(9, LocalDate.class),
                ItemStatus.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class), rs.getString(12), rs.getLong(13));
    }

    List<ActionItem> itemsOf(long meetingId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from meeting_action_item i join meeting m on m.id = i.meeting_id"
                        + " where i.meeting_id = :m order by i.id").param("m", meetingId).query((rs, n) -> item(rs)).list();
    }

    /**
     * Items set by earlier meetings of the same organization and series that were still open when this meeting began:
     * they are carried to its agenda (an item closed on the meeting's day was reviewed there and still shows).
     */
    List<ActionItem> carriedTo(Meeting meeting) {
        String series = meeting.kind() == MeetingKind.COMMITTEE ? "m.kind = 'COMMITTEE'" : "m.kind <> 'COMMITTEE'";
        return jdbc.sql("select " + ITEM_COLUMNS + " from meeting_action_item i join meeting m on m.id = i.meeting_id"
                        + " where i.organization_id = :o and " + series + " and i.meeting_id <> :id"
                        + " and (m.meeting_date < :d or (m.meeting_date = :d and m.start_time < :t))"
                        + " and (i.closed_on is null or i.closed_on >= :d) order by m.meeting_date, i.id")
                .param("o", meeting.organizationId()).param("id", meeting.id()).param("d", meeting.date())
                .param("t", meeting.startTime()).query((rs, n) -> item(rs)).list();
    }

    Optional<ActionItem> item(long id) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from meeting_action_item i join meeting m on m.id = i.meeting_id where i.id = :id")
                .param("id", id).query((rs, n) -> item(rs)).optional();
    }

    long insertItem(Meeting meeting, String content, Long assigneeId, String assigneeName, LocalDate dueDate) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_action_item (meeting_id, organization_id, org_path, content, assignee_id, assignee_name,
                            due_date, status, created_at) values (:m, :o, :p, :c, :a, :an, :due, 'OPEN', :at)""")
                .param("m", meeting.id()).param("o", meeting.organizationId()).param("p", meeting.orgPath()).param("c", content)
                .param("a", assigneeId).param("an", assigneeName).param("due", dueDate).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateItem(long id, ItemStatus status, LocalDate closedOn, String note, long expectedVersion) {
        int rows = jdbc.sql("""
                        update meeting_action_item set status = :s, closed_on = :closed, note = :note, version = version + 1
                        where id = :id and version = :v""")
                .param("s", status.name()).param("closed", closedOn).param("note", note).param("id", id).param("v", expectedVersion)
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException();
        }
    }

    void deleteItem(long id) {
        jdbc.sql("delete from meeting_action_item where id = :id").param("id", id).update();
    }

    /** Open meetings of an organization after a date, whose score depends on items of earlier meetings. */
    List<Long> openMeetingsAfter(long organizationId, LocalDate date) {
        return jdbc.sql("select id from meeting where organization_id = :o and meeting_date >= :d and status in ('IN_PROGRESS', 'HELD')")
                .param("o", organizationId).param("d", date).query(Long.class).list();
    }

    /** Open action items of an organization (for its calendar page). */
    List<ActionItem> openOf(long organizationId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from meeting_action_item i join meeting m on m.id = i.meeting_id"
                        + " where i.organization_id = :o and i.status in ('OPEN', 'IN_PROGRESS') order by i.due_date nulls last, i.id")
                .param("o", organizationId).query((rs, n) -> item(rs)).list();
    }
}
