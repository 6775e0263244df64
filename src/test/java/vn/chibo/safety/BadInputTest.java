package vn.chibo.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Each input that once answered 500 or was stored as nonsense is now refused (400) or cleaned, in Vietnamese. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aNulByteInAnUploadedFileNameAnswers400OnAnyPathWithoutLoginAndLogsOneLine(CapturedOutput output) throws Exception {
        String boundary = "----chibo";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao\u0000.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
        for (String path : new String[] {"/login", "/people/import", "/no-such-page"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).contains("tên tệp");
        }
        assertThat(output.getOut()).contains("Refused an unreadable request POST /login");
        assertThat(output.getOut() + output.getErr()).doesNotContain("\tat org.apache");
    }

    @Test
    void controlCharactersAreDroppedFromFormsAndRefusedInApiBodies() throws Exception {
        long cell = demo.sampleCell();
        mvc.perform(post("/people").with(user(demo.user("admin"))).with(csrf())
                        .param("fullName", "Nguyễn Văn\u0000 Kiểm\u0007tra").param("gender", "MALE")
                        .param("organizationId", String.valueOf(cell)).param("partyStatus", "MASS"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Nguyễn Văn Kiểmtra'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from person where full_name like '%' || chr(0) || '%'").query(Long.class).single())
                .isZero();

        mvc.perform(post("/api/v1/people").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Trần\\u0000 Văn B\",\"gender\":\"MALE\",\"organizationId\":" + cell + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("fullName"))
                .andExpect(jsonPath("$.detail").value(containsString("ký tự điều khiển")));
    }

    @Test
    void identityNumbersAreNineToTwelveDigits() throws Exception {
        for (String wrong : new String[] {"abc", "0792-0100", "12345678", "0792010000012"}) {
            mvc.perform(post("/api/v1/people").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"fullName\":\"Lê Văn C\",\"gender\":\"MALE\",\"identityNumber\":\"" + wrong
                                    + "\",\"organizationId\":" + demo.sampleCell() + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.identityNumber").value(containsString("chữ số")));
        }
    }

    @Test
    void apiDatesAreIsoStringsOnlyAndIdsWholeNumbers() throws Exception {
        mvc.perform(post("/api/v1/organizations").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Chi bộ thử\",\"type\":\"CELL\",\"category\":\"STANDING_FORCE\",\"validFrom\":-1,"
                                + "\"parentId\":" + demo.division() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("validFrom"))
                .andExpect(jsonPath("$.detail").value(containsString("yyyy-MM-dd")));
        mvc.perform(post("/api/v1/recognition/awards").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":1.5,\"type\":\"COMMENDATION\",\"level\":\"GRASSROOTS\","
                                + "\"decisionNumber\":\"1-QĐ\",\"decisionDate\":\"2026-01-05\",\"reason\":\"Thử\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("organizationId"))
                .andExpect(jsonPath("$.detail").value(containsString("số nguyên")));
        assertThat(jdbc.sql("select count(*) from award_record where decision_number = '1-QĐ'").query(Long.class).single()).isZero();
    }

    @Test
    void rulebookImportErrorsNameTheLineAndFieldWithoutJavaNames() throws Exception {
        String wrongType = "{\n  \"code\": \"CHI_BO_THU\",\n  \"kind\": \"EMULATION_MODEL\",\n  \"yearFrom\": \"hai nghìn\"\n}";
        mvc.perform(multipart("/rulebooks/import").file(new MockMultipartFile("file", "quy-che.json", "application/json",
                        wrongType.getBytes(StandardCharsets.UTF_8))).with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dòng 4")))
                .andExpect(content().string(containsString("yearFrom")))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("Cannot deserialize"))))
                .andExpect(content().string(not(containsString("RulebookJson"))));
    }

    @Test
    void classificationEntriesPastTheLastPageAreEmptyLikeOtherLists() throws Exception {
        long round = jdbc.sql("select id from classification_round where round_year = :y")
                .param("y", LocalDate.of(2026, 12, 6).getYear()).query(Long.class).single();
        mvc.perform(get("/api/v1/classification/rounds/" + round + "/entries?page=999").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isEmpty())
                .andExpect(jsonPath("$.page").value(999));
        mvc.perform(get("/api/v1/classification/rounds/" + round + "/entries").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isNotEmpty());
    }
}
