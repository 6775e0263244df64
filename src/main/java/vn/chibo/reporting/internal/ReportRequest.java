package vn.chibo.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.chibo.statistics.ReviewPeriod;

/**
 * The parameters of a report download as they arrive ({@code from}, {@code to} as yyyy-MM-dd, {@code format}), checked:
 * anything unreadable is a {@link Bad} with the message key saying what.
 */
public record ReportRequest(long organizationId, ReviewPeriod period, ReportFormat format) {

    /** A request that cannot be answered as asked (400). */
    public static final class Bad extends RuntimeException {
        private final String messageKey;

        Bad(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static ReportRequest parse(long organizationId, String from, String to, String format) {
        ReportFormat parsed = ReportFormat.parse(format).orElseThrow(() -> new Bad("reporting.error.format"));
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (last.isBefore(first)) {
            throw new Bad("reporting.error.order");
        }
        return new ReportRequest(organizationId, new ReviewPeriod(first, last), parsed);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new Bad("reporting.error.date");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Bad("reporting.error.date");
        }
    }
}
