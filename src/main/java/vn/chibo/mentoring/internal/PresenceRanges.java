package vn.chibo.mentoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who mentored or was mentored in a subtree over a range of whole years, counted without looking at the people (Flyway
 * V60, {@code mentoring_presence}). For one person and one range of years, S is the set of organizations of his
 * assignments overlapping the range; each organization of S weighs +1 and the common ancestor of two organizations next
 * to each other in path order weighs -1, so that the weights inside any subtree add up to 1 when he has an assignment
 * in it and to 0 otherwise (as {@link MentorSpells} does for the board's running mentors). Summed over people, a
 * subtree's weights are its distinct mentors (mentees) of the range: the review's {@code mentoring.mentors} and
 * {@code mentoring.mentees} of whole years.
 * <p>
 * A multi-year range is not the sum of its years (a mentor of 2024 and of 2025 counts once), so every range of up to
 * {@link #LONGEST} years is kept on its own, each ending at most in the kept horizon year ({@code
 * mentoring_presence_horizon}, raised each new year by {@link PresenceHorizon}); a longer or later range, or one that is
 * not whole years, is counted from the assignments. This class is H2's side (the PostgreSQL twin is PL/pgSQL in the
 * migration); both are tested against the rows (PresenceRangesTest, MentoringPresenceTest).
 */
final class PresenceRanges {

    /** The longest range of years kept. */
    static final int LONGEST = 5;
    /** The year an open assignment is taken to end in. */
    static final int OPEN = 9999;

    /** An assignment's organization and years (its last year {@link #OPEN} while it runs). */
    record Spell(String path, int firstYear, int lastYear) {
    }

    /** A range of whole years ({@code first}..{@code last}) and an organization's path. */
    record Weight(int first, int last, String path) {
    }

    private PresenceRanges() {
    }

    /**
     * One person's weights for the ranges whose last year lies in {@code lowest}..{@code highest}: the ranges his
     * assignments overlap, each with its organizations' weights (zero weights left out).
     */
    static Map<Weight, Long> weights(Collection<Spell> spells, int lowest, int highest) {
        Map<Long, TreeSet<String>> present = new HashMap<>();
        for (Spell spell : spells) {
            int until = Math.min(highest, spell.lastYear() + LONGEST - 1);
            for (int last = Math.max(spell.firstYear(), lowest); last <= until; last++) {
                for (int first = last - LONGEST + 1; first <= Math.min(last, spell.lastYear()); first++) {
                    present.computeIfAbsent(range(first, last), r -> new TreeSet<>()).add(spell.path());
                }
            }
        }
        Map<Weight, Long> weights = new HashMap<>();
        present.forEach((range, paths) -> {
            int first = (int) (range >> 32);
            int last = (int) (long) range;
            String previous = null;
            for (String path : paths) {
                weights.merge(new Weight(first, last, path), 1L, Long::sum);
                if (previous != null) {
                    weights.merge(new Weight(first, last, MentorSpells.commonAncestor(previous, path)), -1L, Long::sum);
                }
                previous = path;
            }
        });
        weights.values().removeIf(n -> n == 0);
        return weights;
    }

    /** {@code after} minus {@code before}, weight by weight (zero differences left out). */
    static Map<Weight, Long> difference(Map<Weight, Long> before, Map<Weight, Long> after) {
        Map<Weight, Long> difference = new TreeMap<>(java.util.Comparator.comparingInt(Weight::first)
                .thenComparingInt(Weight::last).thenComparing(Weight::path));
        after.forEach((w, n) -> difference.merge(w, n, Long::sum));
        before.forEach((w, n) -> difference.merge(w, -n, Long::sum));
        difference.values().removeIf(n -> n == 0);
        return difference;
    }

    /**
     * The weights added up for every organization they lie under: each weight counts at its organization and at every
     * organization above it, so that an organization's sum is its whole subtree's (what {@code mentoring_presence}
     * keeps). A path before a move and the same organization's path after it stay apart here, each with its own
     * ancestors.
     */
    static Map<Weight, Long> subtreeSums(Map<Weight, Long> weights) {
        Map<Weight, Long> sums = new HashMap<>();
        weights.forEach((weight, n) -> {
            String path = weight.path();
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                sums.merge(new Weight(weight.first(), weight.last(), path.substring(0, i + 1)), n, Long::sum);
            }
        });
        sums.values().removeIf(n -> n == 0);
        return sums;
    }

    /** The spells of rows holding a path, a first and a last day (null while open). */
    static List<Spell> spells(List<Object[]> rows) {
        List<Spell> spells = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            spells.add(spell((String) row[0], row[1], row[2]));
        }
        return spells;
    }

    static Spell spell(String path, Object start, Object end) {
        return new Spell(path, year(start), end == null ? OPEN : year(end));
    }

    private static int year(Object day) {
        return day instanceof java.sql.Date d ? d.toLocalDate().getYear() : ((java.time.LocalDate) day).getYear();
    }

    private static long range(int first, int last) {
        return ((long) first << 32) | (last & 0xffffffffL);
    }
}
