package vn.chibo.recognition.internal;

import java.util.List;

/**
 * Row-by-row result of a bulk award entry: for each listed line, the recipient it was matched to,
 * or the message key of the reason it could not be. Nothing is saved unless every line is good.
 */
public record BulkReport(List<Line> lines, boolean saved) {

    public record Line(int number, String text, SubjectType kind, String recipientName, String organizationName,
                       String errorKey) {

        public boolean ok() {
            return errorKey == null;
        }
    }

    public long errors() {
        return lines.stream().filter(l -> !l.ok()).count();
    }

    public long accepted() {
        return lines.stream().filter(Line::ok).count();
    }
}
