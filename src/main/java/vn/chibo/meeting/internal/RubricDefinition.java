package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A meeting-quality rubric as data: scored items (automatic bands over {@link Measure}s, or manual points given
 * by the cell), grades by total with the items that need full marks for a grade, the "flat meeting" rule, the
 * strike-off alert and what a member's "attends and contributes" indicator requires.
 *
 * @param appliesTo kinds of meeting that are scored
 */
public record RubricDefinition(List<MeetingKind> appliesTo, List<Item> items, List<Grade> grades, Flat flat,
                               StrikeOff strikeOff, MemberContribution memberContribution) {

    public RubricDefinition {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        items = items == null ? List.of() : List.copyOf(items);
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /**
     * One scored item. Automatic: the first band whose conditions all hold gives its points (none: 0); when a measure
     * it compares is unknown, {@code whenUnknown} points. Manual: the cell gives 0..maxPoints.
     */
    public record Item(String code, Map<String, String> name, BigDecimal maxPoints, boolean manual, List<Band> bands,
                       BigDecimal whenUnknown) {

        public Item {
            bands = bands == null ? List.of() : List.copyOf(bands);
            whenUnknown = whenUnknown == null ? BigDecimal.ZERO : whenUnknown;
        }

        public String nameVi() {
            return name == null ? code : name.getOrDefault("vi", code);
        }

        public String name(String language) {
            return name == null ? code : name.getOrDefault(language, nameVi());
        }
    }

    public record Band(BigDecimal points, List<Condition> when) {

        public Band {
            when = when == null ? List.of() : List.copyOf(when);
        }
    }

    public enum Op { GT, GE, LT, LE, EQ }

    /**
     * {@code measure op value}; {@code valueWhenCombinedThematic} replaces the value for a meeting combined with a
     * thematic session (e.g. 120 instead of 90 minutes).
     */
    public record Condition(Measure measure, Op op, BigDecimal value, BigDecimal valueWhenCombinedThematic) {

        public BigDecimal valueFor(boolean combinedThematic) {
            return combinedThematic && valueWhenCombinedThematic != null ? valueWhenCombinedThematic : value;
        }

        public boolean holds(BigDecimal actual, boolean combinedThematic) {
            if (actual == null) {
                return false;
            }
            int c = actual.compareTo(valueFor(combinedThematic));
            return switch (op) {
                case GT -> c > 0;
                case GE -> c >= 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
            };
        }
    }

    /** A grade for totals of at least {@code atLeast}, given full marks on the listed items. */
    public record Grade(String code, BigDecimal atLeast, List<String> fullMarksOn) {

        public Grade {
            fullMarksOn = fullMarksOn == null ? List.of() : List.copyOf(fullMarksOn);
        }
    }

    /** A meeting is flat (trầm lắng) when any of these holds. */
    public record Flat(List<Condition> any) {

        public Flat {
            any = any == null ? List.of() : List.copyOf(any);
        }
    }

    /**
     * Điều lệ Đảng: a member absent without reason from activity for {@code unexcusedMonths} months in a (calendar)
     * year is struck off; warn from {@code warnFrom} months.
     */
    public record StrikeOff(int unexcusedMonths, int warnFrom) {
    }

    /** 'Attends and contributes' for a member over a period: no unexcused absence and contributed in this share of meetings attended. */
    public record MemberContribution(BigDecimal minSpokenShare) {
    }

    public BigDecimal totalPoints() {
        return items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public List<Item> manualItems() {
        return items.stream().filter(Item::manual).toList();
    }
}
