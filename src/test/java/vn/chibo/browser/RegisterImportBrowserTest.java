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

/** An officer brings a past award decision in from the award register template, after fixing its errors, and finds it in the register. */
class RegisterImportBrowserTest extends BrowserTest {

    static final com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions CHECKED =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Autowired
    JdbcClient jdbc;

    /** Two official members of the demo cell: full name and birth date dd/MM/yyyy. */
    List<String[]> members() {
        return jdbc.sql("select full_name, birth_date from person where organization_id = :cell and party_status = 'OFFICIAL'"
                        + " order by id fetch first 2 rows only").param("cell", demo.sampleCell())
                .query((rs, n) -> new String[] {rs.getString(1),
                        rs.getObject(2, java.time.LocalDate.class).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))})
                .list();
    }

    String cell() {
        List<String> names = new ArrayList<>();
        for (String id : demo.pathOf(demo.sampleCell()).substring(1).split("/")) {
            names.add(jdbc.sql("select name from organization where id = :id").param("id", Long.parseLong(id))
                    .query(String.class).single());
        }
        return String.join(" / ", names);
    }

    /** The template with the rows written into its data sheet, in the template's column order. */
    static Path filled(Path template, List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("khen-thuong-", ".xlsx");
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

    /** recipient, kind, organization, identity, birth, form, level, number, date, issued by, reason, campaign. */
    static List<String> award(String name, String kind, String organization, String birth, String form, String date) {
        return List.of(name, kind, organization, "", birth, form, "Cấp cơ sở (trung đoàn, huyện)", "88/QĐ-ĐU-NHAP", date,
                "Đảng ủy Trung đoàn", "Hoàn thành xuất sắc nhiệm vụ năm", "Nhập sổ cũ");
    }

    @Test
    void anOfficerImportsAnAwardDecisionFromTheTemplateAfterFixingItsErrors() throws Exception {
        signIn("canbo.sudoan", "demo");
        page.navigate(url("/imports"));
        assertThat(page.locator("#template-awards")).isVisible();
        assertThat(page.locator("#template-mentoring")).isVisible();
        assertThat(page.locator("#template-discipline")).isVisible();
        assertThat(page.locator("#template-classification")).isVisible();
        screenshot("95-import-page-registers");
        Download download = page.waitForDownload(() -> page.locator("#template-awards").click());
        Path template = download.path();
        List<String[]> members = members();
        String cell = cell();
        List<List<String>> rows = new ArrayList<>(List.of(
                award(members.get(0)[0], "Cá nhân", cell, members.get(0)[1], "Bằng khen", "31/11/2025"),
                award(members.get(1)[0], "Cá nhân", cell, members.get(1)[1], "Bằng khen vàng", "30/11/2025"),
                award(cell, "Tập thể", "Chi bộ Không Tồn Tại", "", "Giấy khen", "30/11/2025")));
        page.locator("#importKind").selectOption("awards");
        page.locator("#importFile").setInputFiles(filled(template, rows));
        page.locator("#uploadImport").click();
        assertThat(page.locator("#importStatus")).hasText("Có lỗi", CHECKED);
        assertThat(page.locator("#importErrors tbody tr")).hasCount(3);
        assertThat(page.locator("#importErrors tbody tr").nth(0)).containsText("Dòng 2, cột 'Ngày quyết định': ngày 31/11/2025 không hợp lệ");
        assertThat(page.locator("#importErrors tbody tr").nth(1)).containsText("Hình thức khen thưởng");
        assertThat(page.locator("#importErrors tbody tr").nth(2)).containsText("Thuộc tổ chức");
        screenshot("96-register-import-errors");
        page.setViewportSize(390, 844);
        screenshot("97-register-import-errors-phone");
        page.setViewportSize(1280, 900);

        rows.set(0, award(members.get(0)[0], "Cá nhân", cell, members.get(0)[1], "Bằng khen", "30/11/2025"));
        rows.set(1, award(members.get(1)[0], "Cá nhân", cell, members.get(1)[1], "Bằng khen", "30/11/2025"));
        rows.set(2, award(cell, "Tập thể", "", "", "Giấy khen", "30/11/2025"));
        page.locator("#uploadAgain").click();
        page.locator("#importKind").selectOption("awards");
        page.locator("#importFile").setInputFiles(filled(template, rows));
        page.locator("#uploadImport").click();
        assertThat(page.locator("#importStatus")).hasText("Sẵn sàng ghi", CHECKED);
        assertThat(page.locator("#createCount")).hasText("3");
        page.locator("#commitImport").click();
        assertThat(page.locator("#importStatus")).hasText("Đã ghi", CHECKED);
        assertThat(page.locator("#commitResult")).containsText("3 hồ sơ mới");
        screenshot("98-register-import-committed");

        page.navigate(url("/recognition/awards?q=&campaign=Nhập sổ cũ"));
        assertThat(page.locator("#awardTable")).containsText("88/QĐ-ĐU-NHAP");
        assertThat(page.locator("#awardTable")).containsText(members.get(0)[0]);
        assertThat(page.locator("#awardTable")).containsText(members.get(1)[0]);
        assertThat(page.locator("#awardTable tbody tr")).hasCount(3);
        screenshot("99-imported-awards-in-register");
    }
}
