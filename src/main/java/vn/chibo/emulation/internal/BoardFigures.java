package vn.chibo.emulation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;

/**
 * A programme's board figures counted in the database per direct sub-organization ("child") of the organization the
 * board is opened at (issue 14: at national scale every subject, registration, review and assessment of the subtree
 * was read into Java). What comes back is a handful of rows per child, whatever the size of the subtree:
 * <ul>
 * <li>subjects (organizations), or for a model that judges members the current party members of the subject cells;</li>
 * <li>registrations (the organizations' own, or the members'), those reviewed in the period and those recognised by
 * a decided assessment.</li>
 * </ul>
 * Registrations are counted where they lie (their copied path): a registration is only ever made for a subject (a
 * subject organization, a member of a subject cell) and subjects are never removed. Paths are validated
 * ({@link Subtree}) and written as literals, so that PostgreSQL plans each statement for its real scope.
 */
@Component
class BoardFigures {

    /** Subjects (or members), registered, reviewed this period, recognised. */
    record Figures(long subjects, long registered, long reviewed, long recognised) {

        static final Figures NONE = new Figures(0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(subjects + other.subjects, registered + other.registered, reviewed + other.reviewed,
                    recognised + other.recognised);
        }
    }

    /**
     * Figures of the subjects under one child of the board's organization ({@code child} null: the organization
     * itself), split by depth: {@code direct} when the subject is the child itself (or the organization itself).
     */
    record Row(Long child, boolean direct, long subjectOrganizations, Figures figures) {
    }

    private static final String MEMBERS = "('PROBATIONARY', 'OFFICIAL')";

    private final JdbcClient jdbc;

    BoardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The part of the subtree at {@code path} ({@code "/"}: everything) that the account may see; empty when none. */
    static Optional<Subtree> visible(ChiboUser user, String path) {
        Subtree within = Subtree.ofPrefix(path);
        if (user.isAdmin()) {
            return Optional.of(within);
        }
        if (user.role() == Role.MEMBER) {
            return Optional.empty();
        }
        Optional<Subtree> scope = Subtree.parse(user.scopePath());
        if (scope.isEmpty() || within.contains(scope.get().path())) {
            return scope;
        }
        return scope.get().contains(within.path()) ? Optional.of(within) : Optional.empty();
    }

    /**
     * Rows per child of {@code at} (whose path is a prefix of {@code counted}) for the subjects within {@code counted}.
     * Three grouped statements: subjects or members, registrations with their assessment, registrations reviewed in
     * the period (a semi-join, so that PostgreSQL may probe a cell's few registrations or hash the period's reviews).
     */
    List<Row> rows(long programmeId, boolean members, Subtree at, Subtree counted, String period) {
        String child = at.isAll() ? "cast(null as bigint)" : at.childIdSql("%1$s");
        String direct = at.isAll() ? "1" : "case when %1$s like '" + at.path() + "%%/%%/' then 0 else 1 end";
        String key = child + ", " + direct;
        List<Row> rows = new ArrayList<>();
        String subjects = key.formatted("s.org_path");
        // everything ("/", an administrator's summary) has no child: one row, no grouping
        String bySubject = at.isAll() ? "" : " group by " + subjects;
        String byRegistration = at.isAll() ? "" : " group by " + key.formatted("r.org_path");
        if (members) {
            jdbc.sql("select " + subjects + ", count(*), coalesce(sum(m.n), 0) from programme_subject s left join"
                            + " (select p.organization_id, count(*) as n from person p where p.party_status in " + MEMBERS
                            + " and " + counted.sql("p.org_path") + " group by p.organization_id) m"
                            + " on m.organization_id = s.organization_id"
                            + " where s.programme_id = :p and " + counted.sql("s.org_path") + bySubject)
                    .param("p", programmeId)
                    .query(rs -> {
                        rows.add(new Row(child(rs), rs.getInt(2) == 1, rs.getLong(3), new Figures(rs.getLong(4), 0, 0, 0)));
                    });
        } else {
            jdbc.sql("select " + subjects + ", count(*) from programme_subject s where s.programme_id = :p and "
                            + counted.sql("s.org_path") + bySubject)
                    .param("p", programmeId)
                    .query(rs -> {
                        rows.add(new Row(child(rs), rs.getInt(2) == 1, rs.getLong(3), new Figures(rs.getLong(3), 0, 0, 0)));
                    });
        }
        String registrations = key.formatted("r.org_path");
        String own = " from registration r%s where r.programme_id = :p and r.person_id is " + (members ? "not " : "")
                + "null and " + counted.sql("r.org_path").replace("%", "%%");
        jdbc.sql("select " + registrations + ", count(*), sum(case when a.status = 'DECIDED' and a.decided_recognised = true"
                        + " then 1 else 0 end)" + own.formatted(" left join assessment a on a.registration_id = r.id")
                        + byRegistration)
                .param("p", programmeId)
                .query(rs -> {
                    rows.add(new Row(child(rs), rs.getInt(2) == 1, 0, new Figures(0, rs.getLong(3), 0, rs.getLong(4))));
                });
        jdbc.sql("select " + registrations + ", count(*)" + own.formatted("") + " and r.id in (select v.registration_id"
                        + " from self_review v where v.review_period = :period)" + byRegistration)
                .param("p", programmeId).param("period", period)
                .query(rs -> {
                    rows.add(new Row(child(rs), rs.getInt(2) == 1, 0, new Figures(0, 0, rs.getLong(3), 0)));
                });
        return rows;
    }

    private static Long child(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return rs.wasNull() ? null : id;
    }

    /** The figures of all rows. */
    static Figures total(List<Row> rows) {
        return rows.stream().map(Row::figures).reduce(Figures.NONE, Figures::plus);
    }
}
