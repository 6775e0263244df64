package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingParts.Contribution;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.DuplicateRecordException;

/** Reads and writes meetings and their parts with plain SQL (the same on H2 and PostgreSQL). Unscoped: services check access. */
@Repository
class MeetingStore {

    static final String MEETING_COLUMNS = """
            m.id, m.organization_id, m.org_path, m.kind, m.combined_thematic, m.period, m.topic, m.meeting_date, m.start_time,
            m.end_time, m.place, m.chair_id, m.minute_taker_id, m.agenda, m.status, m.resolution, m.votes_for, m.votes_against,
            m.official_count, m.probationary_count, m.present_count, m.excused_count, m.unexcused_count, m.speaker_count,
            m.contribution_count, m.supervisor_present, m.manual_scores, m.rubric_id, m.score, m.grade, m.flat, m.score_detail,
            m.created_by, m.created_at, m.updated_at, m.version""";

    /** The meetings' advisory lock of Flyway V53 (0x4d454554494e47, "MEETING"), PostgreSQL only. */
    static final long WRITERS_TURN = vn.chibo.shared.jdbc.WritersTurns.Kind.MEETINGS.key();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgres;

    MeetingStore(JdbcClient jdbc, Clock clock, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = vn.chibo.shared.jdbc.Databases.isPostgres(template);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3), MeetingKind.valueOf(rs.getString(4)), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalTime.class),
                rs.getObject(10, LocalTime.class), rs.getString(11), (Long) rs.getObject(12, Long.class),
                (Long) rs.getObject(13, Long.class), rs.getString(14), MeetingStatus.valueOf(rs.getString(15)), rs.getString(16),
                (Integer) rs.getObject(17, Integer.class), (Integer) rs.getObject(18, Integer.class), rs.getInt(19), rs.getInt(20),
                rs.getInt(21), rs.getInt(22), rs.getInt(23), rs.getInt(24), rs.getInt(25), rs.getBoolean(26),
                manualScores(rs.getString(27)), (Long) rs.getObject(28, Long.class), rs.getBigDecimal(29), rs.getString(30),
                rs.getBoolean(31), rs.getString(32), rs.getString(33), rs.getTimestamp(34).toInstant(),
                rs.getTimestamp(35).toInstant(), rs.getLong(36));
    }

    static Map<String, BigDecimal> manualScores(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return RubricJson.JSON.readValue(json, new TypeReference<LinkedHashMap<String, BigDecimal>>() { });
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.id = :id").param("id", id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    /**
     * Locks the meeting's row until the transaction ends, so that concurrent live entries recount one after another. On
     * PostgreSQL the meetings' writers' turn (V53) is taken first, as every write of a meeting takes it before its row:
     * a row locked here, then written while a batch that holds the turn waits for that row, would deadlock.
     */
    Optional<Meeting> lock(long id) {
        if (postgres) {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", WRITERS_TURN).query().singleValue();
        }
        return jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.id = :id for update").param("id", id)
                .query((rs, n) -> meeting(rs)).optional();
    }

    List<Meeting> ofOrganization(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from meeting m where m.organization_id = :o and m.meeting_date >= :from"
                        + " and m.meeting_date <= :to order by m.meeting_date, m.start_time, m.id")
                .param("o", organizationId).param("from", from).param("to", to).query((rs, n) -> meeting(rs)).list();
    }

    /** One regular meeting of an organization per month, cancelled ones not counted (V15). */
    private static final String REGULAR_MONTH = "uk_meeting_regular_month";

    private static DuplicateRecordException regularTaken(Meeting m) {
        return new DuplicateRecordException("date", "meeting.error.regularTaken", vn.chibo.shared.web.DateInput.print(java.time.YearMonth.parse(m.period())));
    }

    long insert(Meeting m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        DuplicateRecordException.guard(REGULAR_MONTH, () -> jdbc.sql("""
                        insert into meeting (organization_id, org_path, kind, combined_thematic, period, topic, meeting_date, start_time,
                            end_time, place, chair_id, minute_taker_id, agenda, status, created_by, created_at, updated_at)
                        values (:org, :path, :kind, :combined, :period, :topic, :date, :start, :end, :place, :chair, :taker, :agenda,
                            :status, :by, :now, :now)""")
                .param("org", m.organizationId()).param("path", m.orgPath()).param("kind", m.kind().name())
                .param("combined", m.combinedThematic()).param("period", m.period()).param("topic", m.topic())
                .param("date", m.date()).param("start", m.startTime()).param("end", m.endTime()).param("place", m.place())
                .param("chair", m.chairId()).param("taker", m.minuteTakerId()).param("agenda", m.agenda())
                .param("status", m.status().name()).param("by", m.createdBy()).param("now", now)
                .update(keys, "id"), () -> regularTaken(m));
        return keys.getKey().longValue();
    }

    /** Writes the editable fields; fails with a conflict when someone saved in between. */
    void update(Meeting m, long expectedVersion) {
        int rows = DuplicateRecordException.guard(REGULAR_MONTH, () -> jdbc.sql("""
                        update meeting set kind = :kind, combined_thematic = :combined, period = :period, topic = :topic,
                            meeting_date = :date, start_time = :start, end_time = :end, place = :place, chair_id = :chair,
                            minute_taker_id = :taker, agenda = :agenda, status = :status, resolution = :resolution,
                            votes_for = :for, votes_against = :against, manual_scores = :manual, rubric_id = :rubric,
                            updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("kind", m.kind().name()).param("combined", m.combinedThematic()).param("period", m.period())
                .param("topic", m.topic()).param("date", m.date()).param("start", m.startTime()).param("end", m.endTime())
                .param("place", m.place()).param("chair", m.chairId()).param("taker", m.minuteTakerId())
                .param("agenda", m.agenda()).param("status", m.status().name()).param("resolution", m.resolution())
                .param("for", m.votesFor()).param("against", m.votesAgainst())
                .param("manual", m.manualScores() == null || m.manualScores().isEmpty() ? null : RubricJson.write(m.manualScores()))
                .param("rubric", m.rubricId()).param("now", Timestamp.from(clock.instant()))
                .param("id", m.id()).param("version", expectedVersion)
                .update(), () -> regularTaken(m));
        if (rows == 0) {
            throw new ConcurrentEditException();
        }
    }

    void touch(long meetingId) {
        jdbc.sql("update meeting set updated_at = :now where id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", meetingId).update();
    }

    // ---- attendees ----------------------------------------------------------------------------

    static final String ATTENDEE_COLUMNS = "a.id, a.meeting_id, a.person_id, a.full_name, a.sort_key, a.role, a.party_status,"
            + " a.guest_kind, a.guest_title, a.supervision_id, a.attendance, a.absence_reason, a.version";

    static Attendee attendee(ResultSet rs) throws SQLException {
        String guestKind = rs.getString(8);
        return new Attendee(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                MeetingParts.Role.valueOf(rs.getString(6)), rs.getString(7),
                guestKind == null ? null : MeetingParts.GuestKind.valueOf(guestKind), rs.getString(9),
                (Long) rs.getObject(10, Long.class), Attendance.valueOf(rs.getString(11)), rs.getString(12), rs.getLong(13));
    }

    List<Attendee> attendees(long meetingId) {
        return jdbc.sql("select " + ATTENDEE_COLUMNS + " from meeting_attendee a where a.meeting_id = :m"
                        + " order by case when a.role = 'MEMBER' then 0 else 1 end, a.sort_key, a.id")
                .param("m", meetingId).query((rs, n) -> attendee(rs)).list();
    }

    Optional<Attendee> attendee(long meetingId, long attendeeId) {
        return jdbc.sql("select " + ATTENDEE_COLUMNS + " from meeting_attendee a where a.id = :id and a.meeting_id = :m")
                .param("id", attendeeId).param("m", meetingId).query((rs, n) -> attendee(rs)).optional();
    }

    Optional<Attendee> attendeeByPerson(long meetingId, long personId) {
        return jdbc.sql("select " + ATTENDEE_COLUMNS + " from meeting_attendee a where a.meeting_id = :m and a.person_id = :p")
                .param("m", meetingId).param("p", personId).query((rs, n) -> attendee(rs)).list().stream().findFirst();
    }

    boolean isAttendee(long meetingId, long personId) {
        return jdbc.sql("select count(*) from meeting_attendee where meeting_id = :m and person_id = :p")
                .param("m", meetingId).param("p", personId).query(Long.class).single() > 0;
    }

    long insertAttendee(long meetingId, Long personId, String fullName, String sortKey, MeetingParts.Role role, String partyStatus,
                        MeetingParts.GuestKind guestKind, String guestTitle, Long supervisionId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_attendee (meeting_id, person_id, full_name, sort_key, role, party_status, guest_kind,
                            guest_title, supervision_id, attendance) values (:m, :p, :name, :sort, :role, :status, :gk, :gt, :s, 'UNKNOWN')""")
                .param("m", meetingId).param("p", personId).param("name", fullName).param("sort", sortKey)
                .param("role", role.name()).param("status", partyStatus).param("gk", guestKind == null ? null : guestKind.name())
                .param("gt", guestTitle).param("s", supervisionId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setAttendance(long attendeeId, Attendance attendance, String reason) {
        jdbc.sql("update meeting_attendee set attendance = :a, absence_reason = :r, version = version + 1 where id = :id")
                .param("a", attendance.name()).param("r", reason).param("id", attendeeId).update();
    }

    void updateMemberStatus(long attendeeId, String partyStatus) {
        jdbc.sql("update meeting_attendee set party_status = :s where id = :id").param("s", partyStatus).param("id", attendeeId).update();
    }

    boolean hasContributions(long attendeeId) {
        return jdbc.sql("select count(*) from meeting_contribution where attendee_id = :a").param("a", attendeeId)
                .query(Long.class).single() > 0;
    }

    void deleteAttendee(long attendeeId) {
        jdbc.sql("delete from meeting_attendee where id = :id").param("id", attendeeId).update();
    }

    // ---- contributions ------------------------------------------------------------------------

    static final String CONTRIBUTION_COLUMNS = "c.id, c.meeting_id, c.attendee_id, a.full_name, a.person_id, c.kind, c.content,"
            + " c.adopted, c.before_meeting, c.recorded_by, c.recorded_at, c.version";

    static Contribution contribution(ResultSet rs) throws SQLException {
        return new Contribution(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), (Long) rs.getObject(5, Long.class),
                ContributionKind.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getLong(12));
    }

    List<Contribution> contributions(long meetingId) {
        return jdbc.sql("select " + CONTRIBUTION_COLUMNS + " from meeting_contribution c join meeting_attendee a on a.id = c.attendee_id"
                        + " where c.meeting_id = :m order by c.before_meeting desc, c.recorded_at, c.id")
                .param("m", meetingId).query((rs, n) -> contribution(rs)).list();
    }

    Optional<Contribution> contribution(long meetingId, long id) {
        return jdbc.sql("select " + CONTRIBUTION_COLUMNS + " from meeting_contribution c join meeting_attendee a on a.id = c.attendee_id"
                        + " where c.id = :id and c.meeting_id = :m")
                .param("id", id).param("m", meetingId).query((rs, n) -> contribution(rs)).optional();
    }

    long insertContribution(long meetingId, long attendeeId, ContributionKind kind, String content, boolean adopted,
                            boolean beforeMeeting, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_contribution (meeting_id, attendee_id, kind, content, adopted, before_meeting, recorded_by,
                            recorded_at) values (:m, :a, :k, :c, :adopted, :before, :by, :at)""")
                .param("m", meetingId).param("a", attendeeId).param("k", kind.name()).param("c", content)
                .param("adopted", adopted).param("before", beforeMeeting).param("by", by).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setAdopted(long id, boolean adopted) {
        jdbc.sql("update meeting_contribution set adopted = :a, version = version + 1 where id = :id").param("a", adopted)
                .param("id", id).update();
    }

    void deleteContribution(long id) {
        jdbc.sql("delete from meeting_contribution where id = :id").param("id", id).update();
    }

    static <T> List<List<T>> chunks(Collection<T> values, int size) {
        List<T> list = List.copyOf(values);
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }
}
