package vn.chibo.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** The period a review covers, both days included (e.g. 16/06/2019–15/06/2022, a year, a quarter, a month). */
public record ReviewPeriod(LocalDate from, LocalDate to) {

    public ReviewPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A review period needs both its first and its last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A review period cannot end before it starts: " + from + " – " + to);
        }
    }

    public static ReviewPeriod ofYear(int year) {
        return new ReviewPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whole years {@code first}..{@code last}. */
    public static ReviewPeriod ofYears(int first, int last) {
        return new ReviewPeriod(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    /** Quarter 1–4 of a year. */
    public static ReviewPeriod ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new ReviewPeriod(first, first.plusMonths(3).minusDays(1));
    }

    public static ReviewPeriod ofMonth(YearMonth month) {
        return new ReviewPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar years the period touches, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().toList();
    }

    /** Whether the period is made of whole months (a month, a quarter, a year, several years). */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
    }

    public boolean spansYears() {
        return from.getYear() != to.getYear();
    }

    /** The part of this period inside one calendar year (the period itself when it lies in that year). */
    public ReviewPeriod within(int year) {
        LocalDate start = from.getYear() == year ? from : LocalDate.of(year, 1, 1);
        LocalDate end = to.getYear() == year ? to : LocalDate.of(year, 12, 31);
        return new ReviewPeriod(start, end);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
