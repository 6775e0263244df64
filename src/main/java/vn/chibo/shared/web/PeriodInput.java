package vn.chibo.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads a period (both days included) from request parameters: ISO days for the API, dd/MM/yyyy for the pages.
 * The one mechanism behind every page's period choice ({@link PeriodChoice}) and the review API.
 */
public final class PeriodInput {

    /** A period that cannot be read, with the message key (and its argument) that says why. */
    public static final class BadPeriod extends BusinessRuleException {

        private final String key;
        private final String value;

        BadPeriod(String messageKey, String value) {
            super("from", messageKey, value);
            this.key = messageKey;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String value() {
            return value;
        }
    }

    /** A period read from the request: first and last day. */
    public record Days(LocalDate from, LocalDate to) {
    }

    /** Longest period a review covers: thirty years is more than any congress term. */
    public static final int MAX_YEARS = 30;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PeriodInput() {
    }

    public static Days iso(String from, String to) {
        return period(day(from, ISO, "statistics.error.isoDate"), day(to, ISO, "statistics.error.isoDate"));
    }

    public static Days display(String from, String to) {
        return period(day(from, DISPLAY, "statistics.error.displayDate"), day(to, DISPLAY, "statistics.error.displayDate"));
    }

    private static Days period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BadPeriod("statistics.error.periodOrder", DISPLAY.format(to));
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new BadPeriod("statistics.error.periodTooLong", String.valueOf(MAX_YEARS));
        }
        return new Days(from, to);
    }

    private static LocalDate day(String text, DateTimeFormatter format, String messageKey) {
        String value = text == null ? "" : text.strip();
        try {
            LocalDate day = LocalDate.parse(value, format);
            if (day.getYear() < 1930 || day.getYear() > 2999) {
                throw new BadPeriod(messageKey, value);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadPeriod(messageKey, value);
        }
    }
}
