package vn.chibo.mentoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;
import vn.chibo.shared.jdbc.H2Columns;
import vn.chibo.shared.jdbc.H2CountRows;

/**
 * H2's keeper of {@code mentoring_presence} (Flyway V60, V61; the PostgreSQL twin is a PL/pgSQL statement trigger), in
 * the writer's transaction, for the ranges up to the kept horizon: a written assignment or group counts as a row (out as
 * it was, in as it is), and the people a written row touches (an assignment's mentor and mentee, a candidate's person)
 * have their weights ({@link PresenceRanges}) counted again from their rows, the difference from the weights kept for
 * them ({@code mentoring_presence_person}, H2 only) added. The horizon's row is locked first, so that a raise of the
 * horizon ({@link #raise}) and the writers take turns. Called by the database, never by the application.
 */
public class MentoringPresenceTrigger implements Trigger {

    /** People counted per range of years: one person's spells (path, first and last day) and everyone's, by person. */
    record Role(String counted, String spellsOf, String everyone) {
    }

    static final Role MENTOR = new Role("MENTOR", "select org_path, start_date, end_date from mentoring_assignment"
            + " where mentor_person_id = ?", "select mentor_person_id, org_path, start_date, end_date from mentoring_assignment"
            + " order by mentor_person_id");
    static final Role MENTEE = new Role("MENTEE", "select org_path, start_date, end_date from mentoring_assignment"
            + " where mentee_person_id = ?", "select mentee_person_id, org_path, start_date, end_date from mentoring_assignment"
            + " order by mentee_person_id");
    /** Mentees admitted: admission decisions on or after the person's first assignment (V61). */
    static final Role ADMITTED = new Role("ADMITTED", "select c.org_path, c.decision_on, c.decision_on"
            + " from development_candidate c where c.person_id = ? and c.decision_on >= (select min(a.start_date)"
            + " from mentoring_assignment a where a.mentee_person_id = c.person_id)", "select c.person_id, c.org_path,"
            + " c.decision_on, c.decision_on from development_candidate c where c.decision_on >= (select min(a.start_date)"
            + " from mentoring_assignment a where a.mentee_person_id = c.person_id) order by c.person_id");

    /**
     * What a table's row brings: counted as a row in every range it overlaps ({@code rows}, null if not), its first and
     * last day, and the column naming each person it touches.
     */
    private record Table(String rows, String start, String end, Map<Role, String> people) {
    }

    private static final Map<String, Table> TABLES = Map.of(
            "mentoring_assignment", new Table("ASSIGNMENT", "start_date", "end_date",
                    Map.of(MENTOR, "mentor_person_id", MENTEE, "mentee_person_id", ADMITTED, "mentee_person_id")),
            "mentoring_group", new Table("GROUP", "formed_on", "ended_on", Map.of()),
            "development_candidate", new Table(null, "decision_on", "decision_on", Map.of(ADMITTED, "person_id")));

    private String counted;
    private int path;
    private int start;
    private int end;
    private final Map<Role, Integer> person = new HashMap<>();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        Table table = TABLES.get(tableName.toLowerCase(java.util.Locale.ROOT));
        if (table == null) {
            throw new SQLException("Mentoring presence: nothing counted for " + tableName);
        }
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Mentoring presence");
        counted = table.rows();
        path = columns.index("ORG_PATH");
        start = columns.index(table.start().toUpperCase(java.util.Locale.ROOT));
        end = columns.index(table.end().toUpperCase(java.util.Locale.ROOT));
        for (var role : table.people().entrySet()) {
            person.put(role.getKey(), columns.index(role.getValue().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow)) {
            return;
        }
        if (counted == null && (oldRow == null || oldRow[start] == null) && (newRow == null || newRow[start] == null)) {
            return; // a candidate with no decision counts nowhere: no turn taken
        }
        Integer horizon = horizon(conn, true);
        if (horizon == null) {
            return;
        }
        // the row itself: out as it was, in as it is (additive, whatever order H2 fires a statement's rows in)
        if (counted != null && oldRow != null) {
            addAll(conn, counted, PresenceRanges.weights(List.of(PresenceRanges.spell((String) oldRow[path], oldRow[start],
                    oldRow[end])), Integer.MIN_VALUE, horizon), -1);
        }
        if (counted != null && newRow != null) {
            addAll(conn, counted, PresenceRanges.weights(List.of(PresenceRanges.spell((String) newRow[path], newRow[start],
                    newRow[end])), Integer.MIN_VALUE, horizon), 1);
        }
        for (var role : person.entrySet()) {
            Set<Object> people = new LinkedHashSet<>();
            if (oldRow != null) {
                people.add(oldRow[role.getValue()]);
            }
            if (newRow != null) {
                people.add(newRow[role.getValue()]);
            }
            for (Object who : people) {
                recount(conn, role.getKey(), ((Number) who).longValue(), horizon);
            }
        }
    }

    /**
     * One person's weights counted again from his current rows: the weights kept for him are taken out of the sums
     * and the new ones put in. H2 fires a statement's row triggers once all its rows are written, so a person with two
     * rows in one statement is seen in his final state by both calls: the second finds nothing to change.
     */
    private static void recount(Connection conn, Role role, long who, int horizon) throws SQLException {
        List<PresenceRanges.Spell> spells = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement(role.spellsOf())) {
            select.setLong(1, who);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    spells.add(PresenceRanges.spell(rs.getString(1), rs.getDate(2), rs.getDate(3)));
                }
            }
        }
        Map<PresenceRanges.Weight, Long> before = new HashMap<>();
        try (PreparedStatement select = conn.prepareStatement("select first_year, last_year, counted_at, weight"
                + " from mentoring_presence_person where counted = ? and person_id = ?")) {
            select.setString(1, role.counted());
            select.setLong(2, who);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    before.put(new PresenceRanges.Weight(rs.getInt(1), rs.getInt(2), rs.getString(3)), rs.getLong(4));
                }
            }
        }
        Map<PresenceRanges.Weight, Long> after = PresenceRanges.weights(spells, Integer.MIN_VALUE, horizon);
        var difference = PresenceRanges.difference(before, after);
        if (difference.isEmpty()) {
            return;
        }
        addAll(conn, role.counted(), difference, 1);
        try (PreparedStatement delete = conn.prepareStatement("delete from mentoring_presence_person where counted = ?"
                + " and person_id = ?")) {
            delete.setString(1, role.counted());
            delete.setLong(2, who);
            delete.executeUpdate();
        }
        keep(conn, role.counted(), who, after);
    }

    /** The weights counted for a person, kept to be taken out again at his next change. */
    private static void keep(Connection conn, String role, long who, Map<PresenceRanges.Weight, Long> weights)
            throws SQLException {
        try (PreparedStatement insert = conn.prepareStatement("insert into mentoring_presence_person (counted, person_id,"
                + " first_year, last_year, organization_id, counted_at, weight) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (var weight : weights.entrySet()) {
                insert.setString(1, role);
                insert.setLong(2, who);
                insert.setInt(3, weight.getKey().first());
                insert.setInt(4, weight.getKey().last());
                insert.setLong(5, MentorSpells.organizationOf(weight.getKey().path()));
                insert.setString(6, weight.getKey().path());
                insert.setLong(7, weight.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Adds weights to their organizations' subtree sums and to those of every organization above them. */
    private static void addAll(Connection conn, String counted, Map<PresenceRanges.Weight, Long> weights, int sign)
            throws SQLException {
        for (var sum : PresenceRanges.subtreeSums(weights).entrySet()) {
            add(conn, counted, sum.getKey(), sign * sum.getValue());
        }
    }

    private boolean unchanged(Object[] oldRow, Object[] newRow) {
        return Objects.equals(oldRow[path], newRow[path]) && Objects.equals(oldRow[start], newRow[start])
                && Objects.equals(oldRow[end], newRow[end]) && person.values().stream()
                .allMatch(c -> Objects.equals(oldRow[c], newRow[c]));
    }

    /** The last year of the ranges kept, or null before the first raise; {@code lock}: the writers' turn is taken. */
    static Integer horizon(Connection conn, boolean lock) throws SQLException {
        try (PreparedStatement select = conn.prepareStatement("select kept_to_year from mentoring_presence_horizon where id = 1"
                + (lock ? " for update" : ""));
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            int year = rs.getInt(1);
            return rs.wasNull() ? null : year;
        }
    }

    /** Adds {@code n} to the sum of the organization a path ends with, for one range. */
    private static void add(Connection conn, String counted, PresenceRanges.Weight weight, long n) throws SQLException {
        long organization = MentorSpells.organizationOf(weight.path());
        try (PreparedStatement update = conn.prepareStatement("update mentoring_presence set people = people + ?"
                + " where counted = ? and first_year = ? and last_year = ? and organization_id = ?");
             PreparedStatement insert = conn.prepareStatement("insert into mentoring_presence (counted, first_year,"
                + " last_year, organization_id, people) values (?, ?, ?, ?, ?)")) {
            update.setLong(1, n);
            update.setString(2, counted);
            update.setInt(3, weight.first());
            update.setInt(4, weight.last());
            update.setLong(5, organization);
            insert.setString(1, counted);
            insert.setInt(2, weight.first());
            insert.setInt(3, weight.last());
            insert.setLong(4, organization);
            insert.setLong(5, n);
            H2CountRows.addOrCreate(update::executeUpdate, insert::executeUpdate);
        }
    }

    private static void counted(Connection conn, String role, long who, Map<PresenceRanges.Weight, Long> weights,
                                Map<PresenceRanges.Weight, Long> sums) throws SQLException {
        weights.forEach((w, n) -> sums.merge(w, n, Long::sum));
        keep(conn, role, who, weights);
    }

    /**
     * H2's {@code mentoring_presence_raise} (alias): counts the ranges ending after the kept horizon up to {@code year}
     * from every assignment, group and admission and makes {@code year} the horizon; nothing when it is already kept that far. Returns the
     * horizon.
     */
    public static int raise(Connection conn, int year) throws SQLException {
        Integer kept = horizon(conn, true);
        if (kept != null && kept >= year) {
            return kept;
        }
        int lowest = kept == null ? Integer.MIN_VALUE : kept + 1;
        for (Role role : List.of(MENTOR, MENTEE, ADMITTED)) {
            Map<PresenceRanges.Weight, Long> sums = new HashMap<>();
            try (PreparedStatement select = conn.prepareStatement(role.everyone());
                 ResultSet rs = select.executeQuery()) {
                List<PresenceRanges.Spell> spells = new ArrayList<>();
                long current = Long.MIN_VALUE;
                while (rs.next()) {
                    if (rs.getLong(1) != current && !spells.isEmpty()) {
                        counted(conn, role.counted(), current, PresenceRanges.weights(spells, lowest, year), sums);
                        spells.clear();
                    }
                    current = rs.getLong(1);
                    spells.add(PresenceRanges.spell(rs.getString(2), rs.getDate(3), rs.getDate(4)));
                }
                if (!spells.isEmpty()) {
                    counted(conn, role.counted(), current, PresenceRanges.weights(spells, lowest, year), sums);
                }
            }
            addAll(conn, role.counted(), sums, 1);
        }
        for (var table : TABLES.entrySet()) {
            Table rows = table.getValue();
            if (rows.rows() == null) {
                continue;
            }
            Map<PresenceRanges.Weight, Long> sums = new HashMap<>();
            try (PreparedStatement select = conn.prepareStatement("select org_path, " + rows.start() + ", " + rows.end()
                    + " from " + table.getKey());
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    PresenceRanges.weights(List.of(PresenceRanges.spell(rs.getString(1), rs.getDate(2), rs.getDate(3))),
                            lowest, year).forEach((w, n) -> sums.merge(w, n, Long::sum));
                }
            }
            addAll(conn, rows.rows(), sums, 1);
        }
        try (PreparedStatement update = conn.prepareStatement("update mentoring_presence_horizon set kept_to_year = ? where id = 1")) {
            update.setInt(1, year);
            update.executeUpdate();
        }
        return year;
    }
}
