package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Templates, bad files, the organizations tree and the round trip of ChiBo's own people export. */
@IntegrationTest
class ImportFilesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    ResultActions upload(String username, String kind, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "tep.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                .param("kind", kind).with(user(demo.user(username))).with(csrf()));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void thePeopleTemplateHasVietnameseHeadersListsAHelpSheetAndAnExample() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/imports/templates/people").with(user(demo.user("canbo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Đảng viên, quần chúng");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên *");
            assertThat(data.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Ngày vào Đảng");
            assertThat(data.getDataValidations()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .contains("Đảng viên chính thức", "Quần chúng"));
            Sheet help = workbook.getSheet("Hướng dẫn");
            assertThat(help.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(help.getRow(3).getCell(2).getStringCellValue()).isNotBlank();
            assertThat(workbook.getSheet("Ví dụ").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
        }
        mvc.perform(get("/api/v1/imports/templates/organizations").with(user(demo.user("canbo")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/templates/khac").with(user(demo.user("canbo")))).andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNoWorkbookOrLacksARequiredColumnIsRefusedWithAClearMessageAndNothingStored() throws Exception {
        long before = jdbc.sql("select count(*) from import_batch").query(Long.class).single();
        upload("canbo", "people", "Họ và tên;Ngày sinh".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Không phải tệp Excel .xlsx hợp lệ."));
        upload("canbo", "people", ImportFiles.sheet("Danh sách", List.of("Họ và tên", "Ngày sinh"), List.of(List.of("A", "01/01/1990"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("'Giới tính'"),
                        Matchers.containsString("'Đơn vị sinh hoạt'"), Matchers.containsString("Danh sách"))));
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anOrganizationTreeImportsWithSuperiorsNamedByCodeAndTheTypeRulesOfTheForm() throws Exception {
        String division = jdbc.sql("select name from organization where id = :id").param("id", demo.division()).query(String.class).single();
        List<String> header = List.of("Mã", "Tên tổ chức", "Loại tổ chức", "Khối", "Cấp trên trực tiếp", "Ngày thành lập");
        List<List<String>> rows = new java.util.ArrayList<>(List.of(
                List.of("T9", "Đảng bộ Trung đoàn Nhập Thử", "Đảng bộ cơ sở", "Lực lượng thường trực", division, "01/01/2020"),
                List.of("D9", "Đảng bộ Tiểu đoàn Nhập Thử", "Đảng bộ bộ phận", "Lực lượng thường trực", "T9", "01/01/2020"),
                List.of("C9", "Chi bộ Đại đội Nhập Thử", "Chi bộ", "STANDING_FORCE", "D9", "02/01/2020"),
                List.of("", "Tổ đảng Sai Cấp", "Tổ đảng", "Khác", "T9", "02/01/2020")));
        upload("canbo.sudoan", "organizations", ImportFiles.sheet("Tổ chức", header, rows))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("Loại tổ chức"));
        rows.set(3, List.of("", "Tổ đảng Đúng Cấp", "Tổ đảng", "Khác", "C9", "02/01/2020"));
        long id = id(upload("canbo.sudoan", "organizations", ImportFiles.sheet("Tổ chức", header, rows))
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(4)));
        mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(status().isOk());
        String regiment = jdbc.sql("select path from organization where name = 'Đảng bộ Trung đoàn Nhập Thử'").query(String.class).single();
        assertThat(regiment).startsWith(demo.pathOf(demo.division()));
        assertThat(jdbc.sql("select path from organization where name = 'Tổ đảng Đúng Cấp'").query(String.class).single())
                .startsWith(regiment).matches("(/\\d+){" + (regiment.split("/").length + 2) + "}/");
        upload("canbo.sudoan", "organizations", ImportFiles.sheet("Tổ chức", header, rows))
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(4));
    }

    @Test
    void chiBosOwnPeopleExportReimportsWithNoChanges() throws Exception {
        byte[] export = mvc.perform(get("/people/export.xlsx").param("status", "ALL").with(user(demo.user("bithu"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int rows;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            rows = workbook.getSheetAt(0).getLastRowNum();
        }
        assertThat(rows).isGreaterThan(5);
        long people = jdbc.sql("select count(*) from person").query(Long.class).single();
        long id = id(upload("bithu", "people", export)
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.rows").value(rows))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(rows)));
        mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(people);
    }

    @Test
    void thePageChecksTheFileInTheBackgroundShowsProgressUntilDoneAndMayCancelIt() throws Exception {
        byte[] file = ImportFiles.people(List.of(List.of("Ninh Văn Nền", "01/01/1990", "Nam", "", "", "", "", String.valueOf(demo.sampleCell()))));
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "nen.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .param("kind", "people").with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String refresh = null;
        for (int i = 0; i < 100 && refresh == null; i++) {
            refresh = mvc.perform(get("/imports/{id}/progress", id).with(user(demo.user("bithu"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getHeader("HX-Refresh");
            Thread.sleep(100);
        }
        assertThat(refresh).as("the check ends and the page reloads").isEqualTo("true");
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("bithu"))))
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.rows").value(1));
        mvc.perform(post("/imports/{id}/cancel", id).with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Ninh Văn Nền'").query(Long.class).single()).isZero();
    }

    @Test
    void aFileRefusedWhileCheckedInTheBackgroundShowsWhyOnTheBatch() throws Exception {
        byte[] file = ImportFiles.sheet("Danh sách", List.of("Họ và tên"), List.of(List.of("Ai Đó")));
        String location = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "thieu-cot.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .param("kind", "people").with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String status = "CHECKING";
        for (int i = 0; i < 100 && status.equals("CHECKING"); i++) {
            Thread.sleep(100);
            status = JsonPath.read(mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("bithu"))))
                    .andReturn().getResponse().getContentAsString(), "$.status");
        }
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("bithu"))))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].row").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("'Giới tính'")));
        String text = "a".repeat(10);
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "x.xlsx", "text/plain", text.getBytes()))
                        .param("kind", "people").with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Không phải tệp Excel .xlsx hợp lệ.")));
    }
}
