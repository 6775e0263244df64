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
import java.util.List;
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

/** People import through the API: preview with errors by row and column, all-or-nothing commit, scope, duplicates. */
@IntegrationTest
class PeopleImportTest {

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

    ResultActions upload(String username, String kind, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                .param("kind", kind).with(user(demo.user(username))).with(csrf()));
    }

    long previewId(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions commit(String username, long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user(username))).with(csrf()));
    }

    /** The demo secretary's cell by the names from the top of the tree: "Chi bộ Đại đội 1" alone is not unique. */
    String cell() {
        List<String> names = new java.util.ArrayList<>();
        for (String id : demo.pathOf(demo.sampleCell()).substring(1).split("/")) {
            names.add(jdbc.sql("select name from organization where id = :id").param("id", Long.parseLong(id))
                    .query(String.class).single());
        }
        return String.join(" / ", names);
    }

    long count(String fullName) {
        return jdbc.sql("select count(*) from person where full_name = :n").param("n", fullName).query(Long.class).single();
    }

    @Test
    void aFileWithErrorsListsThemBySpreadsheetRowAndColumnAndCannotBeCommitted() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Lê Thị Ngày Sai", "01/01/1990", "Nữ", "", "Đảng viên chính thức", "31/02/2012", "01/03/2013", cell()),
                List.of("Phạm Văn Hợp Lệ", "02/02/1995", "Nam", "", "Quần chúng", "", "", cell()),
                List.of("", "03/03/1996", "Nam", "", "Quần chúng", "", "", "Chi bộ Không Có")));
        ResultActions preview = upload("canbo.sudoan", "people", "loi.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].sheet").value("Đảng viên, quần chúng"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày vào Đảng"))
                .andExpect(jsonPath("$.errors[0].message").value("Dòng 2, cột 'Ngày vào Đảng': ngày 31/02/2012 không hợp lệ (ghi dạng dd/MM/yyyy)."))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("Họ và tên"))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("Đơn vị sinh hoạt"));
        long id = previewId(preview);
        commit("canbo.sudoan", id).andExpect(status().isConflict());
        assertThat(count("Phạm Văn Hợp Lệ")).isZero();
    }

    @Test
    void aCleanFileCommitsInOneBatchThatTellsWhichImportCreatedThePerson() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Trần Văn Nhập Một", "12/05/1990", "Nam", "091234567801", "chính thức", "19/05/2012", "19/05/2013", cell()),
                List.of("Đỗ Thị Nhập Hai", "13/06/1999", "female", "", "dự bị", "20/05/2026", "", cell())));
        long id = previewId(upload("bithu", "people", "sach.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.errors.length()").value(0)));
        assertThat(count("Trần Văn Nhập Một")).as("the preview writes nothing").isZero();
        commit("bithu", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        long personId = jdbc.sql("select id from person where full_name = 'Trần Văn Nhập Một'").query(Long.class).single();
        assertThat(jdbc.sql("select party_status from person where id = :id").param("id", personId).query(String.class).single())
                .isEqualTo("OFFICIAL");
        mvc.perform(get("/api/v1/imports/created").param("entityType", "Person").param("entityId", String.valueOf(personId))
                        .with(user(demo.user("bithu"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.fileName").value("sach.xlsx"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and entity_id = :id and changes like '%sach.xlsx%'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        commit("bithu", id).andExpect(status().isConflict());

        long again = previewId(upload("bithu", "people", "sach-lan-2.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2)));
        commit("bithu", again).andExpect(status().isOk());
        assertThat(count("Trần Văn Nhập Một")).isEqualTo(1);
        assertThat(count("Đỗ Thị Nhập Hai")).isEqualTo(1);
    }

    @Test
    void rowsOutsideTheOfficersSubtreeAreErrors() throws Exception {
        long outside = demo.cellOutsideDivision();
        byte[] file = ImportFiles.people(List.of(
                List.of("Vũ Văn Ngoài Phạm Vi", "01/01/1990", "Nam", "", "Quần chúng", "", "", String.valueOf(outside))));
        upload("canbo.sudoan", "people", "ngoai.xlsx", file)
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].column").value("Đơn vị sinh hoạt"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("phạm vi")));
        upload("canbo", "people", "trong.xlsx", file).andExpect(jsonPath("$.status").value("READY"));
    }

    @Test
    void aMemberAndTheInspectionCommissionMayNotImportPeople() throws Exception {
        byte[] file = ImportFiles.people(List.of(List.of("Ai Đó", "01/01/1990", "Nam", "", "", "", "", cell())));
        upload("dangvien", "people", "x.xlsx", file).andExpect(status().isForbidden());
        upload("kiemtra", "people", "x.xlsx", file).andExpect(status().isForbidden());
    }

    @Test
    void aFailureFoundInTheLastRowAtCommitWritesNothing() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Cao Văn Đầu Tiên", "01/01/1991", "Nam", "", "Quần chúng", "", "", cell()),
                List.of("Cao Văn Thứ Hai", "01/01/1992", "Nam", "", "Quần chúng", "", "", cell()),
                List.of("Cao Văn Cuối Cùng", "01/01/1993", "Nam", "079123456789", "Quần chúng", "", "", cell())));
        long id = previewId(upload("canbo", "people", "cuoi.xlsx", file).andExpect(jsonPath("$.status").value("READY")));
        long elsewhere = demo.massIn(demo.cellOutsideDivision());
        jdbc.sql("update person set identity_number = '079123456789' where id = :id").param("id", elsewhere).update();
        commit("canbo", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].row").value(4));
        assertThat(count("Cao Văn Đầu Tiên") + count("Cao Văn Thứ Hai") + count("Cao Văn Cuối Cùng")).isZero();
    }

    @Test
    void concurrentImportsOfTheSamePeopleIntoOneSubtreeCreateEachPersonOnce() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Đinh Văn Song Song", "04/04/1994", "Nam", "", "Quần chúng", "", "", cell()),
                List.of("Đinh Thị Đồng Thời", "05/05/1995", "Nữ", "", "Quần chúng", "", "", cell())));
        long first = previewId(upload("canbo.sudoan", "people", "a.xlsx", file).andExpect(jsonPath("$.created").value(2)));
        long second = previewId(upload("canbo", "people", "b.xlsx", file).andExpect(jsonPath("$.created").value(2)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> commit("canbo.sudoan", first).andReturn().getResponse().getStatus());
            var b = pool.submit(() -> commit("canbo", second).andReturn().getResponse().getStatus());
            assertThat(List.of(a.get(), b.get())).containsOnly(200);
        } finally {
            pool.shutdown();
        }
        assertThat(count("Đinh Văn Song Song")).isEqualTo(1);
        assertThat(count("Đinh Thị Đồng Thời")).isEqualTo(1);
        assertThat(jdbc.sql("select sum(create_count) from import_batch where id in (:a, :b)")
                .param("a", first).param("b", second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBatchIsSeenOnlyByTheAccountThatUploadedItAndByAnAdministrator() throws Exception {
        byte[] file = ImportFiles.people(List.of(List.of("Kha Văn Riêng Tư", "01/01/1990", "Nam", "", "", "", "", cell())));
        long id = previewId(upload("bithu", "people", "rieng.xlsx", file));
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("bithu")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("admin")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("canbo.sudoan")))).andExpect(status().isNotFound());
        commit("canbo.sudoan", id).andExpect(status().isNotFound());
        mvc.perform(get("/imports/{id}", id).with(user(demo.user("canbo")))).andExpect(status().isNotFound());
        assertThat(count("Kha Văn Riêng Tư")).isZero();
    }
}
