package vn.chibo.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and months as people type them, whatever the browser's locale: {@code 19/05/2026}
 * (also {@code 19-5-2026} and {@code 19.05.2026}), {@code 07:30} (also {@code 7:30} and {@code 7h30}),
 * {@code 12/2026} or {@code Tháng 12/2026}. ISO forms ({@code 2026-05-19}, {@code 2026-12}) are accepted
 * too, for scripts and links written before. Every page prints them back the Vietnamese way.
 */
public final class DateInput {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::\\d{2})?");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:tháng\\s*)?(\\d{1,2})[/.\\-](\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    private DateInput() {
    }

    /** A day typed dd/MM/yyyy (or ISO); {@link DateTimeParseException} for anything else, such as 31/02/2026. */
    public static LocalDate parseDate(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return LocalDate.of(number(m, 3), number(m, 2), number(m, 1));
            }
            m = ISO_DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
            }
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("Not a day: " + value, value, 0, e);
        }
        throw new DateTimeParseException("Not a day: " + value, value, 0);
    }

    /** A time of day on the 24-hour clock: 07:30, 7:30, 7h30, 14h. */
    public static LocalTime parseTime(String text) {
        String value = text == null ? "" : text.strip();
        Matcher m = CLOCK.matcher(value);
        if (m.matches()) {
            try {
                return LocalTime.of(number(m, 1), m.group(2) == null ? 0 : number(m, 2));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException("Not a time: " + value, value, 0, e);
            }
        }
        throw new DateTimeParseException("Not a time: " + value, value, 0);
    }

    /** A month: 12/2026, Tháng 12/2026 or 2026-12. */
    public static YearMonth parseMonth(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher m = MONTH_FIRST.matcher(value);
            if (m.matches()) {
                return YearMonth.of(number(m, 2), number(m, 1));
            }
            m = ISO_MONTH.matcher(value);
            if (m.matches()) {
                return YearMonth.of(number(m, 1), number(m, 2));
            }
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("Not a month: " + value, value, 0, e);
        }
        throw new DateTimeParseException("Not a month: " + value, value, 0);
    }

    public static String print(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String print(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String print(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
