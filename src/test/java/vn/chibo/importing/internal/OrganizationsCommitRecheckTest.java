package vn.chibo.importing.internal;

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
import vn.chibo.importing.ImportFiles;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * An organizations commit re-plans the rows its preview kept instead of reading the file again, sees what changed in
 * the tree since the preview, and reads the stored file again where the kept rows are not at hand (another node, a
 * restart).
 */
@IntegrationTest
class OrganizationsCommitRecheckTest {

    static final List<String> HEADER = List.of("Mã", "Tên tổ chức", "Tên viết tắt", "Loại tổ chức", "Khối",
            "Cấp trên trực tiếp", "Ngày thành lập");

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PreviewedRows previewed;

    @BeforeEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    long preview(String fileName, List<List<String>> rows) throws Exception {
        ResultActions result = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ImportFiles.sheet("Tổ chức", HEADER, rows)))
                .param("kind", "organizations").with(user(demo.user("canbo.sudoan"))).with(csrf()))
                .andExpect(jsonPath("$.status").value("READY"));
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions commit(long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("canbo.sudoan"))).with(csrf()));
    }

    List<List<String>> tree(String suffix) {
        return List.of(
                List.of("T-" + suffix, "Đảng bộ Trung đoàn " + suffix, "", "Đảng bộ cơ sở", "Lực lượng thường trực",
                        String.valueOf(demo.division()), "01/01/2021"),
                List.of("", "Chi bộ Đại đội " + suffix, "", "Chi bộ", "Lực lượng thường trực", "T-" + suffix, "01/01/2021"));
    }

    void spoilStoredFile(long id) {
        jdbc.sql("update import_batch set content = :c where id = :id").param("c", new byte[] {1, 2, 3}).param("id", id).update();
    }

    long named(String name) {
        return jdbc.sql("select count(*) from organization where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void theCommitWritesTheTreeThePreviewCheckedWithoutReadingTheStoredFileAgain() throws Exception {
        long id = preview("giu.xlsx", tree("Giữ Dòng"));
        spoilStoredFile(id);
        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.created").value(2));
        assertThat(named("Đảng bộ Trung đoàn Giữ Dòng") + named("Chi bộ Đại đội Giữ Dòng")).isEqualTo(2);
        long regiment = jdbc.sql("select id from organization where name = 'Đảng bộ Trung đoàn Giữ Dòng'").query(Long.class).single();
        assertThat(jdbc.sql("select parent_id from organization where name = 'Chi bộ Đại đội Giữ Dòng'").query(Long.class).single())
                .isEqualTo(regiment);
    }

    @Test
    void organizationsRecordedAfterThePreviewUnderTheSameSuperiorAreNotCreatedAgain() throws Exception {
        long older = preview("truoc.xlsx", tree("Sau Xem"));
        long newer = preview("sau.xlsx", tree("Sau Xem"));
        commit(newer).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        commit(older).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));
        assertThat(named("Đảng bộ Trung đoàn Sau Xem")).isEqualTo(1);
        assertThat(named("Chi bộ Đại đội Sau Xem")).isEqualTo(1);
    }

    @Test
    void withoutTheKeptRowsTheCommitReadsAndChecksTheStoredFileAgain() throws Exception {
        long id = preview("nut-khac.xlsx", tree("Nút Khác"));
        previewed.forget(id);
        commit(id).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        assertThat(named("Chi bộ Đại đội Nút Khác")).isEqualTo(1);

        long spoiled = preview("hong.xlsx", tree("Tệp Hỏng"));
        previewed.forget(spoiled);
        spoilStoredFile(spoiled);
        try {
            commit(spoiled);
        } catch (Exception refusedAsABadFile) {
            // the stored file is read again: a file that is no workbook fails the commit one way or another
        }
        assertThat(jdbc.sql("select status from import_batch where id = :id").param("id", spoiled).query(String.class).single())
                .isNotEqualTo("COMMITTED");
        assertThat(named("Chi bộ Đại đội Tệp Hỏng")).isZero();
    }
}
