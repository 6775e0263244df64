package vn.chibo.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A board or a chart as a workbook: title lines, one bold header row, then rows of real cells, so that a user can sort,
 * sum and chart them. Counts ({@link Long}, {@link Integer}) show 1.234, decimals ({@link BigDecimal}, {@link Double})
 * 97,5 and days ({@link LocalDate}) dd/mm/yyyy in a Vietnamese Excel; text stays text and {@code null} an empty cell.
 */
public final class TableWorkbook {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle count;
    private final CellStyle decimal;
    private final XlsxDates dates;

    public TableWorkbook() {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
        var format = book.createDataFormat();
        count = book.createCellStyle();
        count.setDataFormat(format.getFormat("#,##0"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.0"));
        dates = new XlsxDates(book);
    }

    /** A sheet: its title lines (bold), an empty line, the header row (bold, frozen) and the rows. */
    public TableWorkbook sheet(String name, List<String> titles, List<String> headers, List<? extends List<?>> rows) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        int r = 0;
        for (String title : titles) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(bold);
        }
        if (!titles.isEmpty()) {
            r++;
        }
        Row head = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 16 * 256);
        }
        sheet.createFreezePane(1, r);
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                write(row, c, values.get(c));
            }
        }
        return this;
    }

    private void write(Row row, int column, Object value) {
        if (value == null) {
            row.createCell(column);
        } else if (value instanceof LocalDate day) {
            dates.write(row, column, day);
        } else if (value instanceof Long || value instanceof Integer) {
            Cell cell = row.createCell(column);
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(count);
        } else if (value instanceof Number number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
        } else {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    public byte[] bytes() {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as a download named {@code name-yyyy-MM-dd.xlsx} (UTF-8 file name, ASCII fallback). */
    public ResponseEntity<byte[]> download(String name, LocalDate day) {
        byte[] body = bytes();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + day + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** A row written as a list (null values allowed, unlike {@link List#of}). */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
