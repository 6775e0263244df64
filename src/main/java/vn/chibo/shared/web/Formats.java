package vn.chibo.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Display formats used by templates as {@code @fmt}: dd/MM/yyyy dates, Vietnamese-time timestamps, '1.234' numbers in vi. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    /** A decimal as people write it: '87,5' in Vietnamese, '87.5' in English; no trailing zeros. */
    public String decimal(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "vi".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** A month as typed in a month field: '12/2026'. */
    public String monthInput(java.time.YearMonth month) {
        return DateInput.print(month);
    }

    /** A time of day on the 24-hour clock: '07:30'. */
    public String time(java.time.LocalTime time) {
        return DateInput.print(time);
    }

    /** ISO date, for links and machine-readable attributes only (never shown to people). */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
