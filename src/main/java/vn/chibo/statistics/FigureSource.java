package vn.chibo.statistics;

/**
 * Published port through which a module supplies the review figures of the facts it owns (people,
 * mentoring, emulation and classification, meetings, development, inspection, awards and discipline).
 * Implementations live in the owning module's {@code internal} package and count their own tables in
 * SQL with the scope's literal subtree prefixes: per bucket (the direct sub-organizations, plus the
 * root's own records) and the exact total, and for a scope
 * {@linkplain FigureScope#byYear by year} each year's totals in the same statements (see {@link FigureQueries}). Distinct counts are not additive: their totals come from
 * their own query ({@link FigureSet#distinctTotal}), never from summing the buckets.
 */
public interface FigureSource {

    FigureSet figures(FigureScope scope);

    /**
     * Whether {@link #figures} also fills each year's totals ({@link FigureSet#addYear}) when the scope asks for them
     * ({@link FigureScope#byYear}), as every source here does. A source that does not says so, and is asked again once
     * per year, totals only.
     */
    default boolean countsYears() {
        return true;
    }

    /**
     * The tables whose rows the figures are counted from (every table {@link #figures} reads, through any module), by
     * their names in the figure change journal (lower case). A kept review is brought up to date by counting anew
     * only the sources that read a table changed since under the subtree; empty (unknown) means counted anew after
     * any change. A source that reads a table only for some rows the journal names apart ({@code table:label}, e.g.
     * {@code mentoring_assignment:awards}: the assignments' changes journaled where the mentor's awards are, V58) may
     * name those instead of the table.
     */
    default java.util.Set<String> tables() {
        return java.util.Set.of();
    }

    /**
     * Whether the figures depend on the day they are counted on, not only on the rows (a deadline overdue today): a
     * kept answer of an earlier day counts these sources anew, and takes the others' figures as kept.
     */
    default boolean dependsOnToday() {
        return false;
    }
}
