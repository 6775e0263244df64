package vn.chibo.reporting.internal;

import java.util.Locale;
import java.util.Optional;

/** The files a review can be downloaded as: the report (DOCX, PDF) or the figures workbook (XLSX). */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 'docx', 'pdf' or 'xlsx' (any case); anything else is empty. */
    public static Optional<ReportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ReportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(text.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
