package vn.chibo.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.chibo.statistics.ReviewPeriod;

/** Reads a review period from request parameters: ISO days for the API, dd/MM/yyyy for the page. */
final class PeriodInput {

    /** A period that cannot be read, with the message key (and its argument) that says why. */
    static final class BadPeriod extends vn.chibo.shared.web.BusinessRuleException {

        final String messageKey;
        final String value;

        BadPeriod(String messageKey, String value) {
            super("from", messageKey, value);
            this.messageKey = messageKey;
            this.value = value;
        }
    }

    /** Longest period a review covers: thirty years is more than any congress term. */
    static final int MAX_YEARS = 30;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PeriodInput() {
    }

    static ReviewPeriod iso(String from, String to) {
        return period(day(from, ISO, "statistics.error.isoDate"), day(to, ISO, "statistics.error.isoDate"));
    }

    static ReviewPeriod display(String from, String to) {
        return period(day(from, DISPLAY, "statistics.error.displayDate"), day(to, DISPLAY, "statistics.error.displayDate"));
    }

    private static ReviewPeriod period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BadPeriod("statistics.error.periodOrder", to.toString());
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new BadPeriod("statistics.error.periodTooLong", String.valueOf(MAX_YEARS));
        }
        return new ReviewPeriod(from, to);
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
