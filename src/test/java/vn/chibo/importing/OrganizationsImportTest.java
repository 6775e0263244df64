package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Organizations written by the organization module's bulk path: the form's values, history, audit and rules. */
@IntegrationTest
class OrganizationsImportTest {

    static final List<String> HEADER = List.of("Mã", "Tên tổ chức", "Tên viết tắt", "Loại tổ chức", "Khối",
            "Cấp trên trực tiếp", "Ngày thành lập");

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

    ResultActions upload(String fileName, List<List<String>> rows) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportFiles.sheet("Tổ chức", HEADER, rows)))
                .param("kind", "organizations").with(user(demo.user("canbo.sudoan"))).with(csrf()));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions commit(long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("canbo.sudoan"))).with(csrf()));
    }

    String division() {
        return String.valueOf(demo.division());
    }

    <T> T column(String column, String name, Class<T> type) {
        return jdbc.sql("select " + column + " from organization where name = :n").param("n", name).query(type).single();
    }

    @Test
    void aTreeIsWrittenWithTheFormsKeysPathsCreationEventsAndAnAuditNamingTheImport() throws Exception {
        long id = id(upload("cay.xlsx", List.of(
                List.of("T7", "Đảng bộ Trung đoàn Hàng Loạt", "ĐB TĐ HL", "Đảng bộ cơ sở", "Lực lượng thường trực", division(), "01/01/2021"),
                List.of("D7", "Đảng bộ Tiểu đoàn Hàng Loạt", "", "Đảng bộ bộ phận", "Lực lượng thường trực", "T7", "01/01/2021"),
                List.of("C7", "Chi bộ Đại đội Hàng Loạt", "", "Chi bộ", "Lực lượng thường trực", "D7", "02/01/2021")))
                .andExpect(jsonPath("$.status").value("READY")));
        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
        long regiment = column("id", "Đảng bộ Trung đoàn Hàng Loạt", Long.class);
        long battalion = column("id", "Đảng bộ Tiểu đoàn Hàng Loạt", Long.class);
        long company = column("id", "Chi bộ Đại đội Hàng Loạt", Long.class);
        String above = demo.pathOf(demo.division());
        assertThat(column("path", "Chi bộ Đại đội Hàng Loạt", String.class))
                .isEqualTo(above + regiment + "/" + battalion + "/" + company + "/");
        assertThat(column("parent_id", "Chi bộ Đại đội Hàng Loạt", Long.class)).isEqualTo(battalion);
        assertThat(column("depth", "Đảng bộ Trung đoàn Hàng Loạt", Integer.class)).isEqualTo(above.split("/").length - 1);
        assertThat(column("search_key", "Đảng bộ Trung đoàn Hàng Loạt", String.class))
                .isEqualTo(VietnameseText.searchKey("Đảng bộ Trung đoàn Hàng Loạt ĐB TĐ HL"));
        assertThat(column("sort_key", "Chi bộ Đại đội Hàng Loạt", String.class))
                .isEqualTo(VietnameseText.nameSortKey("Chi bộ Đại đội Hàng Loạt"));
        assertThat(jdbc.sql("select count(*) from organization_event where kind = 'CREATED' and organization_id in (:ids)")
                .param("ids", List.of(regiment, battalion, company)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CREATE_BULK' and entity_type = 'Organization'"
                        + " and changes like :c and org_path = :p")
                .param("c", "%#" + id + " cay.xlsx%").param("p", above + regiment + "/")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/imports/created")
                        .param("entityType", "Organization").param("entityId", String.valueOf(company))
                        .with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void aSuperiorDissolvedAfterThePreviewRefusesTheCommitAndNothingIsWritten() throws Exception {
        commit(id(upload("tren.xlsx", List.of(List.of("", "Đảng bộ Trung đoàn Sắp Giải Thể", "", "Đảng bộ cơ sở",
                "Lực lượng thường trực", division(), "01/01/2021")))))
                .andExpect(status().isOk());
        long superior = column("id", "Đảng bộ Trung đoàn Sắp Giải Thể", Long.class);
        long id = id(upload("duoi.xlsx", List.of(
                List.of("", "Chi bộ Còn Lại", "", "Chi bộ", "Lực lượng thường trực", division(), "01/01/2021"),
                List.of("", "Chi bộ Dưới Giải Thể", "", "Chi bộ", "Lực lượng thường trực", String.valueOf(superior), "01/01/2021")))
                .andExpect(jsonPath("$.status").value("READY")));
        jdbc.sql("update organization set status = 'DISSOLVED' where id = :id").param("id", superior).update();
        commit(id).andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(jdbc.sql("select count(*) from organization where name in ('Chi bộ Còn Lại', 'Chi bộ Dưới Giải Thể')")
                .query(Long.class).single()).isZero();
    }
}
