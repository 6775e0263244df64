package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.shared.security.Role;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Scope follows the tree: once the battalion above the demo secretary's cell is moved out of the
 * division to a regiment elsewhere, the division's officer no longer finds the records of its cells
 * (pages and API by id: 404) and the officer of the new parent does (200). Before the move it is the
 * other way round. The move rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class MovedSubtreeAccessTest {

    private static final String NEW_OFFICER = "canbo.trungdoan";

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    EntityManager entityManager;

    long battalion;
    long newParent;
    /** kind → {page URL, API URL} of one record under the battalion. */
    Map<String, String[]> records = new LinkedHashMap<>();
    /**
     * An inspection of a subject in the battalion. The demo's inspecting committees sit above the
     * battalion, inside the division, so the division keeps seeing it from the inspecting side.
     */
    String[] inspection;

    @BeforeEach
    void pickRecordsUnderTheBattalion() {
        battalion = demo.sampleBattalion();
        newParent = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and status = 'ACTIVE'"
                        + " and path not like :division")
                .param("division", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        accounts.create(NEW_OFFICER, "Mat-khau-thu-2026", Role.OFFICER, null, newParent);
        String under = demo.pathOf(battalion) + "%";
        long registration = demo.memberRegistration(demo.memberProgramme(), demo.personOf("bithu"));
        int year = demo.today().getYear();
        records.put("meeting", urls("/meetings/%d", "/api/v1/meetings/%d", first("meeting", under)));
        records.put("mentoring group", urls("/mentoring/groups/%d", "/api/v1/mentoring/groups/%d", first("mentoring_group", under)));
        records.put("registration", urls("/registrations/%d", "/api/v1/registrations/%d/reviews/" + year, registration));
        records.put("classification entry", urls("/classification/entries/%d", "/api/v1/classification/entries/%d",
                first("classification_entry", under)));
        records.put("candidate", urls("/development/candidates/%d", "/api/v1/development/candidates/%d",
                first("development_candidate", under)));
        records.put("award", urls("/recognition/awards/%d", "/api/v1/recognition/awards/%d", first("award_record", under)));
        inspection = urls("/inspections/%d", "/api/v1/inspections/%d", first("inspection", under));
    }

    private long first(String table, String under) {
        Long id = jdbc.sql("select min(id) from " + table + " where org_path like :p").param("p", under)
                .query(Long.class).single();
        assertThat(id).as("a demo %s under the battalion", table).isNotNull();
        return id;
    }

    private static String[] urls(String page, String api, Long id) {
        assertThat(id).as(page).isNotNull();
        return new String[] {page.formatted(id), api.formatted(id)};
    }

    private void moveTheBattalion() {
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        organizations.move(battalion, newParent, LocalDate.of(2026, 6, 1), demo.version("organization", battalion));
        entityManager.flush();
        SecurityContextHolder.clearContext();
    }

    /** Requests whose status differs from the expected one, as 'kind URL account → status'. */
    private List<String> unexpected(String account, int expected, boolean basicAuth) throws Exception {
        return unexpected(account, expected, basicAuth, records);
    }

    private List<String> unexpected(String account, int expected, boolean basicAuth, Map<String, String[]> records)
            throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> record : records.entrySet()) {
            for (int i = 0; i < 2; i++) {
                String url = record.getValue()[i];
                MockHttpServletRequestBuilder request = i == 1 && basicAuth
                        ? get(url).with(httpBasic(account, "demo"))
                        : get(url).with(user(demo.user(account)));
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status != expected) {
                    wrong.add(record.getKey() + " " + url + " " + account + " → " + status);
                }
            }
        }
        return wrong;
    }

    @Test
    void beforeTheMoveTheDivisionOfficerSeesTheBattalionsRecordsAndTheOtherOfficerDoesNot() throws Exception {
        assertThat(unexpected("canbo.sudoan", 200, true)).isEmpty();
        assertThat(unexpected(NEW_OFFICER, 404, false)).isEmpty();
        assertThat(unexpected(NEW_OFFICER, 404, false, Map.of("inspection", inspection))).isEmpty();
    }

    @Test
    void afterTheMoveTheDivisionOfficerGets404AndTheNewParentsOfficerGets200() throws Exception {
        moveTheBattalion();

        assertThat(unexpected("canbo.sudoan", 404, true)).isEmpty();
        assertThat(unexpected(NEW_OFFICER, 200, false)).isEmpty();
        assertThat(unexpected(NEW_OFFICER, 200, false, Map.of("inspection", inspection))).isEmpty();
        assertThat(unexpected("canbo", 200, true)).as("the region's officer still sees them").isEmpty();
    }
}
