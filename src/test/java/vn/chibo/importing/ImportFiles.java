package vn.chibo.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small XLSX files made in the tests: a header row and text rows, on a named sheet. */
public final class ImportFiles {

    public static final List<String> PEOPLE_HEADER = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD / số hiệu quân nhân",
            "Tình trạng", "Ngày vào Đảng", "Ngày chính thức", "Đơn vị sinh hoạt");

    private ImportFiles() {
    }

    /** A workbook with one sheet: the header then the rows (null cells stay empty). */
    public static byte[] sheet(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A people file in the template's sheet with the header of {@link #PEOPLE_HEADER}. */
    public static byte[] people(List<List<String>> rows) {
        return sheet("Đảng viên, quần chúng", PEOPLE_HEADER, rows);
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }
}
