package vn.chibo.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chibo.importing.ImportFiles;
import vn.chibo.shared.text.VietnameseText;

/** Reading the data sheet: header found by its text, formulas, row limit, NFC and legacy encodings. */
class SheetReaderTest {

    static final List<Column> COLUMNS = List.of(PeopleImport.FULL_NAME, PeopleImport.BIRTH_DATE, PeopleImport.GENDER,
            PeopleImport.IDENTITY);
    static final Map<String, Column> HEADERS = new HashMap<>(Map.of(
            VietnameseText.searchKey("Họ và tên"), PeopleImport.FULL_NAME,
            VietnameseText.searchKey("Ngày sinh"), PeopleImport.BIRTH_DATE,
            VietnameseText.searchKey("Giới tính"), PeopleImport.GENDER,
            VietnameseText.searchKey("Số CCCD"), PeopleImport.IDENTITY));

    static SheetReader.ReadSheet read(byte[] file, ImportLimits limits, Issues issues) {
        return SheetReader.read(file, List.of("Đảng viên, quần chúng"), HEADERS, COLUMNS, limits, issues);
    }

    @Test
    void rowsKeepTheSpreadsheetsOwnNumbersAndEmptyRowsAreSkipped() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet help = workbook.createSheet("Ghi chú");
            help.createRow(0).createCell(0).setCellValue("không phải dữ liệu");
            Sheet sheet = workbook.createSheet("Đảng viên, quần chúng");
            Row title = sheet.createRow(1);
            title.createCell(0).setCellValue("Họ và tên *");
            title.createCell(1).setCellValue("NGÀY SINH");
            title.createCell(2).setCellValue("Giới tính");
            title.createCell(3).setCellValue("Số CCCD");
            sheet.createRow(2).createCell(0).setCellValue("Nguyễn Văn A");
            sheet.getRow(2).createCell(3).setCellValue(12345678901d);
            sheet.createRow(4).createCell(0).setCellValue("Nguye\u0302\u0303n Thi\u0323 B");
            workbook.write(out);
            file = out.toByteArray();
        }
        Issues issues = new Issues();
        SheetReader.ReadSheet sheet = read(file, WorkbookGuardTest.DEFAULTS, issues);
        assertThat(sheet.name()).isEqualTo("Đảng viên, quần chúng");
        assertThat(sheet.rows()).extracting(SourceRow::number).containsExactly(3, 5);
        assertThat(sheet.rows().get(0).get("identityNumber")).as("digits, not 1.2345678901E10").isEqualTo("12345678901");
        assertThat(sheet.rows().get(1).get("fullName")).isEqualTo("Nguyễn Thị B")
                .matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        assertThat(issues.errors()).isZero();
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        byte[] file = ImportFiles.sheet("Đảng viên, quần chúng", List.of("Ngày sinh", "Số CCCD"), List.of());
        assertThatThrownBy(() -> read(file, WorkbookGuardTest.DEFAULTS, new Issues()))
                .isInstanceOf(SheetReader.MissingColumns.class)
                .satisfies(e -> assertThat(((SheetReader.MissingColumns) e).keys).containsExactly("fullName", "gender"));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        byte[] file = ImportFiles.people(List.of(List.of("A Văn Một", "", "Nam"), List.of("B Văn Hai", "", "Nam"),
                List.of("C Văn Ba", "", "Nam")));
        assertThat(read(file, new ImportLimits(null, null, null, 3), new Issues()).rows()).hasSize(3);
        assertThatThrownBy(() -> read(file, new ImportLimits(null, null, null, 2), new Issues()))
                .isInstanceOf(ImportRefused.class).extracting("messageKey").isEqualTo("import.refused.tooManyRows");
    }

    @Test
    void aFormulaGivesItsCachedResultWithAWarningAndOneWithoutAResultIsAnError() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đảng viên, quần chúng");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Họ và tên");
            head.createCell(2).setCellValue("Giới tính");
            head.createCell(5).setCellValue("Họ");
            sheet.createRow(1).createCell(5).setCellValue("Lê Văn");
            sheet.getRow(1).createCell(0).setCellFormula("F2&\" Tính\"");
            sheet.getRow(1).createCell(2).setCellValue("Nam");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.createRow(2).createCell(0).setCellFormula("F3&\" Chưa Tính\"");
            sheet.getRow(2).createCell(2).setCellValue("Nam");
            workbook.write(out);
            file = out.toByteArray();
        }
        Issues issues = new Issues();
        SheetReader.ReadSheet sheet = read(file, WorkbookGuardTest.DEFAULTS, issues);
        assertThat(sheet.rows().get(0).get("fullName")).isEqualTo("Lê Văn Tính");
        assertThat(issues.warnings()).isEqualTo(1);
        assertThat(issues.kept()).anySatisfy(i -> {
            assertThat(i.messageKey()).isEqualTo("import.error.formulaWithoutValue");
            assertThat(i.row()).isEqualTo(3);
        });
    }

    @Test
    void textInTheLegacyTcvn3OrVniEncodingIsConvertedWithOneWarningPerColumn() {
        byte[] file = ImportFiles.people(List.of(List.of("Ng\u00adêi Tcvn", "", "Nam"), List.of("Nguye\u00e3n Vaên Vni", "", "Nam"),
                List.of("Người Unicode", "", "Nam"), List.of("H\u00f6", "", "Nam")));
        Issues issues = new Issues();
        SheetReader.ReadSheet sheet = read(file, WorkbookGuardTest.DEFAULTS, issues);
        assertThat(sheet.rows()).extracting(r -> r.get("fullName"))
                .containsExactly("Người Tcvn", "Nguyễn Văn Vni", "Người Unicode", null);
        assertThat(issues.kept()).filteredOn(i -> i.messageKey().equals("import.warning.legacyConverted"))
                .extracting(Issues.Issue::row, Issues.Issue::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, List.of("TCVN3", "1")),
                        org.assertj.core.groups.Tuple.tuple(3, List.of("VNI", "1")));
        assertThat(issues.kept()).filteredOn(i -> i.messageKey().equals("import.error.legacyAmbiguous"))
                .extracting(Issues.Issue::row).containsExactly(5);
    }
}
