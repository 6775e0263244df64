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

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2}|Q[1-4]|H[12]))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final org.springframework.context.MessageSource messages;

    public Formats(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A review period's key as people say it: '2026-12' → 'Tháng 12/2026', '2026-Q3' → 'Quý III/2026',
     * '2026-H1' → '6 tháng đầu năm 2026', '2026' → 'Năm 2026'. Anything else is shown as it is.
     */
    public String period(String key) {
        if (key == null) {
            return "";
        }
        java.util.regex.Matcher m = PERIOD.matcher(key.strip());
        if (!m.matches()) {
            return key;
        }
        String year = m.group(1);
        String part = m.group(2);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if (part == null) {
            return messages.getMessage("period.year", new Object[] {year}, locale);
        }
        if (part.startsWith("Q")) {
            return messages.getMessage("period.quarter", new Object[] {ROMAN[part.charAt(1) - '1'], year}, locale);
        }
        if (part.startsWith("H")) {
            return messages.getMessage("period.half" + part.charAt(1), new Object[] {year}, locale);
        }
        return messages.getMessage("period.month", new Object[] {part, year}, locale);
    }

    /**
     * A value as the audit trail recorded it, shown the Vietnamese way: yes/no for booleans, dd/MM/yyyy
     * for ISO dates and times, the decimal comma for decimals; other text as it is.
     */
    public String recorded(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if ("true".equals(text) || "false".equals(text)) {
            return messages.getMessage("value." + text, null, locale);
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return date(LocalDate.parse(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z?")) {
                return text.endsWith("Z") ? dateTime(Instant.parse(text))
                        : java.time.LocalDateTime.parse(text).format(DATE_TIME);
            }
        } catch (java.time.DateTimeException notADate) {
            return text; // free text that only looks like a date ("2026-02-30" typed in a note): shown as typed
        }
        if (text.matches("-?\\d+\\.\\d+")) {
            return decimal(new java.math.BigDecimal(text));
        }
        return text;
    }

    /** A month as people say it: 'Tháng 12/2026'. */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : period(month.toString());
    }

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
        return value == null ? "" : format(INTEGER, NumberFormat::getIntegerInstance).format(value);
    }

    /** A figure with exactly one decimal, grouped as {@link #number}: '1.234,5' in Vietnamese, '1,234.5' in English. */
    public String oneDecimal(java.math.BigDecimal value) {
        return value == null ? "" : format(ONE_DECIMAL, locale -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format;
        }).format(value);
    }

    /**
     * Number formats cost far more to make than to use (a province's review prints some 20,000 numbers): one of each
     * kind per locale and thread, since a format is not safe to share between threads.
     */
    private static final ThreadLocal<java.util.Map<java.util.Locale, NumberFormat>> INTEGER =
            ThreadLocal.withInitial(java.util.HashMap::new);
    private static final ThreadLocal<java.util.Map<java.util.Locale, NumberFormat>> ONE_DECIMAL =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static NumberFormat format(ThreadLocal<java.util.Map<java.util.Locale, NumberFormat>> kind,
                                       java.util.function.Function<java.util.Locale, NumberFormat> make) {
        return kind.get().computeIfAbsent(LocaleContextHolder.getLocale(), make);
    }

    /** A decimal as people write it: '87,5' in Vietnamese, '87.5' in English; no trailing zeros. */
    public String decimal(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "vi".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /**
     * A share in percent as the review and the dashboards show it, always to one decimal, so that a column lines up:
     * '94,0' for 93,96, '58,0' for 58 (the '%' is the caller's, as in 'Tỷ lệ dự: 94,0%').
     */
    public String share(java.math.BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        String plain = percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
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
