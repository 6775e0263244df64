package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.BrowserTest;

/** An officer fills in the downloaded template, sees three errors by row and column, fixes them, commits and finds the people. */
class ImportBrowserTest extends BrowserTest {

    /** The file is checked in the background: the page shows the progress, then reloads itself with the result. */
    static final com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions CHECKED =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Autowired
    JdbcClient jdbc;

    /** The demo cell named by the organizations from the top of the tree down ("Chi bộ Đại đội 1" alone is not unique). */
    String cell() {
        List<String> names = new ArrayList<>();
        for (String id : demo.pathOf(demo.sampleCell()).substring(1).split("/")) {
            names.add(jdbc.sql("select name from organization where id = :id").param("id", Long.parseLong(id))
                    .query(String.class).single());
        }
        return String.join(" / ", names);
    }

    /** The template with the rows written into its data sheet (columns: name, birth, gender, id, rank, position, status, admitted, official, organization). */
    Path filled(Path template, List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("nhap-", ".xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    @Test
    void anOfficerImportsPeopleFromTheTemplateAfterFixingThreeErrors() throws Exception {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/imports"));
        screenshot("90-import-page");
        Download download = page.waitForDownload(() -> page.locator("#template-people").click());
        Path template = download.path();
        String cell = cell();
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("Hoàng Văn Nhập Excel", "12/04/1996", "Nam", "", "", "Tiểu đội trưởng", "Đảng viên chính thức", "31/02/2019", "01/03/2020", cell),
                List.of("Lương Thị Nhập Excel", "20/10/2001", "Nữ", "", "", "", "Quần chúng", "", "", "Chi bộ Không Tồn Tại"),
                List.of("Mạc Văn Nhập Excel", "05/05/1999", "Không rõ", "", "", "", "Quần chúng", "", "", cell)));
        page.locator("#importKind").selectOption("people");
        page.locator("#importFile").setInputFiles(filled(template, rows));
        page.locator("#uploadImport").click();
        assertThat(page.locator("#importStatus")).hasText("Có lỗi", CHECKED);
        screenshot("91-import-three-errors");
        assertThat(page.locator("#importErrors tbody tr")).hasCount(3);
        assertThat(page.locator("#importErrors tbody tr").nth(0)).containsText("Ngày vào Đảng");
        assertThat(page.locator("#importErrors tbody tr").nth(0)).containsText("Dòng 2, cột 'Ngày vào Đảng': ngày 31/02/2019 không hợp lệ");
        assertThat(page.locator("#importErrors tbody tr").nth(1)).containsText("Đơn vị sinh hoạt");
        assertThat(page.locator("#importErrors tbody tr").nth(2)).containsText("Giới tính");
        assertThat(page.locator("#commitImport")).hasCount(0);

        rows.set(0, List.of("Hoàng Văn Nhập Excel", "12/04/1996", "Nam", "", "", "Tiểu đội trưởng", "Đảng viên chính thức", "28/02/2019", "01/03/2020", cell));
        rows.set(1, List.of("Lương Thị Nhập Excel", "20/10/2001", "Nữ", "", "", "", "Quần chúng", "", "", cell));
        rows.set(2, List.of("Mạc Văn Nhập Excel", "05/05/1999", "Nam", "", "", "", "Quần chúng", "", "", cell));
        page.locator("#uploadAgain").click();
        page.locator("#importFile").setInputFiles(filled(template, rows));
        page.locator("#uploadImport").click();
        assertThat(page.locator("#importStatus")).hasText("Sẵn sàng ghi", CHECKED);
        assertThat(page.locator("#createCount")).hasText("3");
        screenshot("92-import-ready");
        page.locator("#commitImport").click();
        assertThat(page.locator("#importStatus")).hasText("Đã ghi", CHECKED);
        assertThat(page.locator("#commitResult")).containsText("3 hồ sơ mới");
        screenshot("93-import-committed");

        page.navigate(url("/people?q=nhap excel"));
        assertThat(page.locator("#peopleTable")).containsText("Hoàng Văn Nhập Excel");
        assertThat(page.locator("#peopleTable")).containsText("Lương Thị Nhập Excel");
        assertThat(page.locator("#peopleTable")).containsText("Mạc Văn Nhập Excel");
        screenshot("94-imported-people-in-list");
    }

    /** Rows of a file large enough for its commit to last a few seconds, in the sample cell. */
    static final int LONG_FILE = 4_000;

    @Test
    void aLongCommitShowsItsProgressThroughAReloadAndThenItsResult() throws Exception {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/imports"));
        Download download = page.waitForDownload(() -> page.locator("#template-people").click());
        String cell = cell();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < LONG_FILE; i++) {
            rows.add(List.of("Tiến Độ Ghi " + (i + 1), "01/01/1990", i % 2 == 0 ? "Nam" : "Nữ", "", "", "", "Quần chúng", "", "", cell));
        }
        try {
            page.locator("#importKind").selectOption("people");
            page.locator("#importFile").setInputFiles(filled(download.path(), rows));
            page.locator("#uploadImport").click();
            assertThat(page.locator("#importStatus")).hasText("Sẵn sàng ghi", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(120_000));
            page.locator("#commitImport").click();
            assertThat(page.locator("#importStatus")).hasText("Đang ghi");
            assertThat(page.locator("#commitProgressText")).containsText("4.000 dòng");
            assertThat(page.locator("#cancelImport")).hasCount(0);
            screenshot("95-import-commit-progress");
            page.reload();
            assertThat(page.locator("#importStatus")).hasText("Đang ghi");
            assertThat(page.locator("#commitProgress")).isVisible();
            assertThat(page.locator("#importStatus")).hasText("Đã ghi", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(180_000));
            assertThat(page.locator("#commitResult")).containsText("4.000 hồ sơ mới");
            screenshot("96-import-commit-result");
        } finally {
            removePeopleNamed("Tiến Độ Ghi %");
        }
    }

    /** The long file's people leave the shared demo data as they came (other tests count people in the sample cell). */
    void removePeopleNamed(String pattern) {
        String people = "select id from person where full_name like :p";
        for (String table : List.of("party_status_change", "membership", "leadership_role")) {
            jdbc.sql("delete from " + table + " where person_id in (" + people + ")").param("p", pattern).update();
        }
        jdbc.sql("delete from import_record where entity_type = 'Person' and entity_id in (" + people + ")").param("p", pattern).update();
        jdbc.sql("delete from person where full_name like :p").param("p", pattern).update();
    }
}
