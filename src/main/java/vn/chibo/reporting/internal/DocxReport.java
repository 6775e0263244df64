package vn.chibo.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;
import vn.chibo.reporting.internal.ReportContent.Block;
import vn.chibo.reporting.internal.ReportContent.Heading;
import vn.chibo.reporting.internal.ReportContent.Paragraph;
import vn.chibo.reporting.internal.ReportContent.Table;
import vn.chibo.shared.document.DocxDocument;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * The review report as DOCX: a template's placeholders filled and the body written where {@code {{NOI_DUNG}}} stands,
 * in the shared document kit's style. {@link #check(byte[])} is what an uploaded template must pass: a readable DOCX,
 * only known placeholders, the body placeholder once and alone in a paragraph of the body, and a trial report that opens.
 */
@Component
public class DocxReport {

    private static final Pattern FIGURE_KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+");

    /** A template that cannot give a report: the message key and its arguments, ready for a {@link BusinessRuleException}. */
    public static final class TemplateRejected extends BusinessRuleException {
        TemplateRejected(String messageKey, Object... arguments) {
            super("file", messageKey, arguments);
        }
    }

    public byte[] render(byte[] template, ReportContent content) {
        try (DocxTemplate doc = DocxTemplate.open(template)) {
            problem(doc).ifPresent(p -> {
                throw p;
            });
            XWPFParagraph anchor = doc.bodyAnchor();
            doc.fill(name -> value(name, content));
            DocxDocument body = DocxDocument.before(doc.document, anchor);
            for (Block block : content.body()) {
                if (block instanceof Heading h) {
                    body.heading(h.text());
                } else if (block instanceof Paragraph p) {
                    body.paragraph(p.text());
                } else if (block instanceof Table t) {
                    body.table(t.headers(), t.rows());
                }
            }
            doc.document.removeBodyElement(doc.document.getPosOfParagraph(anchor));
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.document.write(out);
                return out.toByteArray();
            }
        } catch (TemplateRejected e) {
            throw e;
        } catch (Exception e) {
            throw new TemplateRejected("reporting.template.error.broken");
        }
    }

    /** Refuses a template that would not give a sound report, with the reason; returns the placeholders it uses. */
    public Set<String> check(byte[] template, ReportContent sample) {
        Set<String> used;
        try (DocxTemplate doc = DocxTemplate.open(template)) {
            Optional<TemplateRejected> problem = problem(doc);
            if (problem.isPresent()) {
                throw problem.get();
            }
            used = new LinkedHashSet<>(doc.placeholders());
        } catch (TemplateRejected e) {
            throw e;
        } catch (Exception e) {
            throw new TemplateRejected("reporting.template.error.unreadable");
        }
        byte[] trial = render(template, sample);
        try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(trial))) {
            reopened.getParagraphs();
        } catch (Exception e) {
            throw new TemplateRejected("reporting.template.error.broken");
        }
        return used;
    }

    private static Optional<TemplateRejected> problem(DocxTemplate doc) {
        List<String> names = doc.placeholders();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (!known(name)) {
                unknown.add("{{" + name + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new TemplateRejected("reporting.template.error.unknown", String.join(", ", new LinkedHashSet<>(unknown))));
        }
        long bodies = names.stream().filter(Placeholder.NOI_DUNG.name()::equals).count();
        if (bodies != 1 || doc.bodyAnchor() == null) {
            return Optional.of(new TemplateRejected("reporting.template.error.body"));
        }
        return Optional.empty();
    }

    static boolean known(String name) {
        if (name.startsWith(Placeholder.FIGURE_PREFIX)) {
            return FIGURE_KEY.matcher(name.substring(Placeholder.FIGURE_PREFIX.length())).matches();
        }
        return Placeholder.of(name).isPresent();
    }

    private static String value(String name, ReportContent content) {
        if (name.startsWith(Placeholder.FIGURE_PREFIX)) {
            String key = name.substring(Placeholder.FIGURE_PREFIX.length());
            String text = FigureText.value(key, content.figures());
            return text.isEmpty() ? UnitTables.NONE : text;
        }
        return content.field(Placeholder.of(name).orElseThrow());
    }
}
