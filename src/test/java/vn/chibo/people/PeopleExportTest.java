package vn.chibo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The Excel export holds exactly the filtered list, in Vietnamese, in Vietnamese order. */
@IntegrationTest
class PeopleExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private Sheet export(String username, String... params) throws Exception {
        var request = get("/people/export.xlsx").with(user(demo.user(username)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        byte[] body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
    }

    @Test
    void exportsTheSecretarysMembersWithVietnameseHeadersInOrder() throws Exception {
        Sheet sheet = export("bithu", "status", "MEMBERS");
        Row header = sheet.getRow(0);
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
        assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Tình trạng");
        long expected = jdbc.sql("select count(*) from person where organization_id = :c and party_status in ('OFFICIAL', 'PROBATIONARY')")
                .param("c", demo.sampleCell()).query(Long.class).single();
        assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            names.add(row.getCell(1).getStringCellValue());
            assertThat(row.getCell(7).getStringCellValue()).isIn("Đảng viên chính thức", "Đảng viên dự bị");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Chi bộ Đại đội 1");
            // the admission date is a real Excel date, shown dd/mm/yyyy
            assertThat(row.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(8)))
                    .matches("\\d{2}/\\d{2}/\\d{4}");
        }
        assertThat(names).isSortedAccordingTo(VietnameseText.personNameOrder());
        assertThat(names).allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
    }

    @Test
    void exportsOnlyWhatTheSearchFindsAndNothingOutOfScope() throws Exception {
        String name = jdbc.sql("select full_name from person where organization_id = :c and party_status = 'MASS' order by id fetch first 1 rows only")
                .param("c", demo.cellOutsideDivision()).query(String.class).single();
        Sheet officer = export("canbo", "q", VietnameseText.searchKey(name));
        List<String> found = new ArrayList<>();
        for (int r = 1; r <= officer.getLastRowNum(); r++) {
            found.add(officer.getRow(r).getCell(1).getStringCellValue());
        }
        String[] words = VietnameseText.searchKey(name).split(" ");
        assertThat(found).contains(name)
                .allMatch(n -> java.util.Arrays.stream(words).allMatch(VietnameseText.searchKey(n)::contains));
        Sheet secretary = export("bithu", "q", VietnameseText.searchKey(name), "status", "ALL");
        for (int r = 1; r <= secretary.getLastRowNum(); r++) {
            assertThat(secretary.getRow(r).getCell(10).getStringCellValue()).isEqualTo("Chi bộ Đại đội 1");
        }
    }
}
