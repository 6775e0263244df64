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
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A people commit re-plans the rows its preview kept instead of reading the file again, and still sees what changed
 * in the records since the preview.
 */
@IntegrationTest
class ImportCommitRecheckTest {

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

    ResultActions upload(String username, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                .param("kind", "people").with(user(demo.user(username))).with(csrf()));
    }

    long previewId(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions commit(String username, long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user(username))).with(csrf()));
    }

    String cellCode() {
        return String.valueOf(demo.sampleCell());
    }

    long count(String fullName) {
        return jdbc.sql("select count(*) from person where full_name = :n").param("n", fullName).query(Long.class).single();
    }

    @Test
    void theCommitWritesTheRowsThePreviewCheckedWithoutReadingTheStoredFileAgain() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Lò Văn Giữ Lại", "02/02/1992", "Nam", "", "Quần chúng", "", "", cellCode())));
        long id = previewId(upload("canbo", "giu.xlsx", file).andExpect(jsonPath("$.status").value("READY")));
        jdbc.sql("update import_batch set content = :c where id = :id").param("c", new byte[] {1, 2, 3}).param("id", id).update();
        commit("canbo", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.created").value(1));
        assertThat(count("Lò Văn Giữ Lại")).isEqualTo(1);
    }

    @Test
    void aPersonRecordedAfterThePreviewWithTheSameNameAndBirthInTheCellIsNotCreatedAgain() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Lò Thị Sau Xem", "03/03/1993", "Nữ", "", "Quần chúng", "", "", cellCode())));
        long older = previewId(upload("canbo", "truoc.xlsx", file).andExpect(jsonPath("$.created").value(1)));
        long newer = previewId(upload("canbo", "sau.xlsx", file).andExpect(jsonPath("$.created").value(1)));
        commit("canbo", newer).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        commit("canbo", older).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(1));
        assertThat(count("Lò Thị Sau Xem")).isEqualTo(1);
    }

    @Test
    void aCellDissolvedAfterThePreviewRefusesTheCommitAndNothingIsWritten() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Lò Văn Chưa Giải Thể", "04/04/1994", "Nam", "", "Quần chúng", "", "", cellCode()),
                List.of("Lò Văn Đã Giải Thể", "05/05/1995", "Nam", "", "Quần chúng", "", "", cellCode())));
        long id = previewId(upload("canbo", "giaithe.xlsx", file).andExpect(jsonPath("$.status").value("READY")));
        jdbc.sql("update organization set status = 'DISSOLVED' where id = :id").param("id", demo.sampleCell()).update();
        try {
            commit("canbo", id).andExpect(status().isConflict()).andExpect(jsonPath("$.status").value("INVALID"))
                    .andExpect(jsonPath("$.errors[0].row").value(2));
        } finally {
            jdbc.sql("update organization set status = 'ACTIVE' where id = :id").param("id", demo.sampleCell()).update();
        }
        assertThat(count("Lò Văn Chưa Giải Thể") + count("Lò Văn Đã Giải Thể")).isZero();
    }
}
