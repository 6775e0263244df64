package vn.chibo.shared.document;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Dates in an exported workbook as real Excel dates shown dd/mm/yyyy, so that a user can sort, filter and
 * compute with them (a text '19/05/2026' is none of that), whatever Excel's own locale.
 */
public final class XlsxDates {

    private final CellStyle style;

    public XlsxDates(Workbook workbook) {
        style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** A date cell in the column, left empty for no date. */
    public Cell write(Row row, int column, LocalDate date) {
        Cell cell = row.createCell(column);
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(style);
        }
        return cell;
    }
}
