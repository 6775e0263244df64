package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;

import java.time.LocalDate;

/** The self-review period a date falls in, by the rulebook's frequency: '2026-11', '2026-Q4', '2026-H2', '2026'. */
public final class ReviewPeriod {

    private ReviewPeriod() {
    }

    public static String of(RulebookDefinition.ReviewFrequency frequency, LocalDate date) {
        return switch (frequency == null ? RulebookDefinition.ReviewFrequency.MONTHLY : frequency) {
            case MONTHLY -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTERLY -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY -> date.getYear() + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case YEARLY -> String.valueOf(date.getYear());
        };
    }

    /** The first day of the period a date falls in. */
    public static LocalDate start(RulebookDefinition.ReviewFrequency frequency, LocalDate date) {
        return switch (frequency == null ? RulebookDefinition.ReviewFrequency.MONTHLY : frequency) {
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEARLY -> LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEARLY -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** The period before the one a date falls in, and its last day. */
    public static String previous(RulebookDefinition.ReviewFrequency frequency, LocalDate date) {
        return of(frequency, start(frequency, date).minusDays(1));
    }
}
