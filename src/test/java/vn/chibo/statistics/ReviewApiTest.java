package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** {@code GET /api/v1/statistics/review} and the locks: the contract's names, bad input, scope, lock, changes since, unlock. */
@IntegrationTest
@Transactional
class ReviewApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    String from;
    String to;

    @BeforeEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
        int year = demo.today().getYear();
        from = LocalDate.of(year - 2, 1, 1).toString();
        to = LocalDate.of(year, 12, 31).toString();
    }

    MockHttpServletRequestBuilder review(String user, long organization) {
        return get("/api/v1/statistics/review").param("organization", String.valueOf(organization)).param("from", from)
                .param("to", to).with(httpBasic(user, "demo"));
    }

    @Test
    void theReviewAnswersWithTheContractsNames() throws Exception {
        long region = demo.scopeOf("canbo");
        int year = demo.today().getYear();
        mvc.perform(review("canbo", region))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization.id").value(region))
                .andExpect(jsonPath("$.organization.name").isNotEmpty())
                .andExpect(jsonPath("$.from").value(from))
                .andExpect(jsonPath("$.to").value(to))
                .andExpect(jsonPath("$.figures['people.members']").isNumber())
                .andExpect(jsonPath("$.figures['people.masses']").isNumber())
                .andExpect(jsonPath("$.figures['development.admitted']").isNumber())
                .andExpect(jsonPath("$.figures['mentoring.mentors']").isNumber())
                .andExpect(jsonPath("$.figures['mentoring.mentees']").isNumber())
                .andExpect(jsonPath("$.figures['mentoring.menteesAdmitted']").isNumber())
                .andExpect(jsonPath("$.figures['mentoring.mentorsAwarded']").isNumber())
                .andExpect(jsonPath("$.figures['awards.collective']").isNumber())
                .andExpect(jsonPath("$.figures['awards.individual']").isNumber())
                .andExpect(jsonPath("$.figures['emulation.CHI_BO_4_TOT.recognised']").isNumber())
                .andExpect(jsonPath("$.figures['emulation.CHI_BO_5_TOT.recognised']").isNumber())
                .andExpect(jsonPath("$.figures['emulation.DANG_VIEN_5_TOT.recognised']").isNumber())
                .andExpect(jsonPath("$.figures['emulation.DANG_BO_CO_SO_4_TOT.recognised']").isNumber())
                .andExpect(jsonPath("$.figures['emulation.DON_VI_VMTD_MAU_MUC.recognised']").isNumber())
                .andExpect(jsonPath("$.figures['classification.members.decided']").isNumber())
                .andExpect(jsonPath("$.figures['units.assessed']").isNumber())
                .andExpect(jsonPath("$.years['" + year + "']['people.members']").isNumber())
                .andExpect(jsonPath("$.years['" + (year - 2) + "']").exists())
                .andExpect(jsonPath("$.rows[0].organization.id").isNumber())
                .andExpect(jsonPath("$.rows[0].figures['people.members']").isNumber())
                .andExpect(jsonPath("$.lock").doesNotExist())
                .andExpect(jsonPath("$.changesSinceLock").isEmpty());
    }

    @Test
    void everyKeyOfTheDocumentedListIsAnsweredAndLabelledInBothLanguages() throws Exception {
        String body = mvc.perform(review("canbo", demo.scopeOf("canbo"))).andReturn().getResponse().getContentAsString();
        java.util.Map<String, Object> figures = JsonPath.read(body, "$.figures");
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/figures.md"));
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("^\\| `([\\w.]+)` \\|", java.util.regex.Pattern.MULTILINE)
                .matcher(doc);
        java.util.Properties vi = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var v = getClass().getResourceAsStream("/messages_vi.properties");
             var e = getClass().getResourceAsStream("/messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(v, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        int documented = 0;
        while (keys.find()) {
            documented++;
            String key = keys.group(1);
            boolean derived = key.endsWith("Share") || key.endsWith("Rate") || key.startsWith("meetings.average")
                    || key.endsWith("PerMeeting") || key.endsWith("averageDaysToClose");
            if (!derived) {
                assertThat(figures).as(key).containsKey(key);
            }
            assertThat(vi.getProperty("figure." + key)).as("vi label of " + key).isNotBlank();
            assertThat(en.getProperty("figure." + key)).as("en label of " + key).isNotBlank();
        }
        assertThat(documented).isGreaterThan(100);
        for (String key : figures.keySet()) {
            assertThat(doc).as(key + " is documented").contains("`" + key + "`");
        }
    }

    @Test
    void badDatesAre400WithAVietnameseMessage() throws Exception {
        mvc.perform(get("/api/v1/statistics/review").param("organization", String.valueOf(demo.scopeOf("canbo")))
                        .param("from", "2024-02-30").param("to", "2024-12-31").with(httpBasic("canbo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("không hợp lệ")));
        mvc.perform(get("/api/v1/statistics/review").param("organization", String.valueOf(demo.scopeOf("canbo")))
                        .param("from", "2024-12-31").param("to", "2024-01-01").with(httpBasic("canbo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("phải sau")));
    }

    @Test
    void aDivisionOfficerSeesHisDivisionOnlyAndASecretaryHisCell() throws Exception {
        mvc.perform(review("canbo.sudoan", demo.division())).andExpect(status().isOk());
        mvc.perform(review("canbo.sudoan", demo.cellOutsideDivision())).andExpect(status().isNotFound());
        mvc.perform(review("canbo.sudoan", demo.scopeOf("canbo"))).andExpect(status().isNotFound());
        mvc.perform(review("kiemtra", demo.division())).andExpect(status().isOk());
        mvc.perform(review("bithu", demo.sampleCell())).andExpect(status().isOk());
        mvc.perform(review("bithu", demo.division())).andExpect(status().isNotFound());
        mvc.perform(review("dangvien", demo.sampleCell())).andExpect(status().is4xxClientError());
        mvc.perform(review("canbo", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void aLockedPeriodAnswersFromItsSnapshotListsChangesAndOnlyAnAdministratorUnlocksWithAReason() throws Exception {
        long division = demo.division();
        String request = "{\"organization\":" + division + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        mvc.perform(post("/api/v1/statistics/locks").with(httpBasic("kiemtra", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(request)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/statistics/locks").with(httpBasic("canbo.sudoan", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"organization\":" + demo.cellOutsideDivision() + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"))
                .andExpect(status().isNotFound());
        String lock = mvc.perform(post("/api/v1/statistics/locks").with(httpBasic("canbo.sudoan", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.lockedAt").isNotEmpty())
                .andExpect(jsonPath("$.lockedBy").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long lockId = ((Number) JsonPath.read(lock, "$.id")).longValue();
        String locked = mvc.perform(review("canbo.sudoan", division)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lock.id").value(lockId))
                .andExpect(jsonPath("$.changesSinceLock").isEmpty())
                .andReturn().getResponse().getContentAsString();
        int individual = JsonPath.read(locked, "$.figures['awards.individual']");
        mvc.perform(post("/api/v1/statistics/locks").with(httpBasic("canbo", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(request)).andExpect(status().isUnprocessableContent());

        jdbc.sql("""
                insert into award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key, sort_key,
                    award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at, updated_at)
                select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, 'COMMENDATION',
                    'GRASSROOTS', 'KHOA-1/QĐ', :day, 'Sau khi chốt', 'test', :at, :at from person p
                where p.id = (select min(id) from person where organization_id = :cell and party_status = 'OFFICIAL')""")
                .param("day", demo.today()).param("at", java.sql.Timestamp.from(demo.now())).param("cell", demo.sampleCell())
                .update();
        mvc.perform(review("canbo.sudoan", division)).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures['awards.individual']").value(individual))
                .andExpect(jsonPath("$.changesSinceLock[?(@.key == 'awards.individual')].locked").value(individual))
                .andExpect(jsonPath("$.changesSinceLock[?(@.key == 'awards.individual')].current").value(individual + 1));
        mvc.perform(review("canbo", division)).andExpect(jsonPath("$.lock.id").value(lockId));

        mvc.perform(post("/api/v1/statistics/locks/" + lockId + "/unlock").with(httpBasic("canbo", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Sửa số liệu\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/statistics/locks/" + lockId + "/unlock").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}")).andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/statistics/locks/" + lockId).param("reason", "Bổ sung khen thưởng sau hội nghị")
                .with(httpBasic("admin", "demo"))).andExpect(status().isNoContent());
        mvc.perform(review("canbo.sudoan", division)).andExpect(jsonPath("$.lock").doesNotExist())
                .andExpect(jsonPath("$.figures['awards.individual']").value(individual + 1));
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'ReviewLock' and entity_id = :id order by id")
                .param("id", lockId).query(String.class).list()).containsExactly("LOCK", "UNLOCK");
        mvc.perform(delete("/api/v1/statistics/locks/" + lockId).param("reason", "lần hai")
                .with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
    }
}
