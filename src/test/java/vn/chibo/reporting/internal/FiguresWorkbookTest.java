package vn.chibo.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The figures workbook: every figure with real numbers, Vietnamese formats and headers, year columns and unit rows. */
class FiguresWorkbookTest {

    @Test
    void theSummaryHoldsEveryFigureAsARealNumberWithItsYearColumns() throws Exception {
        try (XSSFWorkbook book = open()) {
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số liệu sơ kết, tổng kết: Đảng bộ Quân khu");
            Row header = summary.getRow(4);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Cả kỳ");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Năm 2024");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Năm 2026");
            Map<String, Row> byKey = rowsByKey(summary, 3, 5);
            assertThat(byKey).hasSize(SampleReviews.regionFigures().size());
            Cell mentors = byKey.get("mentoring.mentors").getCell(4);
            assertThat(mentors.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(mentors.getNumericCellValue()).isEqualTo(19000);
            assertThat(mentors.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(byKey.get("mentoring.mentors").getCell(5).getNumericCellValue()).isEqualTo(6100);
            Cell share = byKey.get("classification.cells.goodOrBetterShare").getCell(4);
            assertThat(share.getNumericCellValue()).isEqualTo(0.942);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(byKey.get("classification.cells.goodOrBetterShare").getCell(7).getCellType())
                    .as("a year without the figure is empty, not 0").isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aSheetPerSectionHasARowPerUnitTheOwnRecordsAndTheTotal() throws Exception {
        try (XSSFWorkbook book = open()) {
            Sheet mentoring = book.getSheet("Dìu dắt quần chúng");
            assertThat(mentoring.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(mentoring.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sư đoàn 1");
            assertThat(mentoring.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Đảng bộ Quân khu (trực tiếp)");
            assertThat(mentoring.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            int mentorsColumn = column(mentoring, SampleReviews.text().label("mentoring.mentors"));
            assertThat(mentoring.getRow(1).getCell(mentorsColumn).getNumericCellValue()).isEqualTo(8000);
            assertThat(mentoring.getRow(5).getCell(mentorsColumn).getNumericCellValue()).isEqualTo(19000);
            int menteesColumn = column(mentoring, SampleReviews.text().label("mentoring.mentees"));
            assertThat(mentoring.getRow(1).getCell(menteesColumn).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(book.getSheet("Xếp loại chất lượng")).isNotNull();
            assertThat(book.getSheet("Đảng viên, quần chúng")).isNotNull();
        }
    }

    @Test
    void aLockedPeriodThatChangedListsTheChangesOnTheirOwnSheet() throws Exception {
        var open = SampleReviews.region();
        var locked = new vn.chibo.statistics.Review(open.organization(), open.from(), open.to(), open.figures(), open.years(),
                open.rows(), new vn.chibo.statistics.Review.Lock(7, java.time.Instant.parse("2026-12-01T02:30:00Z"), "Nguyễn Văn An"),
                java.util.List.of(new vn.chibo.statistics.Review.Change("awards.individual", 28696L, 28700L)));
        byte[] bytes = new FiguresWorkbook(SampleReviews.text()).render(locked, "Số liệu đã chốt");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet changes = book.getSheet("Thay đổi sau chốt");
            assertThat(changes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("awards.individual");
            assertThat(changes.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(28696);
            assertThat(changes.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(28700);
        }
        try (XSSFWorkbook book = open()) {
            assertThat(book.getSheet("Thay đổi sau chốt")).isNull();
        }
    }

    private static XSSFWorkbook open() throws Exception {
        byte[] bytes = new FiguresWorkbook(SampleReviews.text()).render(SampleReviews.region(), "Số liệu tính đến ngày 06/12/2026.");
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Map<String, Row> rowsByKey(Sheet sheet, int keyColumn, int firstRow) {
        Map<String, Row> rows = new HashMap<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            rows.put(sheet.getRow(r).getCell(keyColumn).getStringCellValue(), sheet.getRow(r));
        }
        return rows;
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header);
    }
}
