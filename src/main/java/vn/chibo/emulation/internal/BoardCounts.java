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
 * a decided assessment: sums of the counts kept per programme and organization ({@code registration_count},
 * {@code self_review_count}, Flyway V49), no registration looked up in assessment or self_review.</li>
 * </ul>
 * Registrations are counted where they lie (their copied path): a registration is only ever made for a subject (a
 * subject organization, a member of a subject cell) and subjects are never removed. Paths are validated
 * ({@link Subtree}) and written as literals, so that PostgreSQL plans each statement for its real scope; a child's
 * subjects are the range of its path ({@code >= '/1/11/'} and {@code < '/1/11/:'}: digits and slashes sort below the
 * colon), read from the programme's path index (V41); registrations are folded per path before the child is taken
 * from the path.
 */
@Component
class BoardCounts {

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

    BoardCounts(JdbcClient jdbc) {
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
     * Rows per child of {@code at} (whose path is a prefix of {@code counted}, or everything for one total row) for the
     * subjects within {@code counted}. Three grouped statements: subjects (or the members of the subject cells),
     * registrations with their assessment, registrations reviewed in the period (these two from the counts kept per
     * organization, V49).
     */
    List<Row> rows(long programmeId, boolean members, Subtree at, Subtree counted, String period) {
        List<Row> rows = new ArrayList<>();
        if (members) {
            folded("count(*) as c, coalesce(sum(m.n), 0) as n", "sum(x.c), sum(x.n)", "programme_subject",
                    // the people module's kept counts per organization and status (V42), not its person rows
                    " left join (select p.organization_id, sum(p.people) as n from person_status_count p where p.party_status in "
                            + MEMBERS + " and " + counted.sql("p.org_path") + " group by p.organization_id) m"
                            + " on m.organization_id = s.organization_id", "", at, counted)
                    .param("p", programmeId)
                    .query(rs -> {
                        rows.add(new Row(child(rs), rs.getInt(2) == 1, rs.getLong(3), new Figures(rs.getLong(4), 0, 0, 0)));
                    });
        } else {
            ranged("count(*)", "programme_subject", at, counted)
                    .param("p", programmeId)
                    .query(rs -> {
                        rows.add(new Row(child(rs), rs.getInt(2) == 1, rs.getLong(3), new Figures(rs.getLong(3), 0, 0, 0)));
                    });
        }
        // registrations, recognitions and reviews are kept counts per organization (V49), summed per child
        perChild("sum(registered), sum(recognised)", "registration_count", "", at, counted)
                .param("p", programmeId)
                .query(rs -> {
                    rows.add(new Row(child(rs), rs.getInt(2) == 1, 0, new Figures(0, rs.getLong(3), 0, rs.getLong(4))));
                });
        perChild("sum(reviewed)", "self_review_count", " and review_period = :period", at, counted)
                .param("p", programmeId).param("period", period)
                .query(rs -> {
                    rows.add(new Row(child(rs), rs.getInt(2) == 1, 0, new Figures(0, 0, rs.getLong(3), 0)));
                });
        return rows;
    }

    /**
     * {@code select child, direct, <aggregates>} over a programme's rows of {@code table} (alias {@code s}) within
     * {@code counted}: one part per direct sub-organization of {@code at}, read as a range of its path from the
     * programme's path index (no expression evaluated per row to find the child), and one part for {@code at} itself;
     * for everything, one total row. Only for a statement without joins: with them PostgreSQL may join the children
     * last and compare every row with every child.
     */
    private JdbcClient.StatementSpec ranged(String aggregates, String table, Subtree at, Subtree counted) {
        String own = " from " + table + " s where s.programme_id = :p and " + counted.sql("s.org_path");
        if (at.isAll()) {
            return jdbc.sql("select cast(null as bigint), 1, " + aggregates + own);
        }
        String segment = at.path().substring(0, at.path().length() - 1);
        long id = Long.parseLong(segment.substring(segment.lastIndexOf('/') + 1));
        String direct = "case when s.org_path = c.path then 1 else 0 end";
        return jdbc.sql("select c.id, " + direct + ", " + aggregates + " from organization c join " + table + " s"
                + " on s.programme_id = :p and s.org_path >= c.path and s.org_path < (c.path || ':')"
                + " where c.parent_id = " + id + " and " + counted.sql("s.org_path") + " group by c.id, " + direct
                + " union all select cast(null as bigint), 1, " + aggregates + own + " and s.org_path = '" + at.path() + "'");
    }

    /**
     * {@code select child, direct, <outer aggregates>} over a programme's rows of {@code table} (alias {@code s}, with
     * {@code joins} and {@code condition}) within {@code counted}, first folded per path (a cell's members'
     * registrations become one row), then per child of {@code at} by the child's id taken from the path.
     */
    private JdbcClient.StatementSpec folded(String inner, String outer, String table, String joins, String condition, Subtree at,
                                            Subtree counted) {
        String perPath = "(select s.org_path as p, " + inner + " from " + table + " s" + joins + " where s.programme_id = :p"
                + condition + " and " + counted.sql("s.org_path") + " group by s.org_path) x";
        if (at.isAll()) {
            return jdbc.sql("select cast(null as bigint), 1, " + outer + " from " + perPath);
        }
        String key = at.childIdSql("x.p") + ", case when x.p like '" + at.path() + "%/%/' then 0 else 1 end";
        return jdbc.sql("select " + key + ", " + outer + " from " + perPath + " group by " + key);
    }

    /**
     * {@code select child, direct, <aggregates>} over a programme's kept counts in {@code table} within {@code counted}:
     * one branch per direct sub-organization of {@code at} (active or not) with its path as a literal prefix (a range
     * scan of the counts' path index that the planner estimates right), one for {@code at} itself; for everything, one
     * total row.
     */
    private JdbcClient.StatementSpec perChild(String aggregates, String table, String condition, Subtree at, Subtree counted) {
        String own = " from " + table + " where programme_id = :p and " + counted.sql("org_path") + condition;
        if (at.isAll()) {
            return jdbc.sql("select cast(null as bigint), 1, " + aggregates + own);
        }
        String segment = at.path().substring(0, at.path().length() - 1);
        long id = Long.parseLong(segment.substring(segment.lastIndexOf('/') + 1));
        List<String> branches = new ArrayList<>();
        jdbc.sql("select id, path from organization where parent_id = " + id + " order by id").query(rs -> {
            Subtree child = Subtree.of(rs.getString(2));
            String direct = "case when org_path = '" + child.path() + "' then 1 else 0 end";
            branches.add("select " + rs.getLong(1) + ", " + direct + ", " + aggregates + own + " and " + child.sql("org_path")
                    + " group by " + direct);
        });
        branches.add("select cast(null as bigint), 1, " + aggregates + own + " and org_path = '" + at.path() + "' having count(*) > 0");
        return jdbc.sql(String.join(" union all ", branches));
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
