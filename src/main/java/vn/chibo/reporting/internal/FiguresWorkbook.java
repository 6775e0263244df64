package vn.chibo.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.Review;

/**
 * Bảng số liệu sơ kết (XLSX): a summary sheet with every figure, the whole period and one column a year, then a sheet
 * per section with the figures of each direct sub-organization, the organization's own records and the total, and,
 * for a locked period that has changed since, the changes. Cells hold real numbers with Vietnamese display formats
 * (#,##0; shares as 0.0%, stored as fractions); a figure the review does not have is an empty cell, never 0.
 */
@Component
public class FiguresWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FigureText text;

    FiguresWorkbook(FigureText text) {
        this.text = text;
    }

    private record Styles(CellStyle header, CellStyle bold, CellStyle count, CellStyle share, CellStyle decimal) {
    }

    public byte[] render(Review review, String sourceLine) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = styles(book);
            Map<String, Number> figures = review.figures() == null ? Map.of() : review.figures();
            summary(book, styles, review, figures, sourceLine);
            Set<String> sheetNames = new HashSet<>(Set.of(text.vi("reporting.xlsx.summary")));
            if (review.rows() != null && !review.rows().isEmpty()) {
                List<String> sections = FigureOrder.keys(figures).stream().map(FigureText::section).distinct().toList();
                for (String section : sections) {
                    String name = WorkbookUtil.createSafeSheetName(text.sectionTitle(section));
                    if (!sheetNames.add(name)) {
                        name = WorkbookUtil.createSafeSheetName(section);
                    }
                    byUnit(book.createSheet(name), styles, review, figures.keySet().stream()
                            .filter(k -> figures.get(k) != null && FigureText.section(k).equals(section)).sorted(FigureOrder.KEYS).toList());
                }
            }
            if (review.changesSinceLock() != null && !review.changesSinceLock().isEmpty()) {
                changes(book.createSheet(WorkbookUtil.createSafeSheetName(text.vi("reporting.xlsx.changes"))), styles, review);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(Workbook book, Styles styles, Review review, Map<String, Number> figures, String sourceLine) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(text.vi("reporting.xlsx.summary")));
        text(sheet.createRow(0), 0, text.vi("reporting.xlsx.title", review.organization().name()), styles.bold());
        text(sheet.createRow(1), 0, text.vi("reporting.period", DATE.format(review.from()), DATE.format(review.to())), null);
        text(sheet.createRow(2), 0, sourceLine, null);
        List<Integer> years = review.period().spansYears() && review.years() != null ? List.copyOf(review.years().keySet()) : List.of();
        List<String> headers = new ArrayList<>(List.of(text.vi("reporting.col.no"), text.vi("reporting.xlsx.section"),
                text.vi("reporting.col.figure"), text.vi("reporting.xlsx.key"), text.vi("reporting.col.period")));
        years.forEach(y -> headers.add(text.vi("reporting.col.year", String.valueOf(y))));
        header(sheet, 4, headers, styles);
        int r = 5;
        for (String key : FigureOrder.keys(figures)) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 4);
            text(row, 1, text.sectionTitle(FigureText.section(key)), null);
            text(row, 2, text.label(key), null);
            text(row, 3, key, null);
            number(row, 4, key, figures.get(key), styles);
            for (int y = 0; y < years.size(); y++) {
                Map<String, Number> ofYear = review.years().get(years.get(y));
                number(row, 5 + y, key, ofYear == null ? null : ofYear.get(key), styles);
            }
            r++;
        }
        sheet.createFreezePane(0, 5);
        widths(sheet, 6, 24, 60, 40, 14, years.size(), 12);
    }

    private void byUnit(Sheet sheet, Styles styles, Review review, List<String> keys) {
        List<String> headers = new ArrayList<>(List.of(text.vi("reporting.col.unit")));
        keys.forEach(k -> headers.add(text.label(k)));
        header(sheet, 0, headers, styles);
        int r = 1;
        for (Review.Row unit : review.rows()) {
            Row row = sheet.createRow(r++);
            text(row, 0, unit.own() ? text.vi("reporting.row.own", unit.organization().name()) : unit.organization().name(), null);
            for (int c = 0; c < keys.size(); c++) {
                number(row, c + 1, keys.get(c), unit.figures() == null ? null : unit.figures().get(keys.get(c)), styles);
            }
        }
        Row total = sheet.createRow(r);
        text(total, 0, text.vi("reporting.row.total"), styles.bold());
        for (int c = 0; c < keys.size(); c++) {
            number(total, c + 1, keys.get(c), review.figures().get(keys.get(c)), styles);
        }
        sheet.createFreezePane(1, 1);
        widths(sheet, 48, 0, 0, 0, 0, keys.size(), 18);
    }

    private void changes(Sheet sheet, Styles styles, Review review) {
        header(sheet, 0, List.of(text.vi("reporting.col.figure"), text.vi("reporting.xlsx.key"), text.vi("reporting.xlsx.locked"),
                text.vi("reporting.xlsx.current")), styles);
        int r = 1;
        for (Review.Change change : review.changesSinceLock()) {
            Row row = sheet.createRow(r++);
            text(row, 0, text.label(change.key()), null);
            text(row, 1, change.key(), null);
            number(row, 2, change.key(), change.locked(), styles);
            number(row, 3, change.key(), change.current(), styles);
        }
        widths(sheet, 60, 40, 14, 14, 0, 0, 0);
    }

    /** A real number: a share 94.2 is stored as 0.942 and shown '94,2%'; a missing figure leaves the cell empty. */
    private static void number(Row row, int column, String key, Number value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return;
        }
        BigDecimal decimal = VietNumbers.toDecimal(value);
        if (VietNumbers.isShare(key)) {
            cell.setCellValue(decimal.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).doubleValue());
            cell.setCellStyle(styles.share());
        } else {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(VietNumbers.isWhole(value) ? styles.count() : styles.decimal());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void header(Sheet sheet, int rowIndex, List<String> headers, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header());
        }
    }

    /** Column widths in characters: five leading columns (0 = leave), then {@code repeat} columns of {@code each}. */
    private static void widths(Sheet sheet, int a, int b, int c, int d, int e, int repeat, int each) {
        int[] first = {a, b, c, d, e};
        int column = 0;
        for (int w : first) {
            if (w > 0) {
                sheet.setColumnWidth(column++, w * 256);
            }
        }
        for (int i = 0; i < repeat; i++) {
            sheet.setColumnWidth(column++, each * 256);
        }
    }

    private static Styles styles(Workbook book) {
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        CellStyle bold = book.createCellStyle();
        bold.setFont(boldFont);
        var format = book.createDataFormat();
        CellStyle count = book.createCellStyle();
        count.setDataFormat(format.getFormat("#,##0"));
        CellStyle share = book.createCellStyle();
        share.setDataFormat(format.getFormat("0.0%"));
        CellStyle decimal = book.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.0"));
        return new Styles(header, bold, count, share, decimal);
    }
}
