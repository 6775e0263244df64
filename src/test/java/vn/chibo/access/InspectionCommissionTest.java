package vn.chibo.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The inspection commission (kiemtra, Sư đoàn 391) inspects and supervises, verifies remediation and records discipline in
 * its scope; it does not change people, organizations, meetings, mentoring, candidates or models. Each refused write is
 * also posted by an account that may make it, so the refusal is the role's and not a bad request's.
 */
@IntegrationTest
@Transactional
class InspectionCommissionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    Clock clock;

    String today;
    long cell;
    long member;
    long mass;
    long division;

    @BeforeEach
    void findDemoRecords() {
        today = LocalDate.now(clock).toString();
        cell = demo.sampleCell();
        member = demo.personOf("bithu");
        mass = demo.massIn(cell);
        division = demo.division();
    }

    @ParameterizedTest(name = "{0}: {1} → {3}")
    @CsvSource(delimiter = '|', value = {
            "kiemtra      | discipline  | records a discipline decision   | 201",
            "kiemtra      | inspection  | opens a supervision of a cell   | 201",
            "canbo.sudoan | inspection  | opens a supervision of a cell   | 201",
            "kiemtra      | award       | records an award                | 403",
            "canbo.sudoan | award       | records an award                | 201",
            "kiemtra      | meeting     | plans a meeting                 | 403",
            "bithu        | meeting     | plans a meeting                 | 201",
            "kiemtra      | candidate   | puts a mass into the pipeline   | 403",
            "bithu        | candidate   | puts a mass into the pipeline   | 201",
            "kiemtra      | story       | writes a good example           | 403",
            "bithu        | story       | writes a good example           | 201",
            "kiemtra      | person      | changes a person                | 403",
    })
    void writesAsTheRoleAllows(String account, String what, String description, int expected) throws Exception {
        String url;
        String body;
        switch (what) {
            case "discipline" -> {
                url = "/api/v1/recognition/discipline";
                body = """
                        {"personId": %d, "measure": "REPRIMAND", "decisionNumber": "12-QĐ/UBKT", "decisionDate": "%s",
                         "reason": "Vi phạm quy định sinh hoạt"}""".formatted(member, today);
            }
            case "inspection" -> {
                url = "/api/v1/inspections";
                body = """
                        {"organizationId": %d, "inspectingOrgId": %d, "activity": "SUPERVISION", "kind": "THEMATIC",
                         "startsOn": "%s", "endsOn": "%s", "content": "Giám sát việc thực hiện nghị quyết tháng"}"""
                        .formatted(cell, division, today, today);
            }
            case "award" -> {
                url = "/api/v1/recognition/awards";
                body = """
                        {"personId": %d, "type": "COMMENDATION", "level": "GRASSROOTS", "decisionNumber": "77/QĐ-ĐU",
                         "decisionDate": "%s", "reason": "Hoàn thành xuất sắc nhiệm vụ"}""".formatted(member, today);
            }
            case "meeting" -> {
                url = "/api/v1/meetings";
                body = "{\"organizationId\": %d, \"kind\": \"EXTRAORDINARY\", \"date\": \"%s\", \"startTime\": \"06:00\"}"
                        .formatted(cell, today);
            }
            case "candidate" -> {
                url = "/api/v1/development/candidates";
                body = "{\"personId\": %d}".formatted(mass);
            }
            case "story" -> {
                url = "/api/v1/recognition/good-examples";
                body = """
                        {"organizationId": %d, "title": "Chi bộ giúp dân chống lũ", "story": "Cả chi bộ đã giúp dân.",
                         "storyDate": "%s"}""".formatted(cell, today);
            }
            case "person" -> {
                url = "/api/v1/people/" + mass;
                body = "{\"fullName\": \"Nguyễn Văn Kiểm\", \"gender\": \"MALE\", \"birthDate\": \"2001-02-03\", \"version\": %d}"
                        .formatted(demo.version("person", mass));
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                                .with(user(demo.user(account))).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().is(expected));
                return;
            }
            default -> throw new IllegalArgumentException(what);
        }
        mvc.perform(post(url).with(user(demo.user(account))).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected));
    }
}
