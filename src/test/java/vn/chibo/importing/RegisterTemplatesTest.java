package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The templates of the four registers: Vietnamese headers, drop-down lists, every column explained, an example row. */
@IntegrationTest
class RegisterTemplatesTest {

    /** Kind → the data sheet's name, its first header and one allowed value offered in a drop-down list. */
    static final Map<String, String[]> KINDS = Map.of(
            "mentoring", new String[] {"Phân công dìu dắt", "Người dìu dắt", null},
            "awards", new String[] {"Sổ khen thưởng", "Đối tượng được khen thưởng *", "Bằng khen"},
            "discipline", new String[] {"Sổ kỷ luật", "Đối tượng bị kỷ luật *", "Khai trừ"},
            "classification", new String[] {"Kết quả xếp loại", "Năm *", "Hoàn thành xuất sắc nhiệm vụ"});

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachRegisterTemplateHasVietnameseHeadersDropDownsAHelpLineForEveryColumnAndAnExample() throws Exception {
        for (var kind : KINDS.entrySet()) {
            byte[] body = mvc.perform(get("/api/v1/imports/templates/{kind}", kind.getKey()).with(user(demo.user("canbo"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                XSSFSheet data = workbook.getSheetAt(0);
                assertThat(data.getSheetName()).as(kind.getKey()).isEqualTo(kind.getValue()[0]);
                assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo(kind.getValue()[1]);
                if (kind.getValue()[2] != null) {
                    assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(
                            v.getValidationConstraint().getExplicitListValues()).contains(kind.getValue()[2]));
                }
                Sheet help = workbook.getSheet("Hướng dẫn");
                int columns = data.getRow(0).getLastCellNum();
                for (int c = 0; c < columns; c++) {
                    Row line = help.getRow(3 + c);
                    assertThat(line.getCell(0).getStringCellValue()).as(kind.getKey() + " column " + c)
                            .isEqualTo(data.getRow(0).getCell(c).getStringCellValue().replace(" *", ""));
                    assertThat(line.getCell(2).getStringCellValue()).as(kind.getKey() + " help " + c)
                            .isNotBlank().doesNotStartWith("import.");
                }
                assertThat(workbook.getSheet("Ví dụ").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            }
        }
    }

    @Test
    void onlyAccountsThatMayRecordARegisterMayImportIt() throws Exception {
        ImportCalls calls = new ImportCalls(mvc, demo, null);
        byte[] empty = ImportFiles.sheet("Sổ khen thưởng", AwardsImportTest.HEADER, java.util.List.of());
        calls.upload("bithu", "awards", "x.xlsx", empty).andExpect(status().isForbidden());
        calls.upload("kiemtra", "awards", "x.xlsx", empty).andExpect(status().isForbidden());
        calls.upload("kiemtra", "classification", "x.xlsx", empty).andExpect(status().isForbidden());
        calls.upload("dangvien", "mentoring", "x.xlsx", empty).andExpect(status().isForbidden());
        calls.upload("kiemtra", "discipline", "x.xlsx",
                ImportFiles.sheet("Sổ kỷ luật", DisciplineImportTest.HEADER, java.util.List.of())).andExpect(status().isCreated());
    }

    @Test
    void theInspectionCommissionFindsTheImportPageWithTheDisciplineRegisterOnly() throws Exception {
        String page = mvc.perform(get("/imports").with(user(demo.user("kiemtra")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"navImports\"", "id=\"template-discipline\"")
                .doesNotContain("id=\"template-people\"", "id=\"template-awards\"", "id=\"template-classification\"");
    }
}
