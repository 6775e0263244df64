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
import vn.chibo.meeting.internal.MeetingParts.Supervision;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.web.ConcurrentEditException;

/** Reads and writes the supervision of cells' meetings by committee members, with plain SQL. Unscoped: services check access. */
@Repository
class SupervisionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final String SUPERVISION_COLUMNS = "s.id, s.person_id, s.person_name, s.committee_id, s.organization_id, s.org_path,"
            + " s.from_date, s.to_date, s.assigned_by, s.version";

    static Supervision supervision(ResultSet rs) throws SQLException {
        return new Supervision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getLong(10));
    }

    List<Supervision> supervisionsOf(long organizationId, LocalDate on) {
        return jdbc.sql("select " + SUPERVISION_COLUMNS + " from meeting_supervision s where s.organization_id = :o"
                        + " and s.from_date <= :d and (s.to_date is null or s.to_date > :d) order by s.id")
                .param("o", organizationId).param("d", on).query((rs, n) -> supervision(rs)).list();
    }

    List<Supervision> supervisionsUnder(String pathPrefix) {
        return jdbc.sql("select " + SUPERVISION_COLUMNS + " from meeting_supervision s where s.org_path like :p"
                        + " order by s.org_path, s.from_date desc, s.id")
                .param("p", Subtree.ofPrefix(pathPrefix).likePattern()).query((rs, n) -> supervision(rs)).list();
    }

    Optional<Supervision> supervision(long id) {
        return jdbc.sql("select " + SUPERVISION_COLUMNS + " from meeting_supervision s where s.id = :id").param("id", id)
                .query((rs, n) -> supervision(rs)).optional();
    }

    long insertSupervision(long personId, String personName, long committeeId, long organizationId, String orgPath,
                           LocalDate from, LocalDate to, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_supervision (person_id, person_name, committee_id, organization_id, org_path, from_date,
                            to_date, assigned_by, assigned_at) values (:p, :pn, :c, :o, :path, :from, :to, :by, :at)""")
                .param("p", personId).param("pn", personName).param("c", committeeId).param("o", organizationId)
                .param("path", orgPath).param("from", from).param("to", to).param("by", by).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void endSupervision(long id, LocalDate on, long expectedVersion) {
        int rows = jdbc.sql("update meeting_supervision set to_date = :d, version = version + 1 where id = :id and version = :v")
                .param("d", on).param("id", id).param("v", expectedVersion).update();
        if (rows == 0) {
            throw new ConcurrentEditException();
        }
    }
}
