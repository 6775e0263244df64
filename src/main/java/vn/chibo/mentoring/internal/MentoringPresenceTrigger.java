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
 * H2's keeper of {@code mentoring_presence} (Flyway V60; the PostgreSQL twin is a PL/pgSQL statement trigger), in the
 * writer's transaction, for the ranges up to the kept horizon: a written assignment or group counts as a row (out as it
 * was, in as it is), and an assignment's mentor and mentee have their weights ({@link PresenceRanges}) counted again
 * from their rows, the difference from the weights kept for them ({@code mentoring_presence_person}, H2 only) added.
 * The horizon's row is locked first, so that a raise of the horizon ({@link #raise}) and the writers take turns.
 * Called by the database, never by the application.
 */
public class MentoringPresenceTrigger implements Trigger {

    /** The people counted, and the assignment column naming them. */
    static final Map<String, String> ROLES = Map.of("MENTOR", "mentor_person_id", "MENTEE", "mentee_person_id");

    /** The rows counted as rows (+1 in every range they overlap): table → what is counted, first and last day. */
    static final Map<String, String[]> ROWS = Map.of("mentoring_assignment", new String[] {"ASSIGNMENT", "start_date", "end_date"},
            "mentoring_group", new String[] {"GROUP", "formed_on", "ended_on"});

    private String counted;
    private int path;
    private int start;
    private int end;
    private final Map<String, Integer> person = new HashMap<>();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        String[] rows = ROWS.get(tableName.toLowerCase(java.util.Locale.ROOT));
        if (rows == null) {
            throw new SQLException("Mentoring presence: nothing counted for " + tableName);
        }
        H2Columns columns = H2Columns.of(conn, schemaName, tableName, "Mentoring presence");
        counted = rows[0];
        path = columns.index("ORG_PATH");
        start = columns.index(rows[1].toUpperCase(java.util.Locale.ROOT));
        end = columns.index(rows[2].toUpperCase(java.util.Locale.ROOT));
        if (counted.equals("ASSIGNMENT")) {
            for (var role : ROLES.entrySet()) {
                person.put(role.getKey(), columns.index(role.getValue().toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow)) {
            return;
        }
        Integer horizon = horizon(conn, true);
        if (horizon == null) {
            return;
        }
        // the row itself: out as it was, in as it is (additive, whatever order H2 fires a statement's rows in)
        if (oldRow != null) {
            addAll(conn, counted, PresenceRanges.weights(List.of(PresenceRanges.spell((String) oldRow[path], oldRow[start],
                    oldRow[end])), Integer.MIN_VALUE, horizon), -1);
        }
        if (newRow != null) {
            addAll(conn, counted, PresenceRanges.weights(List.of(PresenceRanges.spell((String) newRow[path], newRow[start],
                    newRow[end])), Integer.MIN_VALUE, horizon), 1);
        }
        if (person.isEmpty()) {
            return;
        }
        for (var role : ROLES.entrySet()) {
            int column = person.get(role.getKey());
            Set<Object> people = new LinkedHashSet<>();
            if (oldRow != null) {
                people.add(oldRow[column]);
            }
            if (newRow != null) {
                people.add(newRow[column]);
            }
            for (Object who : people) {
                recount(conn, role.getKey(), role.getValue(), ((Number) who).longValue(), horizon);
            }
        }
    }

    /**
     * One person's weights counted again from his current rows: the weights kept for him are taken out of the sums
     * and the new ones put in. H2 fires a statement's row triggers once all its rows are written, so a person with two
     * rows in one statement is seen in his final state by both calls: the second finds nothing to change.
     */
    private static void recount(Connection conn, String role, String column, long who, int horizon) throws SQLException {
        List<PresenceRanges.Spell> spells = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement("select org_path, start_date, end_date"
                + " from mentoring_assignment where " + column + " = ?")) {
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
            select.setString(1, role);
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
        addAll(conn, role, difference, 1);
        try (PreparedStatement delete = conn.prepareStatement("delete from mentoring_presence_person where counted = ?"
                + " and person_id = ?")) {
            delete.setString(1, role);
            delete.setLong(2, who);
            delete.executeUpdate();
        }
        keep(conn, role, who, after);
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
     * from every assignment and group and makes {@code year} the horizon; nothing when it is already kept that far. Returns the
     * horizon.
     */
    public static int raise(Connection conn, int year) throws SQLException {
        Integer kept = horizon(conn, true);
        if (kept != null && kept >= year) {
            return kept;
        }
        int lowest = kept == null ? Integer.MIN_VALUE : kept + 1;
        for (var role : ROLES.entrySet()) {
            Map<PresenceRanges.Weight, Long> sums = new HashMap<>();
            try (PreparedStatement select = conn.prepareStatement("select " + role.getValue() + ", org_path, start_date,"
                    + " end_date from mentoring_assignment order by " + role.getValue());
                 ResultSet rs = select.executeQuery()) {
                List<PresenceRanges.Spell> spells = new ArrayList<>();
                long current = Long.MIN_VALUE;
                while (rs.next()) {
                    if (rs.getLong(1) != current && !spells.isEmpty()) {
                        counted(conn, role.getKey(), current, PresenceRanges.weights(spells, lowest, year), sums);
                        spells.clear();
                    }
                    current = rs.getLong(1);
                    spells.add(PresenceRanges.spell(rs.getString(2), rs.getDate(3), rs.getDate(4)));
                }
                if (!spells.isEmpty()) {
                    counted(conn, role.getKey(), current, PresenceRanges.weights(spells, lowest, year), sums);
                }
            }
            addAll(conn, role.getKey(), sums, 1);
        }
        for (var rows : ROWS.entrySet()) {
            Map<PresenceRanges.Weight, Long> sums = new HashMap<>();
            try (PreparedStatement select = conn.prepareStatement("select org_path, " + rows.getValue()[1] + ", "
                    + rows.getValue()[2] + " from " + rows.getKey());
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    PresenceRanges.weights(List.of(PresenceRanges.spell(rs.getString(1), rs.getDate(2), rs.getDate(3))),
                            lowest, year).forEach((w, n) -> sums.merge(w, n, Long::sum));
                }
            }
            addAll(conn, rows.getValue()[0], sums, 1);
        }
        try (PreparedStatement update = conn.prepareStatement("update mentoring_presence_horizon set kept_to_year = ? where id = 1")) {
            update.setInt(1, year);
            update.executeUpdate();
        }
        return year;
    }
}
