package vn.chibo.importing.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders stored findings in the reader's language: “Dòng 1.204, cột 'Ngày vào Đảng': ngày 31/02/1990 không hợp lệ.” */
@Component
public class IssueTexts {

    /** A finding as pages and the API show it; {@code row} is the spreadsheet's own row number. */
    public record IssueText(String severity, String sheet, Integer row, String column, String message) {
    }

    private final MessageSource messages;
    private final ImportChecker checker;

    IssueTexts(MessageSource messages, ImportChecker checker) {
        this.messages = messages;
        this.checker = checker;
    }

    public List<IssueText> render(ImportKind kind, List<Issues.Issue> issues, Locale locale) {
        List<Column> columns = checker.kind(kind).columns();
        return issues.stream().map(issue -> {
            String column = issue.column() == null ? null : columns.stream().filter(c -> c.key().equals(issue.column()))
                    .findFirst().map(c -> messages.getMessage(c.headerKey(), null, c.key(), locale)).orElse(issue.column());
            String body = messages.getMessage(issue.messageKey(), issue.arguments().toArray(), issue.messageKey(), locale);
            String message = issue.row() == null ? body
                    : column == null ? messages.getMessage("import.issue.row", new Object[] {issue.row(), body}, locale)
                    : messages.getMessage("import.issue.cell", new Object[] {issue.row(), column, body}, locale);
            return new IssueText(issue.severity().name(), issue.sheet(), issue.row(), column, message);
        }).toList();
    }
}
