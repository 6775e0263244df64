package vn.chibo.importing.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import vn.chibo.shared.text.VietnameseText;

/** Reads typed values out of a row, recording an error against the row and column when a value does not parse. */
final class Values {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));
    /** Excel's day 0 in the 1900 date system, counting its phantom 29/02/1900 (serials from 61 on). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private final Issues issues;
    /** Search keys of the choice cells read so far: a file repeats a handful of spellings thousands of times. */
    private final Map<String, String> keys = new java.util.HashMap<>();
    private final boolean date1904;
    private final LocalDate today;

    Values(Issues issues, boolean date1904, LocalDate today) {
        this.issues = issues;
        this.date1904 = date1904;
        this.today = today;
    }

    /** The text of a column, checked for presence (when required) and length; null when missing or wrong. */
    String text(SourceRow row, Column column) {
        String value = row.get(column.key());
        if (value == null) {
            if (column.required()) {
                issues.error(row.number(), column.key(), "import.error.required");
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            issues.error(row.number(), column.key(), "import.error.tooLong", column.maxLength());
            return null;
        }
        return value;
    }

    /** A date given as an Excel date or as dd/MM/yyyy text, not after today. */
    LocalDate date(SourceRow row, Column column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            issues.error(row.number(), column.key(), "import.error.date", value);
            return null;
        }
        if (date.isAfter(today)) {
            issues.error(row.number(), column.key(), "import.error.futureDate", value);
            return null;
        }
        return date;
    }

    private LocalDate parseDate(String value) {
        if (value.matches("\\d{1,6}(\\.\\d+)?")) {
            long serial = new BigDecimal(value).longValue();
            if (serial < 61 && !date1904) {
                return null;
            }
            return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(serial);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** One of the allowed values, by any accepted spelling (accents and case optional); null when missing or unknown. */
    <E> E choice(SourceRow row, Column column, Map<String, E> spellings, List<String> shown) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        E found = spellings.get(keys.computeIfAbsent(value, VietnameseText::searchKey));
        if (found == null) {
            issues.error(row.number(), column.key(), "import.error.choice", value, String.join(", ", shown));
        }
        return found;
    }
}
