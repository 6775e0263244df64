package vn.chibo.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A party document in the customary layout (thể thức văn bản của Đảng): the issuing organization
 * at the top left, 'ĐẢNG CỘNG SẢN VIỆT NAM' with place and date at the top right, a centred title,
 * the body, and the signature blocks. Times New Roman, as on the users' office PCs.
 */
public final class DocxDocument {

    private static final String FONT = "Times New Roman";

    private final XWPFDocument document;
    /** When set, new paragraphs and tables go before this paragraph of an existing document (a template's body placeholder). */
    private final XWPFParagraph anchor;

    public DocxDocument() {
        this(new XWPFDocument(), null);
    }

    private DocxDocument(XWPFDocument document, XWPFParagraph anchor) {
        this.document = document;
        this.anchor = anchor;
    }

    /**
     * Writes headings, paragraphs, tables and signatures into an existing document (e.g. a unit's template), each
     * inserted just before {@code anchor}, in the order written; the caller removes the anchor afterwards.
     */
    public static DocxDocument before(XWPFDocument document, XWPFParagraph anchor) {
        return new DocxDocument(document, anchor);
    }

    /** Top block: {@code issuer} lines on the left (superior, then the organization), place and date on the right. */
    public DocxDocument header(List<String> issuer, String placeAndDate) {
        return header(issuer, null, placeAndDate);
    }

    /** The top block with the document's number ('Số 12-BC/ĐU') under the issuer's star, as reports and notices carry. */
    public DocxDocument header(List<String> issuer, String number, String placeAndDate) {
        XWPFTable table = newTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableRow row = table.getRow(0);
        XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
        left.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < issuer.size(); i++) {
            run(left, issuer.get(i), i == issuer.size() - 1, false, 13);
            if (i < issuer.size() - 1) {
                left.createRun().addBreak();
            }
        }
        left.createRun().addBreak();
        run(left, "*", false, false, 13);
        if (number != null) {
            left.createRun().addBreak();
            run(left, number, false, false, 13);
        }
        XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
        right.setAlignment(ParagraphAlignment.CENTER);
        run(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 14);
        right.createRun().addBreak();
        run(right, placeAndDate, false, true, 13);
        return this;
    }

    public DocxDocument title(String title, String subtitle) {
        XWPFParagraph p = newParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, title, true, false, 15);
        if (subtitle != null) {
            p.createRun().addBreak();
            run(p, subtitle, true, false, 14);
        }
        return this;
    }

    public DocxDocument heading(String text) {
        XWPFParagraph p = newParagraph();
        p.setSpacingBefore(160);
        run(p, text, true, false, 14);
        return this;
    }

    public DocxDocument paragraph(String text) {
        XWPFParagraph p = newParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(567);
        run(p, text, false, false, 14);
        return this;
    }

    /** A labelled line: the label in bold, then the value. */
    public DocxDocument field(String label, String value) {
        XWPFParagraph p = newParagraph();
        run(p, label + ": ", true, false, 14);
        run(p, value == null ? "" : value, false, false, 14);
        return this;
    }

    public DocxDocument table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = newTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        for (int c = 0; c < headers.size(); c++) {
            XWPFParagraph p = table.getRow(0).getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, headers.get(c), true, false, 12);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> values = rows.get(r);
            for (int c = 0; c < headers.size(); c++) {
                run(table.getRow(r + 1).getCell(c).getParagraphs().get(0), c < values.size() ? values.get(c) : "", false,
                        false, 12);
            }
        }
        newParagraph();
        return this;
    }

    /** Signature blocks side by side: each is (role, name), e.g. ('THƯ KÝ', 'Nguyễn Văn A'). */
    public DocxDocument signatures(List<String[]> blocks) {
        XWPFTable table = newTable(1, blocks.size());
        table.removeBorders();
        table.setWidth("100%");
        for (int i = 0; i < blocks.size(); i++) {
            XWPFParagraph p = table.getRow(0).getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, blocks.get(i)[0], true, false, 14);
            for (int k = 0; k < 4; k++) {
                p.createRun().addBreak();
            }
            run(p, blocks.get(i)[1] == null ? "" : blocks.get(i)[1], true, false, 14);
        }
        return this;
    }

    /**
     * The closing of a report or notice: 'Nơi nhận' with its lines at the left (small, as custom has it), the signer's
     * block centred at the right ('T/M ĐẢNG ỦY', 'BÍ THƯ', room to sign, the name).
     */
    public DocxDocument recipientsAndSignature(String recipientsLabel, List<String> recipients, List<String> signerLines,
                                               String signerName) {
        XWPFTable table = newTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFParagraph left = table.getRow(0).getCell(0).getParagraphs().get(0);
        run(left, recipientsLabel, true, true, 12);
        for (String line : recipients) {
            left.createRun().addBreak();
            run(left, line, false, false, 11);
        }
        XWPFParagraph right = table.getRow(0).getCell(1).getParagraphs().get(0);
        right.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < signerLines.size(); i++) {
            if (i > 0) {
                right.createRun().addBreak();
            }
            run(right, signerLines.get(i), true, false, 14);
        }
        for (int k = 0; k < 4; k++) {
            right.createRun().addBreak();
        }
        run(right, signerName == null ? "" : signerName, true, false, 14);
        return this;
    }

    /** A small italic line, e.g. where the figures come from. */
    public DocxDocument note(String text) {
        XWPFParagraph p = newParagraph();
        p.setSpacingBefore(200);
        run(p, text, false, true, 11);
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph newParagraph() {
        return anchor == null ? document.createParagraph() : document.insertNewParagraph(anchor.getCTP().newCursor());
    }

    private XWPFTable newTable(int rows, int columns) {
        if (anchor == null) {
            return document.createTable(rows, columns);
        }
        XWPFTable table = document.insertNewTbl(anchor.getCTP().newCursor());
        XWPFTableRow first = table.getRows().isEmpty() ? table.createRow() : table.getRow(0);
        while (first.getTableCells().size() < columns) {
            first.addNewTableCell();
        }
        while (table.getRows().size() < rows) {
            table.createRow();
        }
        return table;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
