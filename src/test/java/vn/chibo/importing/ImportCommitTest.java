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
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The commit of the import page: in the background with its progress on the batch, its outcome or failure stored there. */
@IntegrationTest
class ImportCommitTest {

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

    long preview(String username, byte[] file) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "nen-ghi.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .param("kind", "people").with(user(demo.user(username))).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("READY"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Commits through the page and waits (reading the API as a script would) until the background commit is over. */
    String commitOnThePage(String username, long id) throws Exception {
        mvc.perform(post("/imports/{id}/commit", id).with(user(demo.user(username))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String status = "COMMITTING";
        for (int i = 0; i < 300 && status.equals("COMMITTING"); i++) {
            Thread.sleep(100);
            status = JsonPath.read(mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user(username))))
                    .andReturn().getResponse().getContentAsString(), "$.status");
        }
        return status;
    }

    long count(String fullName) {
        return jdbc.sql("select count(*) from person where full_name = :n").param("n", fullName).query(Long.class).single();
    }

    @Test
    void thePageCommitsInTheBackgroundAndTheApiReportsTheResultWithItsProgress() throws Exception {
        long cell = demo.sampleCell();
        byte[] file = ImportFiles.people(List.of(
                List.of("Tạ Văn Ghi Nền", "02/02/1990", "Nam", "", "Đảng viên chính thức", "02/02/2012", "02/02/2013", String.valueOf(cell)),
                List.of("Tạ Thị Ghi Nền", "03/03/1991", "Nữ", "", "Quần chúng", "", "", String.valueOf(cell))));
        long id = preview("bithu", file);
        assertThat(commitOnThePage("bithu", id)).isEqualTo("COMMITTED");
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("bithu"))))
                .andExpect(jsonPath("$.status").value("COMMITTED"))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.rowsDone").value(2))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(get("/imports/{id}", id).with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("2 hồ sơ mới")));
        long personId = jdbc.sql("select id from person where full_name = 'Tạ Văn Ghi Nền'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from party_status_change where person_id = :id and status = 'OFFICIAL'")
                .param("id", personId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from membership where person_id = :id and kind = 'PRIMARY' and to_date is null")
                .param("id", personId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select org_path from person where id = :id").param("id", personId).query(String.class).single())
                .isEqualTo(demo.pathOf(cell));
        assertThat(jdbc.sql("select search_key from person where id = :id").param("id", personId).query(String.class).single())
                .isEqualTo("ta van ghi nen");
        String audit = jdbc.sql("select changes from audit_entry where action = 'CREATE_BULK' and changes like :id")
                .param("id", "%\"" + personId + "\"%").query(String.class).single();
        assertThat(audit).as("one record for the run names each person and the batch").contains("Tạ Văn Ghi Nền")
                .contains("Tạ Thị Ghi Nền").contains("#" + id + " nen-ghi.xlsx");
        mvc.perform(get("/api/v1/imports/created").param("entityType", "Person").param("entityId", String.valueOf(personId))
                .with(user(demo.user("bithu")))).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void aRowThatFailsInTheBackgroundCommitIsReportedOnTheBatchAndNothingIsWritten() throws Exception {
        long cell = demo.sampleCell();
        byte[] file = ImportFiles.people(List.of(
                List.of("Ông Văn Nền Một", "01/01/1991", "Nam", "", "Quần chúng", "", "", String.valueOf(cell)),
                List.of("Ông Văn Nền Hai", "01/01/1992", "Nam", "079123456780", "Quần chúng", "", "", String.valueOf(cell))));
        long id = preview("canbo", file);
        long elsewhere = demo.massIn(demo.cellOutsideDivision());
        jdbc.sql("update person set identity_number = '079123456780' where id = :id").param("id", elsewhere).update();
        assertThat(commitOnThePage("canbo", id)).isEqualTo("INVALID");
        mvc.perform(get("/api/v1/imports/{id}", id).with(user(demo.user("canbo"))))
                .andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(count("Ông Văn Nền Một") + count("Ông Văn Nền Hai")).isZero();
    }

    @Test
    void aBatchBeingCommittedCannotBeCommittedAgainOrCancelled() throws Exception {
        byte[] file = ImportFiles.people(List.of(
                List.of("Âu Văn Một Lần", "01/01/1993", "Nam", "", "Quần chúng", "", "", String.valueOf(demo.sampleCell()))));
        long id = preview("bithu", file);
        jdbc.sql("update import_batch set status = 'COMMITTING' where id = :id").param("id", id).update();
        mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/imports/{id}/cancel", id).with(user(demo.user("bithu"))).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(count("Âu Văn Một Lần")).isZero();
    }
}
