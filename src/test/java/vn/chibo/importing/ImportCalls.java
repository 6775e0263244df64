package vn.chibo.importing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chibo.support.DemoFixture;

/** The import API as the register import tests call it: upload a file for a preview, commit it; names of the demo tree. */
record ImportCalls(MockMvc mvc, DemoFixture demo, JdbcClient jdbc) {

    ResultActions upload(String username, String kind, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", fileName,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
                .param("kind", kind).with(user(demo.user(username))).with(csrf()));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    ResultActions commit(String username, long id) throws Exception {
        return mvc.perform(post("/api/v1/imports/{id}/commit", id).with(user(demo.user(username))).with(csrf()));
    }

    /** An organization by the names from the top of the tree (a cell's name alone is not unique). */
    String path(long organizationId) {
        List<String> names = new ArrayList<>();
        for (String id : demo.pathOf(organizationId).substring(1).split("/")) {
            names.add(jdbc.sql("select name from organization where id = :id").param("id", Long.parseLong(id))
                    .query(String.class).single());
        }
        return String.join(" / ", names);
    }

    /** A party member of the demo's sample cell, in id order. */
    Member member(int index) {
        return jdbc.sql("select id, full_name, identity_number, birth_date from person where organization_id = :cell"
                        + " and party_status = 'OFFICIAL' order by id offset " + index + " rows fetch next 1 rows only")
                .param("cell", demo.sampleCell())
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class)))
                .single();
    }

    /** A person as a test names him: full name, identity number (or empty) and birth date dd/MM/yyyy. */
    record Member(long id, String fullName, String identityNumber, java.time.LocalDate birthDate) {
        String identity() {
            return identityNumber == null ? "" : identityNumber;
        }

        String birth() {
            return birthDate == null ? "" : birthDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }
}
