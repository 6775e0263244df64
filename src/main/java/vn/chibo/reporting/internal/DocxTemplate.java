package vn.chibo.reporting.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A report template opened for filling: finds the {@code {{…}}} placeholders in every paragraph (body, tables, headers
 * and footers), replaces them, and locates the paragraph that holds the body. A placeholder may be split over several
 * runs (Word does that); the paragraph's text is then rewritten in the first run's formatting.
 */
final class DocxTemplate implements AutoCloseable {

    static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    final XWPFDocument document;

    private DocxTemplate(XWPFDocument document) {
        this.document = document;
    }

    /** @throws Exception when the bytes are not a readable DOCX (the caller turns that into its message) */
    static DocxTemplate open(byte[] content) throws Exception {
        return new DocxTemplate(new XWPFDocument(new ByteArrayInputStream(content)));
    }

    /** Every placeholder name, in document order, with duplicates. */
    List<String> placeholders() {
        List<String> names = new ArrayList<>();
        for (XWPFParagraph p : paragraphs()) {
            Matcher m = TOKEN.matcher(p.getText());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The paragraph of the document's body whose whole text is {@code {{NOI_DUNG}}}, or null. */
    XWPFParagraph bodyAnchor() {
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p && TOKEN.matcher(p.getText().strip()).matches()
                    && Placeholder.NOI_DUNG.name().equals(p.getText().strip().replaceAll("[{}\\s]", ""))) {
                return p;
            }
        }
        return null;
    }

    /** Replaces every placeholder but the body's; {@code value} answers a placeholder name (lines split by '\n'). */
    void fill(Function<String, String> value) {
        XWPFParagraph anchor = bodyAnchor();
        for (XWPFParagraph p : paragraphs()) {
            if (p == anchor || !TOKEN.matcher(p.getText()).find()) {
                continue;
            }
            Matcher m = TOKEN.matcher(p.getText());
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(text, Matcher.quoteReplacement(value.apply(m.group(1))));
            }
            m.appendTail(text);
            rewrite(p, text.toString());
        }
    }

    private static void rewrite(XWPFParagraph p, String text) {
        List<XWPFRun> runs = p.getRuns();
        CTRPr format = runs.isEmpty() || runs.get(0).getCTR().getRPr() == null ? null
                : (CTRPr) runs.get(0).getCTR().getRPr().copy();
        for (int i = runs.size() - 1; i >= 0; i--) {
            p.removeRun(i);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            if (format != null) {
                run.getCTR().setRPr(format);
            }
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(document.getBodyElements(), all);
        for (XWPFHeaderFooter part : headersAndFooters()) {
            collect(part.getBodyElements(), all);
        }
        return all;
    }

    private List<XWPFHeaderFooter> headersAndFooters() {
        List<XWPFHeaderFooter> parts = new ArrayList<>(document.getHeaderList());
        parts.addAll(document.getFooterList());
        return parts;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                into.add(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        document.close();
    }
}
