package vn.chibo.reporting.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything the review report says, in order, before it is laid out: the values of the template's placeholders
 * ({@link Placeholder}), the body, and the figures for {@code {{SO_LIEU:key}}}. DOCX and PDF are both rendered from one
 * content, so they say the same.
 */
public record ReportContent(Map<Placeholder, String> fields, List<Block> body, Map<String, Number> figures) {

    /** A piece of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A numbered heading ('I. KẾT QUẢ THỰC HIỆN', '1. Công tác phát triển đảng'); {@code level} 1 or 2. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    public String field(Placeholder placeholder) {
        return fields.getOrDefault(placeholder, "");
    }

    /** The body as plain text, one block a line: what tests compare for reproducibility. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        for (Block block : body) {
            if (block instanceof Heading h) {
                text.append(h.text());
            } else if (block instanceof Paragraph p) {
                text.append(p.text());
            } else if (block instanceof Table t) {
                text.append(String.join(" | ", t.headers()));
                t.rows().forEach(row -> text.append('\n').append(String.join(" | ", row)));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
